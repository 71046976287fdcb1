package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.lineage.model.Change;
import org.lineage.testutil.Fixture;
import org.lineage.testutil.RandomKb;
import org.lineage.testutil.TryFolder;

/**
 * The lineage graph of random knowledge bases, loaded from files like any content, checked against
 * the rules as documented (LineageGraph's Javadoc, docs/content-format.md "What a model inherits"),
 * computed here the slow and obvious way.
 */
@AddLifecycleHook(TryFolder.class)
class LineageGraphPropertyTest {
    @Provide
    Arbitrary<RandomKb> kbs() {
        return RandomKb.arbitrary(25);
    }

    @Property(tries = 50, seed = "1")
    void topologicalOrderHoldsEveryModelOnceAndEveryParentBeforeItsChildren(
            @ForAll("kbs") RandomKb kb, Path dir) {
        LineageGraph g = Fixture.load(dir, kb.files()).graph();
        List<String> order = g.topologicalOrder();
        Set<String> ids = new TreeSet<>();
        kb.models().forEach(m -> ids.add(m.id()));
        assertEquals(ids, new TreeSet<>(order), "every model");
        assertEquals(ids.size(), order.size(), "once each");
        for (RandomKb.ModelSpec m : kb.models()) {
            assertEquals(
                    new TreeSet<>(m.parents().keySet()),
                    new TreeSet<>(g.parents(m.id())),
                    m.id() + "'s parents");
            for (String p : m.parents().keySet()) {
                assertTrue(
                        g.position(p) < g.position(m.id()),
                        p + " before its child " + m.id() + " in " + order);
            }
        }
    }

    @Property(tries = 50, seed = "2")
    void netStateIsTheOwnChangeOrTheStrongestParentStateWithEveryStepOnTheAncestry(
            @ForAll("kbs") RandomKb kb, Path dir) {
        LineageGraph g = Fixture.load(dir, kb.files()).graph();
        Map<String, RandomKb.ModelSpec> byId = new HashMap<>();
        kb.models().forEach(m -> byId.put(m.id(), m));
        Map<String, Optional<Change>> memo = new HashMap<>();
        for (RandomKb.ModelSpec m : kb.models()) {
            for (String c : RandomKb.CAPABILITIES) {
                Optional<Change> expected = expected(m.id(), c, byId, memo);
                Optional<NetState> actual = g.state(m.id(), c);
                assertEquals(expected, actual.map(NetState::state), m.id() + " " + c);
                if (actual.isEmpty()) {
                    continue;
                }
                assertEquals(m.changes().containsKey(c), actual.get().own(), "own change");
                List<String> steps = new ArrayList<>();
                for (String a : g.ancestors(m.id())) {
                    if (byId.get(a).changes().containsKey(c)) {
                        steps.add(a);
                    }
                }
                if (m.changes().containsKey(c)) {
                    steps.add(m.id());
                }
                assertEquals(
                        steps,
                        actual.get().steps().stream().map(Step::model).toList(),
                        "steps of " + c + " in " + m.id() + ", in lineage order");
            }
        }
    }

    /**
     * The documented rule: its own change; else the strongest state among its parents, ranked ++ >
     * + > - > -- > absent; else none, when no ancestor mentions the capability.
     */
    private static Optional<Change> expected(
            String model,
            String capability,
            Map<String, RandomKb.ModelSpec> byId,
            Map<String, Optional<Change>> memo) {
        Optional<Change> known = memo.get(model + " " + capability);
        if (known != null) {
            return known;
        }
        RandomKb.ModelSpec m = byId.get(model);
        if (m.changes().containsKey(capability)) {
            return Optional.of(m.changes().get(capability));
        }
        Optional<Change> best = Optional.empty();
        for (String p : m.parents().keySet()) {
            Optional<Change> s = expected(p, capability, byId, memo);
            if (s.isPresent() && (best.isEmpty() || s.get().rank() > best.get().rank())) {
                best = s;
            }
        }
        memo.put(model + " " + capability, best);
        return best;
    }
}
