package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lineage.content.ContentLoader;
import org.lineage.diag.Diagnostics;
import org.lineage.graph.LineageGraph;
import org.lineage.model.KnowledgeBase;
import org.lineage.testutil.Fixture;
import org.lineage.testutil.Generated;

class EvolutionTreeLayoutTest {
    static Fixture fx;
    static Fixture big;
    static List<Fixture> random;

    @BeforeAll
    static void load(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        fx = Fixture.load(a);
        big = Fixture.load(b, Generated.files(160, 7));
        random = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            int n = 40 + 15 * (int) seed;
            random.add(
                    Fixture.load(
                            c.resolve("g" + seed),
                            switch ((int) seed % 3) {
                                case 0 -> Generated.files(n, seed);
                                case 1 -> Generated.withAnalogues(n, seed);
                                default -> Generated.byOrganization(n, seed);
                            }));
        }
    }

    /**
     * Every drawing a site makes of {@code kb}: the whole tree, each family's, each model's
     * neighbourhood and each capability's trace, each as first shown and with its analogues.
     */
    static List<TreeView> siteViews(KnowledgeBase kb, LineageGraph g, EvolutionTree trees) {
        List<TreeView> out = new ArrayList<>();
        TreeView whole = TreeViews.whole(kb, g);
        out.add(whole);
        out.add(trees.withoutAnalogues(whole, true));
        for (String f : kb.families().keySet()) {
            TreeView v = TreeViews.withAnalogueModels(kb, g, TreeViews.family(kb, g, f));
            out.add(v);
            out.add(trees.withoutAnalogues(v, trees.lanes().isSeries(f)));
        }
        for (String m : kb.models().keySet()) {
            TreeView v =
                    TreeViews.withAnalogueModels(
                            kb, g, TreeViews.neighbourhoodWithin(kb, g, m, 12), List.of(m));
            out.add(v);
            out.add(trees.withoutAnalogues(v, trees.lanes().lane(m) == Lanes.Lane.MAIN));
        }
        for (String c : kb.capabilities().keySet()) {
            out.add(trees.withoutAnalogues(whole, true).tracing(g, c));
        }
        return out;
    }

    private static TreeLabels labels(KnowledgeBase kb, String lang) {
        return TreeLabels.of(kb, lang, id -> "../" + id + "/", "Tree");
    }

    @ParameterizedTest
    @EnumSource(TreeLayout.Direction.class)
    void laysOutEveryViewOfTheFixtureWithoutOverlapsAndWithTimeFlowingOneWay(
            TreeLayout.Direction direction) {
        EvolutionTree trees = new EvolutionTree(fx.kb(), direction);
        List<TreeView> views =
                List.of(
                        TreeViews.whole(fx.kb(), fx.graph()),
                        TreeViews.family(fx.kb(), fx.graph(), "beta"),
                        TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged"),
                        TreeViews.whole(fx.kb(), fx.graph()).tracing(fx.graph(), "reason"));
        for (TreeView v : views) {
            for (String lang : List.of("en", "zh")) {
                LayoutInvariants.check(fx.kb(), trees, v, trees.layout(v, labels(fx.kb(), lang)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TreeLayout.Direction.class)
    void keepsTheInvariantsOnEveryDrawingOfRandomGraphsWithAndWithoutAnalogues(
            TreeLayout.Direction direction) {
        for (Fixture f : random) {
            EvolutionTree trees = new EvolutionTree(f.kb(), direction);
            List<TreeLabels> both = List.of(labels(f.kb(), "en"), labels(f.kb(), "zh"));
            for (TreeView v : siteViews(f.kb(), f.graph(), trees)) {
                LayoutInvariants.check(f.kb(), trees, v, trees.layout(v, both));
            }
        }
    }

    @Test
    void givesTheSameLayoutEveryTime() {
        Fixture f = random.get(0);
        EvolutionTree trees = new EvolutionTree(f.kb());
        List<TreeLabels> both = List.of(labels(f.kb(), "en"), labels(f.kb(), "zh"));
        for (TreeView v : siteViews(f.kb(), f.graph(), trees)) {
            assertEquals(trees.layout(v, both), trees.layout(v, both));
        }
        assertEquals(
                trees.layout(TreeViews.whole(f.kb(), f.graph()), both),
                new EvolutionTree(f.kb()).layout(TreeViews.whole(f.kb(), f.graph()), both),
                "a new engine, the same layout");
    }

    @ParameterizedTest
    @EnumSource(TreeLayout.Direction.class)
    void keepsTheInvariantsOnARandomGraphOfManyModels(TreeLayout.Direction direction) {
        EvolutionTree trees = new EvolutionTree(big.kb(), direction);
        TreeView whole = TreeViews.whole(big.kb(), big.graph());
        LayoutInvariants.check(big.kb(), trees, whole, trees.layout(whole, labels(big.kb(), "en")));
        TreeView near = TreeViews.neighbourhood(big.kb(), big.graph(), "m150");
        LayoutInvariants.check(big.kb(), trees, near, trees.layout(near, labels(big.kb(), "zh")));
    }

    @Test
    void sizesNodesForTheirTextSoChineseLabelsFit() {
        EvolutionTree trees = new EvolutionTree(fx.kb());
        TreeView v = TreeViews.whole(fx.kb(), fx.graph());
        TreeLayout zh = trees.layout(v, labels(fx.kb(), "zh"));
        TreeLayout.Box box = zh.nodes().get("zh-model");
        double text = TextWidth.of("中文模型", NodeCard.NAME_SIZE) * NodeCard.BOLD;
        assertTrue(box.w() >= text + 2 * NodeCard.PAD_X, "the name fits with padding");
        double sub = TextWidth.of("乙组织 · 2021年6月", NodeCard.SUB_SIZE);
        assertTrue(box.w() >= sub + 2 * NodeCard.PAD_X, "organization and date fit");
    }

    @Test
    void putsAnUndatedModelAfterItsParents() {
        EvolutionTree trees = new EvolutionTree(fx.kb());
        TreeView v = TreeViews.whole(fx.kb(), fx.graph());
        TreeLayout l = trees.layout(v, labels(fx.kb(), "en"));
        TreeLayout.Box late = l.nodes().get("late");
        assertTrue(late.y() > l.nodes().get("merged").bottom());
        assertEquals(
                List.of(2019, 2020, 2021, 2022),
                l.bands().stream().map(TreeLayout.Band::year).toList());
    }

    @Test
    void givesTheSameDrawingWhenManyPagesAreDrawnInParallel() throws Exception {
        EvolutionTree trees = new EvolutionTree(big.kb());
        TreeView v = TreeViews.whole(big.kb(), big.graph());
        String first = trees.svg(v, labels(big.kb(), "en"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> trees.svg(v, labels(big.kb(), "en"))));
            }
            for (Future<String> f : runs) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void laysOutTheShippedContentWhenPresent() {
        Path content = Path.of(System.getProperty("lineage.content", "content"));
        assumeTrue(Files.isRegularFile(content.resolve("site.yaml")), "no content/ here");
        KnowledgeBase kb = ContentLoader.load(content, "content/", new Diagnostics());
        LineageGraph g = LineageGraph.of(kb);
        List<TreeLabels> all = new ArrayList<>();
        kb.site().languages().forEach(l -> all.add(labels(kb, l)));
        for (TreeLayout.Direction d : TreeLayout.Direction.values()) {
            EvolutionTree trees = new EvolutionTree(kb, d);
            for (TreeView v : siteViews(kb, g, trees)) {
                LayoutInvariants.check(kb, trees, v, trees.layout(v, all));
                for (TreeLabels l : all) {
                    LayoutInvariants.check(kb, trees, v, trees.layout(v, l));
                }
            }
        }
    }
}
