package org.lineage.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path inside the site, as the names of the folders and file it leads to. Anything that
 * could step outside the site, or that a file system might read as something other than a plain
 * name, is refused rather than cleaned up: {@code .} and {@code ..} (also percent-encoded), an
 * encoded {@code /}, a backslash, NUL and other control characters, empty segments, and bytes that
 * are not UTF-8.
 *
 * @param segments the decoded names, none of them empty
 * @param folder true when the path ended with {@code /} (or was empty): it names a folder
 */
record UrlPath(List<String> segments, boolean folder) {
    UrlPath {
        segments = List.copyOf(segments);
    }

    /** The path for {@code raw}, the still percent-encoded path below the site's base path. */
    static Optional<UrlPath> parse(String raw) {
        if (raw.isEmpty()) {
            return Optional.of(new UrlPath(List.of(), true));
        }
        String[] parts = raw.split("/", -1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].isEmpty() && last) {
                break;
            }
            Optional<String> name = decode(parts[i]).filter(UrlPath::plainName);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            names.add(name.get());
        }
        return Optional.of(new UrlPath(names, raw.endsWith("/")));
    }

    private static boolean plainName(String s) {
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return false;
        }
        return s.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f);
    }

    /** Strict percent-decoding: a malformed escape or invalid UTF-8 is no name at all. */
    private static Optional<String> decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                // the request line is ASCII; anything else arrived undecoded
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes.toByteArray()))
                            .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
