package org.lineage.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UiStringsTest {
    private static final TemplateSource TEMPLATES = TemplateSource.folder(Path.of("templates"));

    @Test
    void everyLanguageHasTheSameKeysAndNoEmptyString() {
        Ui en = Ui.load(TEMPLATES, "en");
        Ui zh = Ui.load(TEMPLATES, "zh");
        assertEquals(en.keySet(), zh.keySet());
        for (Ui t : new Ui[] {en, zh}) {
            t.forEach((k, v) -> assertFalse(v.isEmpty(), t.lang() + ": " + k));
        }
    }

    @Test
    void chineseStringsAreChinese() {
        Ui zh = Ui.load(TEMPLATES, "zh");
        Pattern latinWord = Pattern.compile("\\b[A-Za-z]{4,}\\b");
        zh.forEach(
                (k, v) -> {
                    if (!k.startsWith("lang.")
                            && !k.startsWith("og.")
                            && !k.startsWith("access.api")) {
                        // file names and the names of formats and languages stay as they are
                        String words =
                                v.replaceAll("\\{[^}]*\\}", "")
                                        .replaceAll("[a-z]+(\\.[a-z]+)+", "")
                                        .replaceAll(
                                                "\\b(BibTeX|JSON|Schema|CSL|Graphviz|GraphML"
                                                        + "|JavaScript)\\b",
                                                "");
                        assertFalse(latinWord.matcher(words).find(), "zh " + k + " = " + v);
                    }
                });
    }

    @Test
    void aMissingKeyIsAnErrorNotABlank() {
        Ui en = Ui.load(TEMPLATES, "en");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> en.get("no.such.key"));
        assertTrue(e.getMessage().contains("messages_en.properties"));
    }

    @Test
    void packagedTablesMatchTheFolder() {
        assertEquals(Ui.load(TEMPLATES, "zh"), Ui.load(TemplateSource.packaged(), "zh"));
    }

    @Test
    void formatGivesWhatAFreshMessageFormatGivesFromManyThreadsAtOnce() throws Exception {
        for (String lang : new String[] {"en", "zh"}) {
            Ui t = Ui.load(TEMPLATES, lang);
            java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
            java.util.List<java.util.concurrent.Callable<Void>> work = new java.util.ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                work.add(
                        () -> {
                            for (int n = 0; n < 300; n++) {
                                Object[][] cases = {
                                    {"tree.trace_steps", n},
                                    {"tree.trace_steps_cut", n, n + 7},
                                    {"compare.more_differ", n},
                                    {"compare.heading", "A" + n, "B"},
                                    {"model.tokens", n * 1000}
                                };
                                for (Object[] c : cases) {
                                    String key = (String) c[0];
                                    Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
                                    assertEquals(
                                            new java.text.MessageFormat(t.get(key), locale)
                                                    .format(args),
                                            t.format(key, args),
                                            lang + " " + key + " " + n);
                                }
                            }
                            return null;
                        });
            }
            java.util.concurrent.ExecutorService pool =
                    java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (java.util.concurrent.Future<Void> f : pool.invokeAll(work)) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
