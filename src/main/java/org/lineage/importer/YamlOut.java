package org.lineage.importer;

import java.util.List;
import java.util.Map;

/**
 * Writes drafts as content YAML that the strict reader accepts: every string in double quotes
 * (escaped as YAML requires), ids and words from the format's vocabularies plain, keys in the order
 * the contributor guide lists them.
 */
final class YamlOut {
    private YamlOut() {}

    static String render(Draft d, String schemaUrl) {
        StringBuilder b = new StringBuilder();
        b.append("# yaml-language-server: $schema=").append(schemaUrl).append('\n');
        if (d instanceof Draft.Model m) {
            b.append("name: ").append(quote(m.name())).append('\n');
            m.family().ifPresent(f -> b.append("family: ").append(f).append('\n'));
            texts(b, "", "organization", m.organization());
            m.released().ifPresent(r -> b.append("released: ").append(r).append('\n'));
            m.parameters().ifPresent(p -> b.append("parameters: ").append(p).append('\n'));
            m.access().ifPresent(a -> b.append("access: ").append(a).append('\n'));
            texts(b, "", "summary", m.summary());
            if (!m.parents().isEmpty()) {
                b.append("parents:\n");
                for (Draft.Edge e : m.parents()) {
                    b.append("  - model: ").append(e.parent()).append('\n');
                    b.append("    method: ").append(e.method()).append('\n');
                    b.append("    confidence: ").append(e.confidence().key()).append('\n');
                    texts(b, "    ", "note", e.note());
                }
            }
            list(b, "sources", m.sources());
        } else if (d instanceof Draft.Family f) {
            b.append("name: ").append(quote(f.name())).append('\n');
            texts(b, "", "summary", f.summary());
        } else if (d instanceof Draft.Method m) {
            texts(b, "", "name", m.name());
            texts(b, "", "summary", m.summary());
        } else if (d instanceof Draft.Source s) {
            b.append("type: ").append(s.type()).append('\n');
            b.append("title: ").append(quote(s.title())).append('\n');
            b.append("year: ").append(s.year()).append('\n');
            s.month().ifPresent(mo -> b.append("month: ").append(mo).append('\n'));
            s.arxiv().ifPresent(a -> b.append("arxiv: ").append(quote(a)).append('\n'));
            b.append("url: ").append(quote(s.url())).append('\n');
        }
        return b.toString();
    }

    private static void texts(StringBuilder b, String indent, String key, Draft.Texts t) {
        Map<String, String> byLang = t.byLanguage();
        if (byLang.size() == 1 && byLang.containsKey("")) {
            b.append(indent).append(key).append(": ").append(quote(byLang.get(""))).append('\n');
            return;
        }
        b.append(indent).append(key).append(":\n");
        byLang.forEach(
                (lang, text) ->
                        b.append(indent)
                                .append("  ")
                                .append(lang)
                                .append(": ")
                                .append(quote(text))
                                .append('\n'));
    }

    private static void list(StringBuilder b, String key, List<String> ids) {
        if (!ids.isEmpty()) {
            b.append(key).append(": [").append(String.join(", ", ids)).append("]\n");
        }
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints()
                .forEach(
                        cp -> {
                            switch (cp) {
                                case '"' -> b.append("\\\"");
                                case '\\' -> b.append("\\\\");
                                case '\n' -> b.append("\\n");
                                case '\t' -> b.append("\\t");
                                default -> {
                                    if (cp < 0x20
                                            || (cp >= 0x7f && cp <= 0x9f)
                                            || cp == 0x2028
                                            || cp == 0x2029
                                            || cp == 0xfeff) {
                                        b.append(String.format("\\u%04x", cp));
                                    } else {
                                        b.appendCodePoint(cp);
                                    }
                                }
                            }
                        });
        return b.append('"').toString();
    }
}
