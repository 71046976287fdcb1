package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFiles;

/** A long chain of models that each change one capability. */
class DeepLineageTest {
    static String chain(int n) {
        StringBuilder b =
                new StringBuilder(
                        """
                        --- site.yaml
                        title: {en: "Chain", zh: "链"}
                        description: {en: "A chain.", zh: "一条链。"}
                        base_url: https://example.org/
                        languages: [en, zh]
                        license: CC-BY-4.0
                        --- methods/step.yaml
                        name: {en: "Step", zh: "一步"}
                        summary: {en: "s", zh: "s"}
                        --- capabilities/skill.yaml
                        name: {en: "Skill", zh: "技能"}
                        summary: {en: "s", zh: "s"}
                        """);
        for (int i = 0; i < n; i++) {
            b.append("--- models/m").append(i).append(".yaml\n");
            b.append("name: m")
                    .append(i)
                    .append("\norganization: Lab\nsummary: {en: \"m\", zh: \"m\"}\n");
            if (i > 0) {
                b.append("parents:\n  - model: m")
                        .append(i - 1)
                        .append("\n    method: step\n    confidence: hypothesis\n");
            }
            b.append("capabilities:\n  - capability: skill\n    change: \"")
                    .append(i % 2 == 0 ? "+" : "-")
                    .append("\"\n");
        }
        return b.toString();
    }

    @Test
    void glanceNamesWhereTheAbilityEnteredAndTheStepThatSetItsState(@TempDir Path tmp)
            throws Exception {
        Path content = InlineSite.write(tmp.resolve("content"), chain(6));
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                content, "content/", site, false, TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        // m5 weakens what m0 gained, after four changes in between: the glance names the two ends
        String last = SiteFiles.read(site, "en/models/m5/index.html");
        String glance = last.substring(last.indexOf("<section id=\"glance\""));
        glance = glance.substring(0, glance.indexOf("</section>"));
        assertTrue(
                glance.contains("<td>gained in <a href=\"../m0/\">m0</a> · weakened here</td>"),
                glance);
        assertFalse(glance.contains("href=\"../m3/\""), glance);
        // m4 gains it again, after m3 weakened it: the step that set its state is its own
        String m4 = SiteFiles.read(site, "en/models/m4/index.html");
        assertTrue(m4.contains("<td>gained in <a href=\"../m0/\">m0</a> · gained here</td>"));
        assertTrue(
                SiteFiles.read(site, "zh/models/m5/index.html")
                        .contains("<td>在 <a href=\"../m0/\">m0</a> 获得；本模型减弱</td>"));
        String first = SiteFiles.read(site, "en/models/m0/index.html");
        assertTrue(first.contains("<td>gained here</td>"), "the first step reads here alone");
        assertEquals(
                6,
                SiteFiles.read(site, "en/capabilities/skill/index.html").split("mark mark-").length
                        - 1);
    }
}
