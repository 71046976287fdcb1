package org.lineage.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Links out of the site as valid URLs: characters a URL may not contain (spaces, quotes, angle
 * brackets, non-ASCII, ...) are percent-encoded; everything else, {@code %} included, is kept.
 */
public final class ExternalUrl {
    private static final String ALLOWED = "-._~:/?#[]@!$&'()*+,;=%";

    private ExternalUrl() {}

    public static String encode(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (byte x : url.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ALLOWED.indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
