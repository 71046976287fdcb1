package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;
import org.lineage.layout.TreeLayout.Route;
import org.lineage.model.KnowledgeBase;
import org.lineage.testutil.Fixture;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.TryFolder;

/**
 * Trees of random knowledge bases, drawn the way pages draw them (whole tree, a neighbourhood, a
 * traced capability; time running down): no two cards overlap, every edge runs border to border and
 * orthogonally, parents sit above their children, dated models sit in their year ({@link
 * LayoutInvariants}), and no edge passes through a card.
 */
@AddLifecycleHook(TryFolder.class)
class TreeLayoutPropertyTest {
    private static final double EPS = 0.5;

    @Provide
    Arbitrary<RandomKb> kbs() {
        return RandomKb.arbitrary(14);
    }

    @Property(tries = 40, seed = "3")
    void cardsNeverOverlapEdgesAvoidCardsAndParentsSitAboveChildren(
            @ForAll("kbs") RandomKb kb, Path dir) {
        for (Drawn d : drawings(kb, dir)) {
            LayoutInvariants.noNodesOverlap(d.view(), d.layout());
            LayoutInvariants.everyEdgeIsDrawnBorderToBorder(d.view(), d.layout());
            LayoutInvariants.parentsComeBeforeChildren(d.view(), d.layout());
            assertEquals(List.of(), edgesThroughCards(d.layout()), "edges through cards");
        }
    }

    @Property(tries = 40, seed = "3")
    void datedModelsSitInsideAYearBand(@ForAll("kbs") RandomKb kb, Path dir) {
        for (Drawn d : drawings(kb, dir)) {
            LayoutInvariants.datedModelsSitInTheirYear(d.kb(), d.view(), d.layout());
        }
    }

    /**
     * The smallest case the property once found: a model released a year before its parent is drawn
     * in the parent's year, inside that year's band (it was left below every band).
     */
    @Example
    void aModelReleasedBeforeItsParentSitsInTheParentsYearBand(Path dir) {
        RandomKb kb =
                new RandomKb(
                        List.of(
                                new RandomKb.ModelSpec(
                                        "elder",
                                        Optional.empty(),
                                        Optional.of("2019"),
                                        Map.of(),
                                        Map.of()),
                                new RandomKb.ModelSpec(
                                        "early",
                                        Optional.empty(),
                                        Optional.of("2018"),
                                        Map.of("elder", "tune"),
                                        Map.of())));
        for (Drawn d : drawings(kb, dir)) {
            LayoutInvariants.datedModelsSitInTheirYear(d.kb(), d.view(), d.layout());
            assertEquals(
                    List.of(2019),
                    d.layout().bands().stream().map(TreeLayout.Band::year).toList(),
                    "one band, the parent's year");
        }
    }

    /** One view of a random knowledge base and its layout. */
    private record Drawn(KnowledgeBase kb, TreeView view, TreeLayout layout) {}

    /** The whole tree, the last model's neighbourhood, and the whole tree tracing a capability. */
    private static List<Drawn> drawings(RandomKb kb, Path dir) {
        Fixture fx = Fixture.load(dir, kb.files());
        EvolutionTree trees = new EvolutionTree(fx.kb());
        String last = kb.models().get(kb.models().size() - 1).id();
        List<TreeView> views =
                List.of(
                        TreeViews.whole(fx.kb(), fx.graph()),
                        TreeViews.neighbourhood(fx.kb(), fx.graph(), last),
                        TreeViews.whole(fx.kb(), fx.graph()).tracing(fx.graph(), "talk"));
        List<Drawn> out = new ArrayList<>();
        for (TreeView v : views) {
            TreeLabels labels = TreeLabels.of(fx.kb(), "en", id -> id + "/", "Tree");
            out.add(new Drawn(fx.kb(), v, trees.layout(v, labels)));
        }
        return out;
    }

    /** Every part of a route that runs inside a card, its own parent's and child's included. */
    static List<String> edgesThroughCards(TreeLayout layout) {
        List<String> bad = new ArrayList<>();
        for (Route r : layout.routes()) {
            for (int k = 1; k < r.points().size(); k++) {
                Point a = r.points().get(k - 1);
                Point b = r.points().get(k);
                layout.nodes()
                        .forEach(
                                (id, box) -> {
                                    if (crosses(a, b, box)) {
                                        bad.add(
                                                r.parent()
                                                        + " -> "
                                                        + r.child()
                                                        + " through "
                                                        + id
                                                        + " between "
                                                        + a
                                                        + " and "
                                                        + b);
                                    }
                                });
            }
        }
        return bad;
    }

    /** Whether the orthogonal segment a-b enters the inside of {@code box}. */
    private static boolean crosses(Point a, Point b, Box box) {
        double x1 = Math.min(a.x(), b.x());
        double x2 = Math.max(a.x(), b.x());
        double y1 = Math.min(a.y(), b.y());
        double y2 = Math.max(a.y(), b.y());
        return x1 < box.right() - EPS
                && x2 > box.x() + EPS
                && y1 < box.bottom() - EPS
                && y2 > box.y() + EPS;
    }
}
