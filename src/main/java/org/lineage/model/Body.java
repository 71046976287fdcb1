package org.lineage.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * A Markdown body in one language.
 *
 * @param start the position of the Markdown's first line in its file (after any front matter), so
 *     that positions inside the Markdown map back to the file
 * @param translatedFrom the other-language version this body was translated from, when its front
 *     matter says so
 */
public record Body(
        String lang, String markdown, SourcePos start, Optional<TranslatedFrom> translatedFrom) {
    /** Hex digits kept of a body's SHA-256: enough to tell versions of one text apart. */
    public static final int DIGEST_LENGTH = 12;

    public Body {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(translatedFrom, "translatedFrom");
    }

    /** A body whose front matter names no original. */
    public Body(String lang, String markdown, SourcePos start) {
        this(lang, markdown, start, Optional.empty());
    }

    /**
     * The first {@value #DIGEST_LENGTH} hex digits of the SHA-256 of the Markdown (front matter
     * excluded, surrounding blank space ignored): what a translation records in {@code
     * translated_from} to say which version it follows.
     */
    public String digest() {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(markdown.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
