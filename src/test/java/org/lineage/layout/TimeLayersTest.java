package org.lineage.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lineage.model.DateSpec;

class TimeLayersTest {
    private static Optional<DateSpec> d(String s) {
        return Optional.of(DateSpec.parse(s));
    }

    @Test
    void givesEachYearItsOwnLayersAndChainsWithinAYearTheirOwnSteps() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("a", "b", "c", "d"),
                        Map.of("b", List.of("a"), "c", List.of("b")),
                        Map.of(
                                "a",
                                d("2019"),
                                "b",
                                d("2020-01"),
                                "c",
                                d("2020-06"),
                                "d",
                                d("2021")),
                        8);

        assertEquals(Map.of("a", 0, "b", 1, "c", 2, "d", 3), t.layer());
        assertEquals(List.of(2019, 2020, 2021), t.years());
    }

    @Test
    void drawsAnUndatedModelInItsLatestParentsYearAfterThatParent() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("a", "b", "u", "c"),
                        Map.of("u", List.of("a", "b"), "c", List.of("u")),
                        Map.of(
                                "a",
                                d("2019"),
                                "b",
                                d("2020"),
                                "u",
                                Optional.empty(),
                                "c",
                                d("2022")),
                        8);

        assertEquals(Optional.of(2020), t.year().get("u"));
        assertEquals(2, t.layer().get("u"));
        assertEquals(3, t.layer().get("c"));
    }

    @Test
    void givesAnUndatedRootTheYearOfItsEarliestChild() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("x", "u", "c", "e"),
                        Map.of("c", List.of("u"), "e", List.of("u")),
                        Map.of(
                                "x",
                                d("2018"),
                                "u",
                                Optional.empty(),
                                "c",
                                d("2021"),
                                "e",
                                d("2020")),
                        8);

        assertEquals(Optional.of(2020), t.year().get("u"));
        assertEquals(Optional.of(2021), t.year().get("c"));
        assertEquals(Map.of("x", 0, "u", 1, "e", 2, "c", 3), t.layer());
    }

    @Test
    void drawsAModelDatedBeforeItsParentInThatParentsYear() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("p", "c"),
                        Map.of("c", List.of("p")),
                        Map.of("p", d("2021"), "c", d("2020")),
                        8);

        assertEquals(Optional.of(2021), t.year().get("c"));
        assertEquals(1, t.layer().get("c"));
    }

    @Test
    void opensMoreLayersForAYearThanOneLayerCanHold() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("p", "a", "b", "c", "x", "y"),
                        Map.of("a", List.of("p"), "b", List.of("p"), "c", List.of("p")),
                        Map.of(
                                "p", d("2019"),
                                "a", d("2020"),
                                "b", d("2020"),
                                "c", d("2020"),
                                "x", d("2020"),
                                "y", d("2021")),
                        2);

        assertEquals(Map.of("p", 0, "a", 1, "b", 1, "c", 2, "x", 2, "y", 3), t.layer());
    }

    @Test
    void spreadsModelsWithoutEdgesOverTheirYearsLayers() {
        TimeLayers t =
                TimeLayers.assign(
                        List.of("a", "b", "c", "x", "y", "z"),
                        Map.of("b", List.of("a"), "c", List.of("b")),
                        Map.of(
                                "a", d("2020-01"),
                                "b", d("2020-02"),
                                "c", d("2020-03"),
                                "x", d("2020"),
                                "y", d("2020"),
                                "z", d("2020")),
                        8);

        assertEquals(
                List.of(0, 1, 2),
                List.of(t.layer().get("x"), t.layer().get("y"), t.layer().get("z")));
    }
}
