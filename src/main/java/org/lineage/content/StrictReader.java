package org.lineage.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;

/** Reads a content file as strict UTF-8 text, reporting size, encoding and emptiness problems. */
public final class StrictReader {
    /** Content files larger than this are rejected. */
    public static final long MAX_BYTES = 1024 * 1024;

    private StrictReader() {}

    /** The file's text, or empty after reporting why it cannot be used. */
    public static Optional<ContentFile> read(
            Path file, String displayPath, String relPath, Diagnostics diags) {
        SourcePos whole = SourcePos.file(displayPath);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diags.error(
                        "file-too-large",
                        whole,
                        "file is " + size + " bytes; the limit is " + MAX_BYTES + " (1 MiB)",
                        "split the text into smaller entries or move data out of the content tree");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diags.error("unreadable-file", whole, "cannot read file: " + e.getMessage(), "");
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, displayPath, diags);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (t.isBlank()) {
            diags.error(
                    "empty-file",
                    whole,
                    "file is empty",
                    "write the entry's fields, or delete the file");
            return Optional.empty();
        }
        return Optional.of(new ContentFile(displayPath, relPath, t));
    }

    private static Optional<String> decode(byte[] bytes, String displayPath, Diagnostics diags) {
        CharsetDecoder dec =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            int col = 1;
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            // Counted the way the YAML parser counts after the text is cleaned up: the byte-order
            // mark takes no column, CRLF and a lone CR end a line, a column is a code point.
            int i = before.startsWith("\uFEFF") ? 1 : 0;
            while (i < before.length()) {
                char c = before.charAt(i);
                if (c == '\n' || (c == '\r' && !before.startsWith("\n", i + 1))) {
                    line++;
                    col = 1;
                } else if (c != '\r') {
                    col++;
                }
                i += Character.charCount(before.codePointAt(i));
            }
            diags.error(
                    "not-utf8",
                    new SourcePos(displayPath, line, col),
                    String.format("byte 0x%02X is not valid UTF-8", bytes[bad] & 0xff),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        try {
            r = dec.flush(out);
            if (r.isError()) {
                r.throwException();
            }
        } catch (CharacterCodingException e) {
            diags.error("not-utf8", SourcePos.file(displayPath), "file is not valid UTF-8", "");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }
}
