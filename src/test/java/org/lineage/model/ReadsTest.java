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
                sorted(Reads.collapse(reads, 4)));
        assertEquals(List.copyOf(reads), sorted(Reads.collapse(reads, 5)));
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

    @Test
    void aProseFieldReadOfManyEntitiesIsRecordedAsThatFieldOfTheWholeKind() {
        Set<String> reads = new TreeSet<>();
        for (int i = 0; i < 5; i++) {
            reads.add(Reads.field(Kind.MODEL, "name", "m" + i));
        }
        reads.add(Reads.field(Kind.MODEL, "summary", "m0"));
        reads.add(Reads.entity(Kind.MODEL, "m0"));
        assertEquals(
                List.of("e:models/m0", "f:models/name/*", "f:models/summary/m0"),
                sorted(Reads.collapse(reads, 4)));
        assertEquals(List.copyOf(reads), sorted(Reads.collapse(reads, 5)));
    }

    @Test
    void proseAccessorsNoteTheirFieldAndNothingElse() {
        Model m =
                new Model(
                        "gpt",
                        null,
                        Text.neutral("GPT"),
                        List.of(),
                        java.util.Optional.empty(),
                        Text.neutral("Org"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.of("175B"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        Text.neutral("A model."),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of());
        Reads.Recorded<String> r =
                Reads.record(
                        () ->
                                m.title("en", "en")
                                        + m.summary().in("en", "en")
                                        + m.parameters().orElseThrow()
                                        + m.organization().in("en", "en"));
        assertEquals("GPTA model.175BOrg", r.value());
        assertEquals(Set.of("f:models/name/gpt", "f:models/summary/gpt"), r.reads());
    }

    @Test
    void aMemoTellsEveryAskerWhatMakingItsResultRead() {
        Reads.Memo<Integer, String> memo = new Reads.Memo<>(2);
        int[] made = new int[1];
        java.util.function.Supplier<String> make =
                () -> {
                    made[0]++;
                    Reads.note("e:models/a");
                    Reads.note("f:models/summary/b");
                    return "then";
                };
        Reads.Recorded<String> first = Reads.record(() -> memo.get(2024, make));
        Reads.Recorded<String> second = Reads.record(() -> memo.get(2024, make));
        assertEquals(1, made[0]);
        assertEquals("then", second.value());
        assertEquals(Set.of("e:models/a", "f:models/summary/b"), first.reads());
        assertEquals(first.reads(), second.reads());
        Reads.record(() -> memo.get(2025, make));
        assertEquals(2, made[0]);
        // used twice, 2024's result was let go: a third asker makes it again, with its reads
        Reads.Recorded<String> third = Reads.record(() -> memo.get(2024, make));
        assertEquals(3, made[0]);
        assertEquals(first.reads(), third.reads());
    }

    @Test
    void aMemoWithoutAUseCountKeepsEveryResultAndTellsEveryAskerItsReads() {
        Reads.Memo<String, String> memo = new Reads.Memo<>();
        int[] made = new int[1];
        java.util.function.Supplier<String> make =
                () -> {
                    made[0]++;
                    Reads.note("e:capabilities/recall");
                    return "Recall";
                };
        for (int i = 0; i < 5; i++) {
            Reads.Recorded<String> r = Reads.record(() -> memo.get("recall", make));
            assertEquals("Recall", r.value());
            assertEquals(Set.of("e:capabilities/recall"), r.reads());
        }
        assertEquals(1, made[0]);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new Reads.Memo<String, String>(0));
    }

    private static List<String> sorted(Set<String> names) {
        return List.copyOf(new TreeSet<>(names));
    }
}
