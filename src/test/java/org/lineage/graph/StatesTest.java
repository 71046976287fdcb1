package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lineage.model.Change;

/** A model's states held as sorted arrays read as the sorted map they were made from. */
class StatesTest {
    private static NetState state(Change c) {
        return new NetState(c, List.of(), false);
    }

    @Test
    void readsAsTheSortedMapItWasMadeFrom() {
        Map<String, NetState> x = new TreeMap<>();
        x.put("reasoning", state(Change.GAINED));
        x.put("code", state(Change.WEAKENED));
        x.put("dialogue", state(Change.ABSENT));
        Map<String, NetState> y = new TreeMap<>();
        y.put("zero-shot", state(Change.STRENGTHENED));
        y.put("code", state(Change.GAINED));
        Map<String, States> made = States.numbered(Map.of("x", x, "y", y, "none", new TreeMap<>()));

        States sx = made.get("x");
        assertEquals(x, sx);
        assertEquals(x.hashCode(), sx.hashCode());
        assertEquals(List.of("code", "dialogue", "reasoning"), List.copyOf(sx.keySet()));
        assertSame(x.get("code"), sx.get("code"));
        assertTrue(sx.containsKey("dialogue"));
        assertFalse(sx.containsKey("zero-shot"));
        assertNull(sx.get("zero-shot"));
        assertNull(sx.get(42));
        assertSame(States.EMPTY, made.get("none"));
        assertTrue(made.get("none").isEmpty());
        // the models share one string per capability id
        assertSame(sx.keySet().iterator().next(), made.get("y").keySet().iterator().next());
        assertThrows(UnsupportedOperationException.class, () -> sx.put("a", state(Change.GAINED)));
        assertThrows(
                UnsupportedOperationException.class,
                () -> sx.entrySet().iterator().next().setValue(null));
    }

    @Test
    void rowsWalkBothModelsInOrderOfId() {
        Map<String, NetState> x = new TreeMap<>();
        x.put("b", state(Change.GAINED));
        x.put("c", state(Change.WEAKENED));
        Map<String, NetState> y = new TreeMap<>();
        y.put("a", state(Change.GAINED));
        y.put("c", state(Change.STRENGTHENED));
        y.put("d", state(Change.SACRIFICED));
        Map<String, States> made = States.numbered(Map.of("x", x, "y", y));

        assertEquals(
                List.of(
                        new Comparison.CapabilityRow("a", null, y.get("a")),
                        new Comparison.CapabilityRow("b", x.get("b"), null),
                        new Comparison.CapabilityRow("c", x.get("c"), y.get("c")),
                        new Comparison.CapabilityRow("d", null, y.get("d"))),
                States.rows(made.get("x"), made.get("y")));
        assertEquals(List.of(), States.rows(States.EMPTY, States.EMPTY));
    }
}
