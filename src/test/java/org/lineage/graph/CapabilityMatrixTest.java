package org.lineage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.model.Change;
import org.lineage.testutil.Fixture;

class CapabilityMatrixTest {
    static Fixture fx;

    @BeforeAll
    static void load(@TempDir Path dir) {
        fx = Fixture.load(dir);
    }

    @Test
    void ordersModelsByLineageAndCapabilitiesByTheirFirstChange() {
        CapabilityMatrix m = CapabilityMatrix.of(fx.kb(), fx.graph());

        for (String child : Fixture.PARENTS.keySet()) {
            for (String parent : Fixture.PARENTS.get(child)) {
                assertTrue(m.models().indexOf(parent) < m.models().indexOf(child));
            }
        }
        assertEquals(List.of("reason", "talk", "see", "code", "unused"), m.capabilities());
    }

    @Test
    void marksExplicitChangesAndNamesTheStepThatDecidedAnInheritedState() {
        CapabilityMatrix m = CapabilityMatrix.of(fx.kb(), fx.graph());

        CapabilityMatrix.Cell coder = m.cell("reason", "coder").orElseThrow();
        assertEquals(Change.WEAKENED, coder.state());
        assertTrue(coder.explicit());
        assertEquals(Optional.of("why"), coder.step().claim());

        CapabilityMatrix.Cell merged = m.cell("reason", "merged").orElseThrow();
        assertEquals(Change.WEAKENED, merged.state());
        assertFalse(merged.explicit());
        assertEquals("coder", merged.step().model());

        assertEquals(Optional.empty(), m.cell("code", "root"));
        assertEquals(
                Map.of(
                        "root",
                        Change.GAINED,
                        "coder",
                        Change.WEAKENED,
                        "tuner",
                        Change.SACRIFICED,
                        "late",
                        Change.ABSENT),
                m.explicitChanges().get("reason"));
    }

    @Test
    void writesRfc4180CsvWithOneRowPerCapability() throws Exception {
        CapabilityMatrix m = CapabilityMatrix.of(fx.kb(), fx.graph());
        String csv = MatrixCsv.write(m, fx.kb());

        assertTrue(csv.endsWith("\r\n"), "CRLF line ends");
        assertTrue(
                csv.contains("\"Coding, \"\"well\"\"\""), "quotes doubled inside a quoted field");
        List<CSVRecord> rows =
                CSVFormat.RFC4180.builder().get().parse(new StringReader(csv)).getRecords();
        assertEquals(1 + m.capabilities().size(), rows.size());
        List<String> header = rows.get(0).toList();
        assertEquals(List.of("capability", "name_en", "name_zh"), header.subList(0, 3));
        assertEquals(m.models(), header.subList(3, header.size()));
        CSVRecord reason = rows.get(1);
        assertEquals("reason", reason.get(0));
        assertEquals("推理", reason.get(2));
        assertEquals("-", reason.get(3 + m.models().indexOf("coder")));
        assertEquals("(-)", reason.get(3 + m.models().indexOf("merged")));
        assertEquals("absent", reason.get(3 + m.models().indexOf("late")));
        assertEquals("", reason.get(3 + m.models().indexOf("open")));
        assertEquals(csv, MatrixCsv.write(CapabilityMatrix.of(fx.kb(), fx.graph()), fx.kb()));
    }

    @Test
    void holdsEveryModelsStateOfEveryCapabilityAsTheGraphGivesIt(@TempDir Path dir) {
        Fixture g = Fixture.load(dir, org.lineage.testutil.Generated.withAnalogues(250, 5));
        CapabilityMatrix m = CapabilityMatrix.of(g.kb(), g.graph());
        int cells = 0;
        for (String c : g.kb().capabilities().keySet()) {
            for (String model : g.kb().models().keySet()) {
                Optional<org.lineage.graph.NetState> s = g.graph().state(model, c);
                Optional<CapabilityMatrix.Cell> cell = m.cell(c, model);
                assertEquals(s.isPresent(), cell.isPresent(), c + " in " + model);
                if (s.isPresent()) {
                    cells++;
                    assertEquals(s.get().state(), cell.get().state(), c + " in " + model);
                    assertEquals(s.get().own(), cell.get().explicit(), c + " in " + model);
                    assertTrue(s.get().steps().contains(cell.get().step()), c + " in " + model);
                }
            }
        }
        assertTrue(cells > 100, cells + " cells");
    }
}
