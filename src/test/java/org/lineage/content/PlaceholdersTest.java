package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lineage.diag.Diagnostic;

class PlaceholdersTest {
    private static List<String> found(String text) {
        return Placeholders.find(new ContentFile("content/x.md", "x.md", text)).stream()
                .map(Diagnostic::toString)
                .toList();
    }

    @Test
    void findsEachPlaceholderWithWhatItAsksFor() {
        assertEquals(
                List.of(
                        "content/x.md:1:8: warning[fill-me]: placeholder to fill in: the name",
                        "content/x.md:2:16: warning[fill-me]: placeholder to fill in: 一句话",
                        "content/x.md:2:35: warning[fill-me]: placeholder to fill in: a value"),
                found(
                        "name: \"FILL ME: the name\"\nsummary: {zh: \"FILL ME：一句话\", en: \"FILL ME:\"}\n"));
    }

    @Test
    void theWordsAloneAreNoPlaceholder() {
        assertEquals(List.of(), found("Replace every `FILL ME` placeholder, and FILL ME's too.\n"));
    }
}
