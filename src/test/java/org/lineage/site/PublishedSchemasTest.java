package org.lineage.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.export.ContentSchemaFiles;
import org.lineage.render.TemplateSource;
import org.lineage.testutil.InlineSite;
import org.lineage.testutil.SiteFixtures;
import org.lineage.testutil.StaticSite;

/**
 * The content schemas are published at {@code /schema/content/<name>.schema.json}, byte for byte as
 * in the source tree, and work from there: their references to each other resolve beside them.
 */
class PublishedSchemasTest {
    @Test
    void everySchemaIsPublishedAndUsableWhereItIs(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        BuildOutcome o =
                SiteBuild.run(
                        new SiteBuild.Options(
                                InlineSite.write(tmp.resolve("content"), SiteFixtures.SMALL),
                                "content/",
                                site,
                                false,
                                TemplateSource.packaged()));
        assertInstanceOf(BuildOutcome.Built.class, o, () -> TestBuilds.describe(o));
        for (String name : ContentSchemaFiles.NAMES) {
            Path published = site.resolve("schema/content/" + name + ".schema.json");
            try (InputStream in =
                    getClass().getResourceAsStream("/schema/content/" + name + ".schema.json")) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(published), name);
            }
        }

        // as an editor's language server does: fetch the schema over HTTP, and its
        // definitions from beside it
        SchemaRegistry registry =
                SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaLoader(l -> l.fetchRemoteResources()));
        try (StaticSite served = StaticSite.serve(site)) {
            Schema model =
                    registry.getSchema(
                            SchemaLocation.of(served.url("schema/content/model.schema.json")));
            check(model);
        }
    }

    private static void check(Schema model) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode good =
                yaml.readTree(
                        "name: x\norganization: Lab\nsummary: {en: \"A.\", zh: \"甲。\"}\n"
                                + "released: 2022-11\nparents: [{model: y, method: m, confidence:"
                                + " hypothesis}]\n");
        assertEquals(List.of(), model.validate(good));
        JsonNode bad = yaml.readTree("name: x\norganization: Lab\nsummary: A.\naccess: public\n");
        assertFalse(model.validate(bad).isEmpty(), "a value outside the vocabulary is refused");
    }
}
