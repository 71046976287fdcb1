package org.lineage.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.lineage.diag.SourcePos;

/**
 * Which version of another language's body a translation was made from: that language and the
 * {@link Body#digest() digest} of its Markdown at the time. Written in a body's front matter as
 * {@code translated_from: en:3f2a9c1e07b4}; when the other body's digest no longer matches, the
 * translation is out of date.
 *
 * @param pos where the value was written, for the warning that it is out of date
 */
public record TranslatedFrom(String lang, String digest, SourcePos pos) {
    /** {@code <language>:<12 hex digits>}. */
    public static final Pattern SYNTAX = Pattern.compile("([a-z]{2,3}):([0-9a-f]{12})");

    public TranslatedFrom {
        Objects.requireNonNull(pos, "pos");
        if (lang == null || !lang.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("not a language code: " + lang);
        }
        if (digest == null || !digest.matches("[0-9a-f]{" + Body.DIGEST_LENGTH + "}")) {
            throw new IllegalArgumentException("not a body digest: " + digest);
        }
    }

    /** The value as written in a front matter. */
    public String value() {
        return lang + ":" + digest;
    }
}
