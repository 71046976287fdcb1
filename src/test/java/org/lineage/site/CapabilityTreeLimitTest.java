package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.check.Checker;
import org.lineage.markdown.MarkdownEngine;
import org.lineage.model.Kind;
import org.lineage.render.BodyPages;
import org.lineage.render.Catalog;
import org.lineage.render.PageKey;
import org.lineage.render.TemplateSource;
import org.lineage.render.Templates;
import org.lineage.render.Views;
import org.lineage.testutil.Fixture;

/**
 * A capability page of a lineage too large to draw whole draws the families where the capability
 * changes when they fit in one drawing (at most 120 models), and otherwise the steps that change it
 * with their parents: the boundary on both sides, with a family of 120 models and one of 121.
 */
class CapabilityTreeLimitTest {
    @TempDir Path tmp;

    /**
     * A chain of {@code inAlpha} models in family alpha, the sixth of which changes "talk", and ten
     * models of beta: more than 120 in all, so the lineage is never drawn whole.
     */
    private String capabilityPage(int inAlpha) throws IOException {
        Map<String, String> f = new TreeMap<>(Fixture.files());
        f.keySet().removeIf(k -> k.startsWith("models/") || k.startsWith("claims/"));
        for (int i = 0; i < inAlpha + 10; i++) {
            boolean alpha = i < inAlpha;
            StringBuilder y = new StringBuilder();
            y.append("name: {en: \"Model ").append(i).append("\", zh: \"模型").append(i);
            y.append("\"}\nfamily: ").append(alpha ? "alpha" : "beta").append('\n');
            y.append("organization: Org\nsummary: {en: \"M.\", zh: \"M。\"}\n");
            if (i > 0 && i != inAlpha) {
                y.append("parents:\n  - {model: m")
                        .append(i - 1)
                        .append(", method: tune, confidence: documented}\n");
            }
            if (i == 5) {
                y.append("capabilities:\n  - {capability: talk, change: \"+\"}\n");
            }
            f.put("models/m" + i + ".yaml", y.toString());
        }
        Path content = tmp.resolve("content-" + inAlpha);
        for (Map.Entry<String, String> e : f.entrySet()) {
            Path p = content.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        CheckResult checked =
                new Checker(new MarkdownEngine(), new BodyPages()).run(content, "content/");
        assertTrue(checked.passes(false), () -> checked.diagnostics().toString());
        Views views = new Views(Catalog.of(checked), TemplateSource.packaged());
        PlannedPage page =
                PagePlan.of(checked.kb()).stream()
                        .filter(
                                p ->
                                        p.key().equals(new PageKey.Entity(Kind.CAPABILITY, "talk"))
                                                && p.lang().equals("en"))
                        .findFirst()
                        .orElseThrow();
        return PageRender.render(views, new Templates(TemplateSource.packaged()), page).html();
    }

    @Test
    void familiesOfAtMostTheLimitAreDrawn() throws IOException {
        String html = capabilityPage(120);
        assertTrue(html.contains("The tree shows the families where it changes"), html);
    }

    @Test
    void familiesOfMoreThanTheLimitGiveWayToTheSteps() throws IOException {
        String html = capabilityPage(121);
        assertFalse(html.contains("The tree shows the families"));
        assertTrue(
                html.contains("The tree shows the step that changes it, with its parents."), html);
    }
}
