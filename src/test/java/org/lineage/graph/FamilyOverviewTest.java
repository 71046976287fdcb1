package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.testutil.Fixture;

class FamilyOverviewTest {
    @Test
    void countsEachFamilysModelsYearsAndTheEdgesComingInFromOtherFamilies(@TempDir Path dir) {
        Fixture fx = Fixture.load(dir);
        FamilyOverview o = FamilyOverview.of(fx.kb(), fx.graph());

        assertEquals(1, o.unaffiliated(), "open has no family");
        assertEquals(
                new FamilyOverview.Row(
                        "alpha", 3, OptionalInt.of(2019), OptionalInt.of(2022), Map.of()),
                o.families().get(0));
        assertEquals(
                new FamilyOverview.Row(
                        "beta", 4, OptionalInt.of(2020), OptionalInt.of(2021), Map.of("alpha", 2)),
                o.families().get(1));
    }
}
