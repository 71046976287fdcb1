package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.layout.TreeView.Role;
import org.lineage.model.Change;
import org.lineage.testutil.Fixture;

class TreeViewsTest {
    static Fixture fx;

    @BeforeAll
    static void load(@TempDir Path dir) {
        fx = Fixture.load(dir);
    }

    private static Map<String, Role> roles(TreeView v) {
        Map<String, Role> m = new TreeMap<>();
        v.nodes().forEach(n -> m.put(n.model(), n.role()));
        return m;
    }

    private static List<String> edges(TreeView v) {
        return v.edges().stream().map(e -> e.parent() + ">" + e.child()).toList();
    }

    @Test
    void showsTheWholeGraphInLineageOrder() {
        TreeView v = TreeViews.whole(fx.kb(), fx.graph());
        assertEquals(
                fx.graph().topologicalOrder(),
                v.nodes().stream().map(TreeView.Node::model).toList());
        assertEquals(
                List.of(
                        "root>tuner",
                        "root>coder",
                        "tuner>merged",
                        "coder>merged",
                        "tuner>zh-model",
                        "merged>late"),
                edges(v));
        assertEquals(List.of(new TreeView.Analogue("merged", "open")), v.analogues());
    }

    @Test
    void showsAFamilyWithItsOutsideParentsOnly() {
        TreeView v = TreeViews.family(fx.kb(), fx.graph(), "beta");
        assertEquals(
                Map.of(
                        "tuner", Role.MEMBER,
                        "merged", Role.MEMBER,
                        "late", Role.MEMBER,
                        "zh-model", Role.MEMBER,
                        "root", Role.OUTSIDE,
                        "coder", Role.OUTSIDE),
                roles(v));
        assertEquals(
                List.of(
                        "root>tuner",
                        "tuner>merged",
                        "coder>merged",
                        "tuner>zh-model",
                        "merged>late"),
                edges(v),
                "no edge between two outside models");
    }

    @Test
    void showsAModelsAncestorsAndChildrenWithTheModelHighlighted() {
        TreeView v = TreeViews.neighbourhood(fx.kb(), fx.graph(), "tuner");
        assertEquals(
                List.of("root", "tuner", "merged", "zh-model"),
                v.nodes().stream().map(TreeView.Node::model).toList());
        assertEquals(Optional.of("tuner"), v.highlighted());
        assertEquals(List.of("root>tuner", "tuner>merged", "tuner>zh-model"), edges(v));

        TreeView near = TreeViews.neighbourhood(fx.kb(), fx.graph(), "late", 1);
        assertEquals(
                List.of("merged", "late"),
                near.nodes().stream().map(TreeView.Node::model).toList());
        TreeView all = TreeViews.neighbourhood(fx.kb(), fx.graph(), "late");
        assertEquals(5, all.nodes().size(), "late, its four ancestors, no child");
        assertThrows(
                IllegalArgumentException.class,
                () -> TreeViews.neighbourhood(fx.kb(), fx.graph(), "nope"));
    }

    @Test
    void addsTheAnaloguesOfChosenModelsAsAnalogueNodes() {
        TreeView v = TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged");
        assertEquals(List.of(), v.analogues());
        TreeView with = TreeViews.withAnalogueModels(fx.kb(), fx.graph(), v, List.of("merged"));
        assertEquals(Role.ANALOGUE, roles(with).get("open"));
        assertEquals(List.of(new TreeView.Analogue("merged", "open")), with.analogues());
        assertEquals(Optional.of("merged"), with.highlighted());
        assertEquals(edges(v), edges(with));
    }

