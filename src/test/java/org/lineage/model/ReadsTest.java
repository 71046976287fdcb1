package org.lineage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReadsTest {
    @Test
    void aKindReadMoreThanManyTimesIsRecordedAsTheWholeKind() {
        Set<String> reads = new TreeSet<>();
        for (int i = 0; i < 5; i++) {
            reads.add(Reads.entity(Kind.CAPABILITY, "c" + i));
        }
        reads.add(Reads.entity(Kind.MODEL, "m"));
        reads.add(Reads.body(new EntityKey(Kind.MODEL, "m"), "en"));
        assertEquals(
                List.of("b:models/m/en", "e:capabilities/*", "e:models/m"),
                List.copyOf(Reads.collapse(reads, 4)));
        assertEquals(List.copyOf(reads), List.copyOf(Reads.collapse(reads, 5)));
    }

    @Test
    void readsAreRecordedOnlyInsideRecord() {
        Reads.note("e:models/outside");
        Reads.Recorded<String> r =
                Reads.record(
                        () -> {
                            Reads.note(Reads.entity(Kind.MODEL, "a"));
                            return "done";
                        });
        assertEquals("done", r.value());
        assertEquals(Set.of("e:models/a"), r.reads());
    }
}
