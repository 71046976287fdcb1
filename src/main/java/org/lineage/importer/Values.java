package org.lineage.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.diag.SourcePos;
import org.lineage.model.DateSpec;

/**
 * Maps the values of a source entry to the content format's. Each mapping either gives a value, or
 * counts or reports why there is none: no value is ever guessed.
 */
final class Values {
    private static final Pattern SIZE =
            Pattern.compile(
                    "(?i)\\s*~?([0-9]+(?:\\.[0-9]+)?)\\s*(k|m|b|t|thousand|million|billion|trillion)\\b.*");
    private static final Pattern NUMBER =
            Pattern.compile(
                    "(?i)[0-9]+(?:\\.[0-9]+)?\\s*(?:k|m|b|t|thousand|million|billion|trillion)\\b");
    private static final Pattern CITE = Pattern.compile("\\[\\[[^\\]]*]]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");

    private Values() {}

    /** Words sources use for "not known". */
    static boolean unknown(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty()
                || v.equals("unknown")
                || v.equals("none")
                || v.equals(".nan")
                || v.equals("n/a")
                || v.equals("tbd");
    }

    /**
     * A release date in the content format, from {@code YYYY}, {@code YYYY-MM} or {@code
     * YYYY-MM-DD}.
     */
    static Optional<String> released(Optional<String> raw, SourcePos pos, Notes notes) {
        if (raw.isEmpty() || unknown(raw.get())) {
            notes.count("released: no date in the source");
            return Optional.empty();
        }
        String v = raw.get().strip();
        try {
            DateSpec.parse(v);
            return Optional.of(v);
        } catch (IllegalArgumentException e) {
            notes.warn(
                    "import-value",
                    pos,
                    "date '" + v + "' left out: " + e.getMessage(),
                    "add 'released:' by hand once the date is known");
            return Optional.empty();
        }
    }

    /** A parameter count such as {@code 175B}, or {@code unknown}. */
    static Optional<String> parameters(Optional<String> raw, SourcePos pos, Notes notes) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (unknown(raw.get())) {
            return Optional.of("unknown");
        }
        Matcher m = SIZE.matcher(raw.get());
        long sizes =
                NUMBER.matcher(raw.get())
                        .results()
                        .map(r -> r.group().replaceAll("\\s", ""))
                        .distinct()
                        .count();
        if (sizes > 1) {
            notes.warn(
                    "import-value",
                    pos,
                    "size '" + raw.get().strip() + "' left out: several sizes",
                    "import each size as its own model, or write 'parameters:' by hand");
            return Optional.empty();
        }
        if (!m.matches()) {
            notes.warn(
                    "import-value",
                    pos,
                    "size '" + raw.get().strip() + "' left out: not a parameter count",
                    "write 'parameters:' by hand (a number with K, M, B or T) if one is known");
            return Optional.empty();
        }
        String unit = m.group(2).toUpperCase(Locale.ROOT).substring(0, 1);
        return Optional.of(m.group(1) + unit);
    }

    /**
     * The access level: open weights and closed models map; {@code limited} (an API for some, or
     * access for chosen partners) is left out, since it could be either.
     */
    static Optional<String> access(Optional<String> raw, SourcePos pos, Notes notes) {
        if (raw.isEmpty() || unknown(raw.get())) {
            return Optional.empty();
        }
        String v = raw.get().strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("open") || v.startsWith("full public")) {
            return Optional.of("open-weights");
        }
        if (v.startsWith("closed") || v.startsWith("no public")) {
            return Optional.of("closed");
        }
        if (v.startsWith("limited")) {
            notes.count("access: 'limited' (an API, or access for chosen partners) left out");
            return Optional.empty();
        }
        notes.warn(
                "import-value",
                pos,
                "access '" + raw.get().strip() + "' left out: not open, limited or closed",
                "write 'access:' by hand if it is known");
        return Optional.empty();
    }

    /**
     * A description as summary text: citation links ({@code [[Section 4]](url)}) removed, other
     * links reduced to their text, emphasis marks dropped, whitespace collapsed; a long one is cut
     * at the end of its first sentence past 200 characters, or at 300 characters with an ellipsis.
     */
    static String summary(String raw) {
        String s = CITE.matcher(raw).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = s.replaceAll("[*_`]+", "").replaceAll("\\s+", " ").strip();
        if (s.length() <= 300) {
            return s;
        }
        for (int i = 120; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end =
                    c == '。'
                            || c == '！'
                            || c == '？'
                            || ((c == '.' || c == '!' || c == '?')
                                    && (i + 1 == s.length() || s.charAt(i + 1) == ' '));
            if (end && i >= 200) {
                return s.substring(0, i + 1);
            }
            if (i >= 400) {
                break;
            }
        }
        return s.substring(0, 300).replaceAll("\\s+\\S*$", "") + " …";
    }
}
