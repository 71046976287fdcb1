package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Kind;
import org.lineage.model.Reads;
import org.lineage.render.BodyPages;
import org.lineage.render.Catalog;
import org.lineage.render.PageKey;
import org.lineage.render.TemplateSource;
import org.lineage.render.Templates;
import org.lineage.render.Views;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;

/**
 * Entity titles are made once per build and shared by the pages that show them; each of those pages
 * must still be told that it read the entity and its title, or an incremental build would keep it
 * when the title changes.
 */
class CachedTitlesTest {
    @TempDir Path tmp;

    @Test
    void aPageShowingATitleMadeForAnEarlierPageStillNotesItsReads() throws IOException {
        Path content = InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL);
        CheckResult checked =
                new Checker(new MarkdownEngine(), new BodyPages()).run(content, "content/");
        Views views = new Views(Catalog.of(checked), TemplateSource.packaged());
        Templates templates = new Templates(TemplateSource.packaged());
        PageKey key = new PageKey.Compare("alpha-base", "alpha-tuned");
        PlannedPage page = new PlannedPage(key, "en", key.path("en"));
        Set<String> first = Reads.record(() -> PageRender.render(views, templates, page)).reads();
        Set<String> again = Reads.record(() -> PageRender.render(views, templates, page)).reads();
        assertEquals(first, again);
        for (String capability : Set.of("recall", "reasoning")) {
            assertTrue(first.contains(Reads.entity(Kind.CAPABILITY, capability)), capability);
            assertTrue(
                    first.contains(Reads.field(Kind.CAPABILITY, "name", capability)), capability);
        }
        // a page in the other language makes its own titles, and notes the same reads of them
        PlannedPage zh = new PlannedPage(key, "zh", key.path("zh"));
        Set<String> inChinese = Reads.record(() -> PageRender.render(views, templates, zh)).reads();
        assertTrue(inChinese.contains(Reads.field(Kind.CAPABILITY, "name", "recall")));
    }
}
