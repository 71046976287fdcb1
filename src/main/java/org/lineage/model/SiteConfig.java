package org.lineage.model;

import java.util.List;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * Site-wide settings from {@code site.yaml}.
 *
 * @param baseUrl absolute, always ending with {@code /}
 * @param languages the first is the default language
 */
public record SiteConfig(
        SourcePos pos,
        Text title,
        Text description,
        String baseUrl,
        List<String> languages,
        String license,
        Optional<String> repository,
        List<String> editors,
        Optional<String> version,
        Optional<DateSpec> released,
        List<Edition> editions) {
    public SiteConfig {
        editions = List.copyOf(editions);
        languages = List.copyOf(languages);
        editors = List.copyOf(editors);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one language");
        }
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("base_url must end with '/': " + baseUrl);
        }
    }

    /** Settings without past editions. */
    public SiteConfig(
            SourcePos pos,
            Text title,
            Text description,
            String baseUrl,
            List<String> languages,
            String license,
            Optional<String> repository,
            List<String> editors,
            Optional<String> version,
            Optional<DateSpec> released) {
        this(
                pos,
                title,
                description,
                baseUrl,
                languages,
                license,
                repository,
                editors,
                version,
                released,
                List.of());
    }

    public String defaultLanguage() {
        return languages.get(0);
    }
}
