package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Change;
import org.lineage.model.Confidence;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.model.SiteConfig;
import org.lineage.model.Text;

/** The lineage graph's queries, its order, the inherited capability states and its cycles. */
class LineageGraphTest {
    /** Models under construction, by id; each test adds some and then builds the graph. */
    private final Map<String, Model> models = new TreeMap<>();

    /** Adds a model: {@code parents} by id, {@code changes} as "capability:symbol[:claim]". */
    private void model(String id, String released, List<String> parents, String... changes) {
        List<ParentEdge> edges = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            edges.add(
                    new ParentEdge(
                            new Ref(parents.get(i), pos(id, 10 + 4 * i, 12)),
                            new Ref("pretraining", pos(id, 11 + 4 * i, 13)),
                            Confidence.DOCUMENTED,
                            Optional.empty(),
                            Optional.empty(),
                            pos(id, 10 + 4 * i, 5)));
        }
        List<CapabilityChange> caps = new ArrayList<>();
        for (String c : changes) {
            String[] p = c.split(":");
            caps.add(
                    new CapabilityChange(
                            new Ref(p[0], pos(id, 30, 17)),
                            Change.bySymbol(p[1]).orElseThrow(),
                            p.length > 2
                                    ? Optional.of(new Ref(p[2], pos(id, 31, 12)))
                                    : Optional.empty(),
                            pos(id, 30, 5)));
        }
        models.put(
                id,
                new Model(
                        id,
                        SourcePos.file("content/models/" + id + ".yaml"),
                        Text.neutral(id),
                        List.of(),
                        Optional.empty(),
                        Text.neutral("Org"),
                        Optional.ofNullable(released).map(DateSpec::parse),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Text.neutral(""),
                        edges,
                        caps,
                        List.of(),
                        List.of(),
                        List.of()));
    }

    private static SourcePos pos(String model, int line, int col) {
        return new SourcePos("content/models/" + model + ".yaml", line, col);
    }

    private static List<String> ids(String... ids) {
        return List.of(ids);
    }

    private LineageGraph graph() {
        return LineageGraph.of(knowledgeBase());
    }

    private KnowledgeBase knowledgeBase() {
        SiteConfig site =
                new SiteConfig(
                        SourcePos.file("content/site.yaml"),
                        Text.neutral("t"),
                        Text.neutral(""),
                        "https://example.org/",
                        List.of("en"),
                        "CC-BY-4.0",
                        Optional.empty(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty());
        return new KnowledgeBase(
                site,
                new TreeMap<>(),
                new TreeMap<>(models),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                Map.of());
    }

    // ------------------------------------------------------------------ structure

    @Test
    void aGraphMadeForItsLineageOnlyHasTheSameStructureAndNoStates() {
        model("a", "2020", ids(), "code:+");
        model("b", "2021", ids("a"));
        model("c", "2021-06", ids("a"), "chat:++");
        model("d", "2022", ids("c", "b"));
        KnowledgeBase kb = knowledgeBase();
        LineageGraph full = LineageGraph.of(kb);
        LineageGraph lineage = LineageGraph.lineageOnly(kb);
        assertEquals(full.topologicalOrder(), lineage.topologicalOrder());
        for (String id : full.topologicalOrder()) {
            assertEquals(full.parents(id), lineage.parents(id));
            assertEquals(full.children(id), lineage.children(id));
        }
        assertEquals(2, full.capabilities("d").size());
        assertThrows(IllegalStateException.class, () -> lineage.capabilities("d"));
    }

    @Test
    void parentsAreListedInTheOrderWritten() {
        model("a", "2020", ids());
        model("b", "2021", ids());
        model("c", "2022", ids("b", "a"));
        assertEquals(ids("b", "a"), graph().parents("c"));
        assertEquals(ids(), graph().parents("a"));
    }

    @Test
    void childrenAreListedInLineageOrder() {
        model("a", "2020", ids());
        model("late", "2023", ids("a"));
        model("early", "2021", ids("a"));
        assertEquals(ids("early", "late"), graph().children("a"));
        assertEquals(ids(), graph().children("late"));
    }

    @Test
    void ancestorsAndDescendantsFollowEveryPathOnceAndExcludeTheModel() {
        model("a", "2019", ids());
        model("b", "2020", ids("a"));
        model("c", "2021", ids("a"));
        model("d", "2022", ids("b", "c"));
        model("e", "2023", ids("d"));
        model("other", "2018", ids());
        LineageGraph g = graph();
        assertEquals(ids("a", "b", "c", "d"), g.ancestors("e"));
        assertEquals(ids("b", "c", "d", "e"), g.descendants("a"));
        assertEquals(ids("a"), g.ancestors("c"));
        assertEquals(ids("d", "e"), g.descendants("c"));
        assertEquals(ids(), g.ancestors("a"));
        assertEquals(ids(), g.descendants("e"));
        assertEquals(ids(), g.descendants("other"));
    }

    @Test
    void rootsAreTheModelsWithoutParentsInLineageOrder() {
        model("z", "2019", ids());
        model("a", "2020", ids());
        model("child", "2018", ids("z"));
        model("undated", null, ids());
        assertEquals(ids("z", "a", "undated"), graph().roots());
    }

    @Test
    void theEdgeAsWrittenCanBeLookedUp() {
        model("a", "2020", ids());
        model("b", "2021", ids("a"));
        LineageGraph g = graph();
        ParentEdge e = g.edge("b", "a").orElseThrow();
        assertEquals("pretraining", e.method().id());
        assertEquals(pos("b", 10, 12), e.model().pos());
        assertEquals(List.of(e), g.parentEdges("b"));
        assertTrue(g.edge("a", "b").isEmpty());
    }

    @Test
    void aParentThatIsNotAModelIsLeftOut() {
        model("b", "2021", ids("ghost"));
        LineageGraph g = graph();
        assertEquals(ids(), g.parents("b"));
        assertEquals(ids("b"), g.roots());
        assertEquals(List.of(), g.problems());
    }

    @Test
    void aParentListedTwiceIsOneEdge() {
        model("a", "2020", ids());
        model("b", "2021", ids("a", "a"));
        LineageGraph g = graph();
        assertEquals(ids("a"), g.parents("b"));
        assertEquals(ids("b"), g.children("a"));
    }

    // ------------------------------------------------------------------ order

    @Test
    void topologicalOrderPutsParentsFirstThenEarlierReleaseThenId() {
        model("z", "2019", ids());
        model("a", "2020", ids());
        // Released before its parent (a re-release, say): still after it, but before 'a'.
        model("m", "2018", ids("z"));
        model("b", "2020", ids());
        assertEquals(ids("z", "m", "a", "b"), graph().topologicalOrder());
    }

    @Test
    void undatedModelsComeAfterDatedOnesAmongThoseAvailable() {
        model("u", null, ids());
        model("r", "2030", ids());
        model("c", "2019", ids("u"));
        model("v", null, ids());
        assertEquals(ids("r", "u", "c", "v"), graph().topologicalOrder());
    }

    @Test
    void datesSortByStartAndAYearBeforeItsMonths() {
        model("month", "2022-01", ids());
        model("year", "2022", ids());
        model("interval", "2021-12/2022-03", ids());
        model("day", "2022-01-01", ids());
        assertEquals(ids("interval", "year", "month", "day"), graph().topologicalOrder());
    }

    @Test
    void lineageOrderSortsAnyIdsAndPositionsMatchTheOrder() {
        model("b", "2020", ids());
        model("a", "2021", ids("b"));
        model("c", "2019", ids());
        LineageGraph g = graph();
        List<String> some = new ArrayList<>(ids("a", "b", "c"));
        some.sort(g.lineageOrder());
        assertEquals(g.topologicalOrder(), some);
        for (int i = 0; i < some.size(); i++) {
            assertEquals(i, g.position(some.get(i)));
        }
    }

    @Test
    void aLargeRandomDagIsOrderedParentsFirstAndTheSameEveryTime() {
        Random r = new Random(42);
        String[] dates = {"2019", "2020-03", "2020-03-02", "2021", "2021-06/2021-09", null};
        for (int i = 0; i < 300; i++) {
            List<String> ps = new ArrayList<>();
            for (int k = 0; i > 0 && k < r.nextInt(3); k++) {
                ps.add(String.format("m%03d", r.nextInt(i)));
            }
            model(String.format("m%03d", i), dates[r.nextInt(dates.length)], ps);
        }
        LineageGraph g = graph();
        List<String> order = g.topologicalOrder();
        assertEquals(300, order.size());
        for (String id : order) {
            for (String p : g.parents(id)) {
                assertTrue(g.position(p) < g.position(id), p + " after its child " + id);
            }
        }
        assertEquals(order, graph().topologicalOrder());
    }

    // ------------------------------------------------------------------ capability state

    @Test
    void aModelsOwnChangeWinsAndItsStepsIncludeTheAncestors() {
        model("a", "2020", ids(), "cot:+:claim-a");
        model("b", "2021", ids("a"), "cot:--");
        NetState s = graph().state("b", "cot").orElseThrow();
        assertEquals(Change.SACRIFICED, s.state());
        assertTrue(s.own());
        assertEquals(
                List.of(
                        new Step("a", Change.GAINED, Optional.of("claim-a")),
                        new Step("b", Change.SACRIFICED, Optional.empty())),
                s.steps());
    }

    @Test
    void aModelWithoutItsOwnChangeInheritsItsParentsState() {
        model("a", "2020", ids(), "cot:+");
        model("b", "2021", ids("a"));
        model("c", "2022", ids("b"));
        NetState s = graph().state("c", "cot").orElseThrow();
        assertEquals(Change.GAINED, s.state());
        assertFalse(s.own());
        assertEquals(List.of(new Step("a", Change.GAINED, Optional.empty())), s.steps());
    }

    @ParameterizedTest(name = "{0} and {1} give {2}")
    @CsvSource({
        "++, +, ++",
        "+, ++, ++",
        "+, -, +",
        "-, +, +",
        "-, --, -",
        "--, -, -",
        "--, absent, --",
        "absent, --, --",
        "absent, ++, ++",
        "absent, absent, absent",
        "-, -, -"
    })
    void withSeveralParentsTheStrongestStateWins(String left, String right, String net) {
        model("p", "2020", ids(), "cot:" + left);
        model("q", "2020", ids(), "cot:" + right);
        model("child", "2021", ids("p", "q"));
        NetState s = graph().state("child", "cot").orElseThrow();
        assertEquals(net, s.state().symbol());
        assertFalse(s.own());
        assertEquals(ids("p", "q"), s.steps().stream().map(Step::model).toList());
    }

    @Test
    void anOwnChangeOverridesStrongerParents() {
        model("p", "2020", ids(), "cot:++");
        model("q", "2020", ids(), "cot:+");
        model("child", "2021", ids("p", "q"), "cot:-");
        NetState s = graph().state("child", "cot").orElseThrow();
        assertEquals(Change.WEAKENED, s.state());
        assertTrue(s.own());
        assertEquals(ids("p", "q", "child"), s.steps().stream().map(Step::model).toList());
    }

    @Test
    void gainsAndLossesOverSeveralGenerationsAndTwoLines() {
        model("a", "2019", ids(), "cot:+", "icl:+");
        model("b", "2020", ids("a"), "cot:++");
        model("c", "2021", ids("a"), "icl:--");
        model("d", "2022", ids("b", "c"));
        LineageGraph g = graph();
        Map<String, NetState> d = g.capabilities("d");
        assertEquals(ids("cot", "icl"), new ArrayList<>(d.keySet()));
        assertEquals(Change.STRENGTHENED, d.get("cot").state());
        assertEquals(ids("a", "b"), d.get("cot").steps().stream().map(Step::model).toList());
        // Line b keeps a's '+', line c sacrificed it: the stronger '+' wins, both steps are kept.
        assertEquals(Change.GAINED, d.get("icl").state());
        assertEquals(ids("a", "c"), d.get("icl").steps().stream().map(Step::model).toList());
        assertEquals(Change.SACRIFICED, g.state("c", "icl").orElseThrow().state());
        assertEquals(Change.GAINED, g.state("b", "icl").orElseThrow().state());
    }

    @Test
    void stepsReachedByTwoPathsAppearOnce() {
        model("a", "2019", ids(), "cot:+");
        model("b", "2020", ids("a"));
        model("c", "2020", ids("a"));
        model("d", "2021", ids("b", "c"));
        assertEquals(
                List.of(new Step("a", Change.GAINED, Optional.empty())),
                graph().state("d", "cot").orElseThrow().steps());
    }

    @Test
    void absentIsAStateWhileAnUnmentionedCapabilityHasNone() {
        model("a", "2019", ids(), "cot:absent");
        model("b", "2020", ids("a"));
        model("other", "2019", ids(), "icl:+");
        LineageGraph g = graph();
        assertEquals(Change.ABSENT, g.state("b", "cot").orElseThrow().state());
        assertFalse(g.state("b", "cot").orElseThrow().state().holds());
        assertTrue(g.state("b", "icl").isEmpty());
        assertFalse(g.capabilities("b").containsKey("icl"));
        assertEquals(Map.of(), g.capabilities("unknown-model"));
    }

    @Test
    void stepsFollowTopologicalOrderNotTheOrderParentsAreWritten() {
        model("late", "2021", ids(), "cot:-");
        model("early", "2019", ids(), "cot:-");
        model("child", "2022", ids("late", "early"));
        assertEquals(
                ids("early", "late"),
                graph().state("child", "cot").orElseThrow().steps().stream()
                        .map(Step::model)
                        .toList());
    }

    // ------------------------------------------------------------------ cycles

    @Test
    void aSelfParentIsOneErrorAtTheEdgeAndTheEdgeIsLeftOut() {
        model("s", "2020", ids("s"));
        LineageGraph g = graph();
        List<Diagnostic> p = g.problems();
        assertEquals(1, p.size());
        Diagnostic d = p.get(0);
        assertEquals("lineage-cycle", d.code());
        assertTrue(d.isError());
        assertEquals(pos("s", 10, 12), d.pos());
        assertEquals(
                "model 's' is its own parent\n    s -> s at content/models/s.yaml:10:12",
                d.message());
        assertEquals(ids(), g.parents("s"));
        assertEquals(ids("s"), g.topologicalOrder());
    }

    @Test
    void aThreeModelCycleIsOneErrorPrintingTheCycleAndEveryEdge() {
        model("a", "2020", ids("c"));
        model("b", "2021", ids("a"));
        model("c", "2022", ids("b"));
        LineageGraph g = graph();
        assertEquals(1, g.problems().size());
        Diagnostic d = g.problems().get(0);
        assertEquals(pos("a", 10, 12), d.pos());
        assertEquals(
                String.join(
                        "\n",
                        "lineage cycle: a -> c -> b -> a",
                        "    a -> c at content/models/a.yaml:10:12",
                        "    c -> b at content/models/c.yaml:10:12",
                        "    b -> a at content/models/b.yaml:10:12"),
                d.message());
        assertEquals(3, g.topologicalOrder().size());
        assertEquals(ids(), g.parents("a"));
    }

    @Test
    void edgesIntoACycleFromOutsideAreKept() {
        model("x", "2019", ids());
        model("a", "2020", ids("b", "x"));
        model("b", "2021", ids("a"));
        model("y", "2022", ids("b"));
        LineageGraph g = graph();
        assertEquals(1, g.problems().size());
        assertEquals(ids("x"), g.parents("a"));
        assertEquals(ids("b"), g.parents("y"));
        // b's only parent edge closes the cycle, so b's line ends at b.
        assertEquals(ids("b"), g.ancestors("y"));
    }

    @Test
    void twoCyclesAreTwoErrorsAndAnEdgeBetweenThemIsKept() {
        model("a", "2020", ids("b"));
        model("b", "2020", ids("a"));
        model("c", "2021", ids("d", "a"));
        model("d", "2021", ids("c"));
        LineageGraph g = graph();
        assertEquals(2, g.problems().size());
        assertEquals(ids("a"), g.parents("c"));
        assertEquals(ids("c"), g.children("a"));
    }

    @Test
    void capabilityStatesStillWorkOnAGraphWithACycle() {
        model("root", "2019", ids(), "cot:+");
        model("a", "2020", ids("b", "root"));
        model("b", "2021", ids("a"));
        LineageGraph g = graph();
        assertEquals(Change.GAINED, g.state("a", "cot").orElseThrow().state());
        // b descends only through the edge that closes the cycle, which is left out.
        assertTrue(g.state("b", "cot").isEmpty());
    }
}