    @Test
    void tracingGivesEachNodeItsOwnChangeAndItsNetState() {
        TreeView v = TreeViews.whole(fx.kb(), fx.graph()).tracing(fx.graph(), "reason");
        assertEquals(Optional.of("reason"), v.capability());
        TreeView.Node merged = v.node("merged").orElseThrow();
        assertEquals(Optional.empty(), merged.change());
        assertEquals(Optional.of(Change.WEAKENED), merged.state());
        TreeView.Node late = v.node("late").orElseThrow();
        assertEquals(Optional.of(Change.ABSENT), late.change());
        assertEquals(false, late.holds());
        assertEquals(Optional.empty(), v.node("open").orElseThrow().state());
    }

    private static List<String> ids(TreeView v) {
        return v.nodes().stream().map(TreeView.Node::model).toList();
    }

    @Test
    void neighbourhoodWithinABudgetKeepsEveryAncestorThatFitsAndWholeGenerationsOtherwise() {
        assertEquals(
                TreeViews.neighbourhood(fx.kb(), fx.graph(), "late"),
                TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "late", 5),
                "late and its four ancestors fit in five");
        // merged makes two; coder and tuner together make four; root would make five
        assertEquals(
                java.util.Set.of("coder", "tuner", "merged", "late"),
                java.util.Set.copyOf(
                        ids(TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "late", 4))));
        TreeView cut = TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "late", 3);
        assertEquals(List.of("merged", "late"), ids(cut));
        assertEquals(Optional.of("late"), cut.highlighted());
        assertEquals(
                List.of("merged", "late"),
                ids(TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "late", 1)),
                "the parents are shown even past the budget");
        // children always come along: tuner's two children, its parent
        assertEquals(
                List.of("root", "tuner", "merged", "zh-model"),
                ids(TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "tuner", 2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> TreeViews.neighbourhoodWithin(fx.kb(), fx.graph(), "nope", 5));
    }

    @Test
    void withParentsTakesModelsInOrderWhileTheyFit() {
        TreeView three = TreeViews.withParents(fx.kb(), fx.graph(), List.of("merged", "late"), 3);
        assertEquals(
                java.util.Set.of("coder", "tuner", "merged"),
                java.util.Set.copyOf(ids(three)),
                "late would make four");
        assertEquals(List.of("coder>merged", "tuner>merged").size(), three.edges().size());
        TreeView four = TreeViews.withParents(fx.kb(), fx.graph(), List.of("merged", "late"), 4);
        assertEquals(
                java.util.Set.of("coder", "tuner", "merged", "late"),
                java.util.Set.copyOf(ids(four)));
        assertEquals(List.of("late"), ids(four).subList(3, 4), "lineage order");
        assertEquals(
                3,
                TreeViews.withParents(fx.kb(), fx.graph(), List.of("merged"), 1).nodes().size(),
                "the first model and its parents come whatever the budget");
        assertEquals(List.of(), TreeViews.withParents(fx.kb(), fx.graph(), List.of(), 5).nodes());
    }

    @Test
    void membersShowsSeveralFamiliesAsFamilyShowsOne() {
        List<String> beta =
                fx.kb().models().values().stream()
                        .filter(m -> m.family().map(f -> f.id().equals("beta")).orElse(false))
                        .map(m -> m.id())
                        .toList();
        assertEquals(
                TreeViews.family(fx.kb(), fx.graph(), "beta"),
                TreeViews.members(fx.kb(), fx.graph(), beta));
    }

    @Test
    void withoutAnalogueModelsDropsAnalogueNodesAndLinksOnly() {
        TreeView with =
                TreeViews.withAnalogueModels(
                        fx.kb(),
                        fx.graph(),
                        TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged"),
                        List.of("merged"));
        TreeView plain = with.withoutAnalogueModels();
        assertEquals(ids(TreeViews.neighbourhood(fx.kb(), fx.graph(), "merged")), ids(plain));
        assertEquals(List.of(), plain.analogues());
        assertEquals(edges(with), edges(plain));
        assertEquals(Optional.of("merged"), plain.highlighted());
        TreeView whole = TreeViews.whole(fx.kb(), fx.graph());
        assertEquals(whole.withoutAnalogues(), whole.withoutAnalogueModels(), "no analogue node");
    }
}
