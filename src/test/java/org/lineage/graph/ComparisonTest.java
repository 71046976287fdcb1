package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.check.CheckResult;
import org.lineage.graph.ComparePairs.Pair;
import org.lineage.graph.Comparison.CapabilityRow;
import org.lineage.model.Change;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;

class ComparisonTest {
    @TempDir static Path tmp;
    static CheckResult checked;

    @BeforeAll
    static void load() {
        checked = InlineSite.check(InlineSite.write(tmp.resolve("content"), SiteFixtures.SIBLINGS));
        assertEquals(0, checked.errors(), () -> checked.diagnostics().toString());
    }

    @Test
    void pairsEachParentWithEachChild() {
        ComparePairs p = ComparePairs.of(checked.kb(), checked.graph());
        assertEquals(ComparePairs.Reason.PARENT, p.reason(Pair.of("root", "c07")));
        assertEquals(ComparePairs.Reason.PARENT, p.reason(Pair.of("grand", "c03")));
    }

    @Test
    void pairsSiblingsNearestInDateAtMostTenPerModel() {
        ComparePairs p = ComparePairs.of(checked.kb(), checked.graph());
        assertEquals(ComparePairs.Reason.SIBLINGS, p.reason(Pair.of("c01", "c06")));
        assertEquals(
                null, p.reason(Pair.of("c01", "c07")), "six months apart: not among the nearest");
        for (int i = 1; i <= 12; i++) {
            String id = String.format("c%02d", i);
            long siblings =
                    p.of(id).stream()
                            .filter(x -> p.reason(x) == ComparePairs.Reason.SIBLINGS)
                            .count();
            assertTrue(siblings <= ComparePairs.SIBLINGS, id + " has " + siblings);
        }
        assertEquals(10, p.of("c06").stream().filter(x -> x.other("c06").startsWith("c")).count());
    }

    @Test
    void pairsTheModelsAClaimIsAbout() {
        ComparePairs p = ComparePairs.of(checked.kb(), checked.graph());
        assertEquals(ComparePairs.Reason.CLAIM, p.reason(Pair.of("lone", "grand")));
        assertEquals(ComparePairs.Reason.CLAIM, p.reason(Pair.of("c01", "lone")));
        assertEquals(ComparePairs.Reason.CLAIM, p.reason(Pair.of("c01", "grand")));
    }

    @Test
    void pairCountStaysWithinTheStatedBound() {
        ComparePairs p = ComparePairs.of(checked.kb(), checked.graph());
        long edges =
                checked.graph().topologicalOrder().stream()
                        .mapToLong(id -> checked.graph().parents(id).size())
                        .sum();
        assertTrue(p.all().size() <= ComparePairs.bound(edges, checked.kb().claims().size()));
    }

    @Test
    void findsTheNearestCommonAncestorAndThePathsDownToEach() {
        Comparison c = Comparison.of(checked.graph(), "c02", "grand");
        assertEquals(Optional.of("root"), c.common());
        assertEquals(List.of("c02"), c.pathA().stream().map(Comparison.PathEdge::child).toList());
        assertEquals(
                List.of("c03", "grand"),
                c.pathB().stream().map(Comparison.PathEdge::child).toList());
        assertEquals("tune", c.pathB().get(1).edge().method().id());
    }

    @Test
    void anAncestorIsItsOwnCommonAncestor() {
        Comparison c = Comparison.of(checked.graph(), "grand", "root");
        assertEquals(Optional.of("root"), c.common());
        assertEquals(2, c.pathA().size());
        assertTrue(c.pathB().isEmpty());
    }

    @Test
    void unrelatedModelsShareNoAncestor() {
        Comparison c = Comparison.of(checked.graph(), "c01", "lone");
        assertEquals(Optional.empty(), c.common());
        assertTrue(c.pathA().isEmpty() && c.pathB().isEmpty());
    }

    @Test
    void listsEachCapabilityWithTheStepsThatMadeThemDiffer() {
        Comparison c = Comparison.of(checked.graph(), "c02", "grand");
        // every capability either holds, by id: grand's skills, then talk
        assertEquals(SiteFixtures.SKILLS + 1, c.capabilities().size());
        CapabilityRow talk = c.capabilities().get(SiteFixtures.SKILLS);
        assertEquals("talk", talk.capability());
        assertEquals(Optional.of(Change.STRENGTHENED), talk.stateA());
        assertEquals(Optional.of(Change.SACRIFICED), talk.stateB());
        assertTrue(talk.differs());
        assertEquals(List.of("c02"), talk.onlyA().stream().map(Step::model).toList());
        assertEquals(List.of("grand"), talk.onlyB().stream().map(Step::model).toList());
        CapabilityRow skill = c.capabilities().get(0);
        assertEquals("s01", skill.capability());
        assertEquals(Optional.empty(), skill.stateA());
        assertEquals(Optional.of(Change.GAINED), skill.stateB());
    }
}
