package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.diag.Diagnostic;
import org.lineage.testutil.InlineSite;

class PageSlugTest {
    private static CheckResult withPage(Path dir, String slug) {
        return InlineSite.check(
                InlineSite.write(
                        dir.resolve("content"),
                        """
                        --- site.yaml
                        title: T
                        base_url: https://example.org/
                        languages: [en]
                        --- pages/%s.en.md
                        ---
                        title: A page
                        ---
                        Text.
                        """
                                .formatted(slug)));
    }

    private static List<String> codes(CheckResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    }

    @Test
    void threeLetterSlugsThatAreNotSiteLanguagesAreAllowed(@TempDir Path dir) {
        CheckResult r = withPage(dir, "faq");
        assertEquals(List.of(), codes(r));
        assertTrue(r.kb().pages().containsKey("faq"));
    }

    @Test
    void twoLetterSlugsAreReservedForLanguages(@TempDir Path dir) {
        assertEquals(List.of("reserved-slug"), codes(withPage(dir, "ai")));
    }

    @Test
    void siteOwnPathsAreReserved(@TempDir Path dir) {
        assertEquals(List.of("reserved-slug"), codes(withPage(dir, "matrix")));
    }
}
