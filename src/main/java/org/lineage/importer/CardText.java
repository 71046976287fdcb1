package org.lineage.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary of a model card: its first paragraph of plain prose in each language it is written in
 * (English, or Chinese when the paragraph is mostly Han characters); headings, tables, lists,
 * quotes, images, HTML and code are passed over.
 */
final class CardText {
    private CardText() {}

    static Map<String, String> summaries(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean fenced = false;
        StringBuilder para = new StringBuilder();
        for (String line : (markdown + "\n\n").split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                para.setLength(0);
                continue;
            }
            if (fenced) {
                continue;
            }
            if (t.isEmpty()) {
                take(para.toString(), out);
                para.setLength(0);
                continue;
            }
            if (para.isEmpty() && !prose(t)) {
                continue;
            }
            para.append(para.isEmpty() ? "" : " ").append(t);
        }
        return out;
    }

    /** True for a line that can start a paragraph of prose. */
    private static boolean prose(String t) {
        char c = t.charAt(0);
        return !(c == '#'
                || c == '<'
                || c == '|'
                || c == '>'
                || c == '!'
                || c == '-'
                || c == '*'
                || c == '+'
                || c == '='
                || t.matches("[0-9]+[.)] .*")
                || t.startsWith("[!["));
    }

    private static void take(String paragraph, Map<String, String> out) {
        String text = Values.summary(paragraph);
        if (text.codePointCount(0, text.length()) < 20 || text.contains("<")) {
            return;
        }
        long han =
                text.codePoints()
                        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        .count();
        long kana =
                text.codePoints()
                        .filter(
                                cp ->
                                        Character.UnicodeScript.of(cp)
                                                        == Character.UnicodeScript.HIRAGANA
                                                || Character.UnicodeScript.of(cp)
                                                        == Character.UnicodeScript.KATAKANA)
                        .count();
        long latin =
                text.codePoints()
                        .filter(
                                cp ->
                                        Character.UnicodeScript.of(cp)
                                                == Character.UnicodeScript.LATIN)
                        .count();
        if (kana > 0) {
            return;
        }
        String lang = han * 2 >= latin ? "zh" : han == 0 ? "en" : null;
        if (lang != null) {
            out.putIfAbsent(lang, text);
        }
    }
}
