package org.lineage.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences an import writes in its own words (method names and summaries, family summaries,
 * edge notes), in every site language it has them for: {@code /importer/texts_<lang>.properties}. A
 * site language without a table gets no text, and so a missing-translation warning.
 */
final class ImportTexts {
    private final Map<String, Properties> tables = new LinkedHashMap<>();

    ImportTexts(List<String> languages) {
        // in the site's order, so that texts are written in it
        for (String lang : languages) {
            try (InputStream in =
                    ImportTexts.class.getResourceAsStream(
                            "/importer/texts_" + lang + ".properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    tables.put(lang, p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The text of {@code key} per language, with {@code args} filled in. */
    Draft.Texts get(String key, Object... args) {
        Map<String, String> out = new LinkedHashMap<>();
        tables.forEach(
                (lang, p) -> {
                    String pattern = p.getProperty(key);
                    if (pattern == null) {
                        throw new IllegalStateException("no text " + key + " for " + lang);
                    }
                    out.put(
                            lang,
                            new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args));
                });
        return new Draft.Texts(out);
    }

    boolean has(String key) {
        return tables.values().stream().anyMatch(p -> p.containsKey(key));
    }
}
