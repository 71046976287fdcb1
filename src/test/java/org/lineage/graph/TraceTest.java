package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.graph.Trace.PathStep;
import org.lineage.graph.Trace.Via;
import org.lineage.model.Change;
import org.lineage.model.Confidence;
import org.lineage.testutil.Fixture;

class TraceTest {
    static Fixture fx;

    @BeforeAll
    static void load(@TempDir Path dir) {
        fx = Fixture.load(dir);
    }

    private static List<String> models(Trace.Path p) {
        return p.steps().stream().map(PathStep::model).toList();
    }

    @Test
    void followsEveryLineFromTheGainThroughGainsAndLossesOfSeveralParents() {
        Trace t = Trace.of(fx.graph(), "merged", "reason");

        assertEquals(Optional.of(Change.WEAKENED), t.state(), "the stronger line (-) wins over --");
        assertEquals(2, t.pathCount());
        assertFalse(t.truncated());
        // Parents in lineage order: tuner (2020/2021-02) sorts before coder (2020-05).
        assertEquals(List.of("root", "tuner", "merged"), models(t.paths().get(0)));
        assertEquals(List.of("root", "coder", "merged"), models(t.paths().get(1)));

        List<PathStep> viaCoder = t.paths().get(1).steps();
        assertEquals(
                new PathStep(
                        "root",
                        Optional.of(Change.GAINED),
                        Optional.empty(),
                        Optional.empty(),
                        Change.GAINED),
                viaCoder.get(0));
        assertEquals(
                new PathStep(
                        "coder",
                        Optional.of(Change.WEAKENED),
                        Optional.of("why"),
                        Optional.of(
                                new Via(
                                        "root",
                                        "pretrain",
                                        Confidence.DOCUMENTED,
                                        Optional.of("why"))),
                        Change.WEAKENED),
                viaCoder.get(1));
        assertEquals(
                new PathStep(
                        "merged",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(
                                new Via(
                                        "coder",
                                        "merge",
                                        Confidence.EDUCATED_GUESS,
                                        Optional.empty())),
                        Change.WEAKENED),
                viaCoder.get(2));

        List<PathStep> viaTuner = t.paths().get(0).steps();
        assertEquals(Optional.of(Change.SACRIFICED), viaTuner.get(1).change());
        assertEquals(
                Optional.of(new Via("root", "tune", Confidence.HYPOTHESIS, Optional.empty())),
                viaTuner.get(1).via());
        assertEquals(
                Optional.of(new Via("tuner", "tune", Confidence.OPEN_QUESTION, Optional.empty())),
                viaTuner.get(2).via());
    }

    @Test
    void endsWithTheModelsOwnChangeWhenItMakesOne() {
        Trace t = Trace.of(fx.graph(), "late", "reason");

        assertEquals(Optional.of(Change.ABSENT), t.state());
        assertEquals(2, t.paths().size());
        for (Trace.Path p : t.paths()) {
            PathStep last = p.steps().get(p.steps().size() - 1);
            assertEquals("late", last.model());
            assertEquals(Optional.of(Change.ABSENT), last.change());
            assertEquals("tune", last.via().orElseThrow().method());
            assertEquals(Confidence.CONCLUSION, last.via().orElseThrow().confidence());
        }
    }

    @Test
    void startsWhereTheAbilityEnteredTheLineageNotAtTheRoot() {
        Trace t = Trace.of(fx.graph(), "merged", "code");

        assertEquals(Optional.of(Change.STRENGTHENED), t.state());
        assertEquals(1, t.paths().size(), "the tuner line never carried code");
        assertEquals(List.of("coder", "merged"), models(t.paths().get(0)));
        assertEquals(Optional.of(Change.GAINED), t.paths().get(0).steps().get(0).change());
    }

    @Test
    void keepsEveryGainWhenTwoParentsGainedTheAbilityIndependently() {
        Trace t = Trace.of(fx.graph(), "merged", "see");

        assertEquals(2, t.paths().size());
        assertEquals(List.of("tuner", "merged"), models(t.paths().get(0)));
        assertEquals(List.of("coder", "merged"), models(t.paths().get(1)));
        assertTrue(
                t.paths().stream()
                        .allMatch(
                                p -> p.steps().get(0).change().equals(Optional.of(Change.GAINED))));
    }

    @Test
    void isEmptyForACapabilityNothingOnTheAncestryMentions() {
        Trace t = Trace.of(fx.graph(), "coder", "talk");
        assertEquals(Optional.of(Change.GAINED), t.state(), "inherited from root");
        Trace none = Trace.of(fx.graph(), "open", "code");

        assertEquals(Optional.empty(), none.state());
        assertEquals(List.of(), none.paths());
        assertEquals(0, none.pathCount());
    }

    @Test
    void listsOneTracePerCapabilityTheModelHolds() {
        List<Trace> all = Trace.all(fx.graph(), "merged");

        assertEquals(
                List.of("code", "reason", "see", "talk"),
                all.stream().map(Trace::capability).toList());
        assertEquals(Optional.of(Change.STRENGTHENED), all.get(3).state(), "++ via tuner wins");
    }
}
