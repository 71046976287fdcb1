package org.lineage.content;

import java.text.Normalizer;
import java.util.Locale;

/** The id rule of every kind, and how to turn a name into an id that follows it. */
public final class Ids {
    /** Lower-case ASCII letters and digits in groups joined by one {@code -} or {@code .}. */
    public static final String RULE = "[a-z0-9]+(?:[-.][a-z0-9]+)*";

    private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(RULE);

    /** The longest id. */
    public static final int MAX_LENGTH = 64;

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && id.length() <= MAX_LENGTH && PATTERN.matcher(id).matches();
    }

    /**
     * The id a name would have: accents dropped, lower case, every run of other characters one
     * {@code -}, cut at {@value #MAX_LENGTH} characters. Empty when the name has no ASCII letter or
     * digit at all (a name in Chinese, say), since no id can be read off it.
     */
    public static String slug(String name) {
        String ascii =
                Normalizer.normalize(name, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.{2,}", ".");
        s = s.replaceAll("-?\\.-?", ".").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("[-.]+$", "");
        }
        return s;
    }
}
