package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lineage.scaffold.Scaffold;
import org.lineage.scaffold.Skeleton;
import org.lineage.testutil.InlineSite;

/** What {@code lineage new} writes passes the schema an editor checks it against as it is typed. */
class SkeletonSchemaTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "model, model",
        "family, family",
        "capability, capability",
        "method, method",
        "claim, claim",
        "source, source",
        "term, term"
    })
    void theYamlSkeletonPassesItsSchema(String kind, String schema) {
        Scaffold.Outcome o = Scaffold.plan(InlineSite.shippedContent(), kind, "fresh-id", 2026);
        Skeleton s = assertInstanceOf(Scaffold.Planned.class, o).skeleton();
        Skeleton.NewFile yaml = s.files().get(0);
        assertEquals(true, yaml.path().endsWith("/fresh-id.yaml"), yaml.path());
        assertEquals(List.of(), ContentSchemas.validate(schema, yaml.text()), yaml.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"model", "claim", "source"})
    void uncommentingTheOptionalKeysKeepsTheFileParsable(String kind) {
        Scaffold.Outcome o = Scaffold.plan(Path.of("content"), kind, "fresh-id", 2026);
        Skeleton s = assertInstanceOf(Scaffold.Planned.class, o).skeleton();
        String uncommented =
                s.files().get(0).text().replaceAll("(?m)^# (?!yaml-language-server)", "");
        // the examples are well-formed YAML of the right shapes; only their ids are made up
        List<String> errors = ContentSchemas.validate(kind, uncommented);
        assertEquals(List.of(), errors, uncommented);
    }
}
