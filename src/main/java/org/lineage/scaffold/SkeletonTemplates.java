package org.lineage.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lineage.content.Placeholders;

/**
 * Fills in the skeleton templates under {@code /scaffold/} in the jar (their syntax is described in
 * the folder's README): the YAML file of a kind, and its bodies per language.
 */
final class SkeletonTemplates {
    private static final Pattern TOKEN =
            Pattern.compile("\\{\\{(schema|id|year|one|text)(?: ([a-z.]+))?}}");
    private static final String DIR = "/scaffold/";

    /** What a template is filled in with. */
    record Values(String schemaUrl, String id, int year, List<String> languages) {}

    private SkeletonTemplates() {}

    /** The YAML file of {@code kind}, or empty when the kind has none (free pages). */
    static Optional<String> yaml(String kind, Values v) {
        return resource(kind + ".yaml").map(t -> fill(t, v));
    }

    /** The body of {@code kind} in {@code lang}, or empty when entries of the kind have none. */
    static Optional<String> body(String kind, String lang, Values v) {
        return resource(kind + "." + lang + ".md")
                .or(() -> resource(kind + "." + v.languages().get(0) + ".md"))
                .or(() -> resource(kind + ".en.md"))
                .map(t -> fill(t, v));
    }

    private static String fill(String template, Values v) {
        List<String> out = new ArrayList<>();
        for (String line : template.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("{{text ") && trimmed.endsWith("}}")) {
                String key = trimmed.substring(7, trimmed.length() - 2);
                String indent = line.substring(0, line.indexOf('{'));
                for (String lang : v.languages()) {
                    out.add(indent + lang + ": " + placeholder(key, lang));
                }
                continue;
            }
            Matcher m = TOKEN.matcher(line);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String value =
                        switch (m.group(1)) {
                            case "schema" -> v.schemaUrl();
                            case "id" -> v.id();
                            case "year" -> Integer.toString(v.year());
                            case "one" -> placeholder(m.group(2), v.languages().get(0));
                            default ->
                                    throw new IllegalStateException(
                                            "{{text}} must stand alone on its line: " + line);
                        };
                m.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            m.appendTail(b);
            out.add(b.toString());
        }
        return String.join("\n", out);
    }

    /** A quoted placeholder saying, in {@code lang}, what to write. */
    private static String placeholder(String key, String lang) {
        String what =
                phrases(lang)
                        .or(() -> phrases("en"))
                        .map(p -> p.getProperty(key))
                        .filter(s -> s != null)
                        .or(() -> phrases("en").map(p -> p.getProperty(key)))
                        .orElseThrow(() -> new IllegalStateException("no phrase " + key));
        return "\"" + Placeholders.MARKER + ": " + what.replace("\"", "'") + "\"";
    }

    private static Optional<Properties> phrases(String lang) {
        return resource("phrases_" + lang + ".properties")
                .map(
                        text -> {
                            Properties p = new Properties();
                            try (Reader r = new java.io.StringReader(text)) {
                                p.load(r);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            return p;
                        });
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = SkeletonTemplates.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
