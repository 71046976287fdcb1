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
}
