package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.testutil.Fixture;

/**
 * The layout cache gives back exactly the layouts ELK makes, across a save and a load, makes each
 * once, and reads nothing from a damaged file.
 */
class LayoutCacheTest {
    static Fixture fx;

    @BeforeAll
    static void load(@TempDir Path dir) {
        fx = Fixture.load(dir);
    }

    private static List<TreeView> views(EvolutionTree trees) {
        return EvolutionTreeLayoutTest.siteViews(fx.kb(), fx.graph(), trees);
    }

    private static List<TreeLayout> layouts(EvolutionTree trees) {
        List<TreeLabels> labels =
                List.of(
                        TreeLabels.of(fx.kb(), "en", id -> id, "t"),
                        TreeLabels.of(fx.kb(), "zh", id -> id, "t"));
        List<TreeLayout> out = new ArrayList<>();
        for (TreeView v : views(trees)) {
            out.add(trees.layout(v, labels));
        }
        return out;
    }

    @Test
    void cachedLayoutsAreTheLayoutsElkMakesAndSurviveASaveAndALoad(@TempDir Path dir)
            throws IOException {
        List<TreeLayout> plain = layouts(new EvolutionTree(fx.kb()));
        LayoutCache cache = new LayoutCache();
        cache.startRound();
        List<TreeLayout> first = layouts(new EvolutionTree(fx.kb(), cache));
        assertEquals(plain, first);
        assertTrue(cache.made() > 0 && cache.made() <= plain.size());
        assertEquals(cache.made(), cache.size(), "each distinct layout is made once");

        Path file = dir.resolve("layouts.bin");
        cache.save(file, true);
        LayoutCache again = new LayoutCache();
        assertEquals(Optional.empty(), again.load(file));
        assertEquals(cache.size(), again.size());
        again.startRound();
        assertEquals(plain, layouts(new EvolutionTree(fx.kb(), again)));
        assertEquals(0, again.made(), "nothing laid out again");
    }

    @Test
    void aDamagedFileIsIgnoredWhole(@TempDir Path dir) throws IOException {
        LayoutCache cache = new LayoutCache();
        cache.startRound();
        layouts(new EvolutionTree(fx.kb(), cache));
        Path file = dir.resolve("layouts.bin");
        cache.save(file, true);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 1;
        Files.write(file, flipped);
        LayoutCache a = new LayoutCache();
        assertTrue(a.load(file).isPresent());
        assertEquals(0, a.size());

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 7));
        LayoutCache b = new LayoutCache();
        assertTrue(b.load(file).isPresent());
        assertEquals(0, b.size());

        assertEquals(Optional.empty(), new LayoutCache().load(dir.resolve("missing.bin")));
    }

    @Test
    void theKeyCoversEverySizeAndSetting() {
        LayoutGraph g =
                new LayoutGraph(
                        List.of(
                                new LayoutGraph.Node(
                                        "a", 10, 20, 0, 2020, true, 0, Optional.empty()),
                                new LayoutGraph.Node(
                                        "b", 10, 20, 1, 2021, true, 0, Optional.of("f"))),
                        List.of(new LayoutGraph.Edge("a", "b", "tuning", 30, 12)),
                        List.of(new LayoutGraph.Group("f", "b", 40, 21)));
        String k = LayoutCache.key(g, "s");
        assertEquals(k, LayoutCache.key(g, "s"));
        assertTrue(!k.equals(LayoutCache.key(g, "t")));
        LayoutGraph wider =
                new LayoutGraph(
                        List.of(
                                new LayoutGraph.Node(
                                        "a", 11, 20, 0, 2020, true, 0, Optional.empty()),
                                g.nodes().get(1)),
                        g.edges(),
                        g.groups());
        assertTrue(!k.equals(LayoutCache.key(wider, "s")));
    }

    @Test
    void theElkVersionNamedInTheKeyIsThePomsOne() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(
                pom.contains("<elk.version>" + ElkTreeLayout.ELK_VERSION + "</elk.version>"),
                "ElkTreeLayout.ELK_VERSION must follow the pom's elk.version");
    }
}
