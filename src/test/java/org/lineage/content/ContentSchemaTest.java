package org.lineage.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lineage.model.Access;
import org.lineage.model.Change;
import org.lineage.model.Confidence;
import org.lineage.model.Keyed;
import org.lineage.model.Kind;
import org.lineage.model.SourceType;
import org.lineage.model.Stance;
import org.lineage.testutil.InlineSite;

/**
 * The JSON Schemas of the content files accept the shipped knowledge base and follow the loader.
 */
class ContentSchemaTest {
    private static final List<String> KINDS =
            List.of("site", "family", "model", "capability", "method", "claim", "source", "term");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "defs",
                "site",
                "family",
                "model",
                "capability",
                "method",
                "claim",
                "source",
                "term"
            })
    void everySchemaIsAValidDraft202012Schema(String kind) {
        var meta =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(
                                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(ContentSchemas.raw(kind));
        assertTrue(errors.isEmpty(), kind + ": " + errors);
    }

    @Test
    void everyShippedContentFileMatchesTheSchemaOfItsKind() throws IOException {
        Path content = InlineSite.shippedContent();
        TreeMap<String, Integer> checked = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        check(content.resolve("site.yaml"), "site", checked, failures);
        for (Kind kind : Kind.values()) {
            if (kind == Kind.PAGE) {
                continue;
            }
            try (Stream<Path> files = Files.list(content.resolve(kind.dir()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    check(f, kind.singular(), checked, failures);
                }
            }
        }
        assertEquals(new TreeSet<>(KINDS), checked.keySet(), "every kind has shipped files");
        assertTrue(
                checked.values().stream().mapToInt(Integer::intValue).sum() > 100,
                "the whole knowledge base was read: " + checked);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    private static void check(
            Path file, String kind, TreeMap<String, Integer> checked, List<String> failures)
            throws IOException {
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        for (String error : ContentSchemas.validate(kind, yaml)) {
            failures.add(file + ":" + error);
        }
        checked.merge(kind, 1, Integer::sum);
    }

    private static final String MODEL =
            """
            name: code-davinci-002
            organization: OpenAI
            summary: {en: "The GPT-3.5 base model.", zh: "GPT-3.5 的基础模型。"}
            parents:
              - model: code-cushman-001
                method: code-and-text-training
                confidence: %s
            %s
            """;

    @Test
    void schemaAcceptsAWellFormedModel() {
        assertEquals(
                List.of(),
                ContentSchemas.validate(
                        "model", MODEL.formatted("educated-guess", "access: retired")));
    }

    @Test
    void schemaRejectsAnUnknownKeyAndNamesIt() {
        List<String> errors =
                ContentSchemas.validate(
                        "model", MODEL.formatted("educated-guess", "releasd: 2022-04"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("releasd"), errors.toString());
        assertTrue(errors.get(0).startsWith("8:"), "reported on the key's line: " + errors);
        assertTrue(
                ContentSchemas.validate("model", MODEL.formatted("educated-guess", "")).isEmpty(),
                "the same file without the key is valid");
    }

    @Test
    void schemaRejectsAConfidenceOutsideTheScale() {
        List<String> errors =
                ContentSchemas.validate("model", MODEL.formatted("likely", "access: retired"));
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith("7:17: /parents/0/confidence: ")),
                "reported at the value: " + errors);
    }

    @Test
    void schemaKeysAreTheKeysTheLoaderReads() {
        assertKeys(SiteReader.KEYS, ContentSchemas.raw("site"));
        assertKeys(EntityReader.FAMILY_KEYS, ContentSchemas.raw("family"));
        assertKeys(EntityReader.MODEL_KEYS, ContentSchemas.raw("model"));
        assertKeys(EntityReader.PARENT_KEYS, ContentSchemas.raw("model").at("/$defs/parent"));
        assertKeys(
                EntityReader.CHANGE_KEYS,
                ContentSchemas.raw("model").at("/$defs/capabilityChange"));
        assertKeys(EntityReader.NAMED_KEYS, ContentSchemas.raw("capability"));
        assertKeys(EntityReader.NAMED_KEYS, ContentSchemas.raw("method"));
        assertKeys(EntityReader.CLAIM_KEYS, ContentSchemas.raw("claim"));
        assertKeys(EntityReader.EVIDENCE_KEYS, ContentSchemas.raw("claim").at("/$defs/evidence"));
        assertKeys(
                EntityReader.CORRECTION_KEYS, ContentSchemas.raw("claim").at("/$defs/correction"));
        assertKeys(EntityReader.SOURCE_KEYS, ContentSchemas.raw("source"));
        assertKeys(EntityReader.TERM_KEYS, ContentSchemas.raw("term"));
        assertKeys(EntityReader.ABOUT_KEYS, ContentSchemas.raw("defs").at("/$defs/about"));
    }

    private static void assertKeys(List<String> loader, JsonNode schema) {
        Set<String> keys = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(loader), keys);
        assertEquals(false, schema.get("additionalProperties").asBoolean(true), "closed: " + keys);
    }

    @Test
    void schemaVocabulariesAreTheLoaderVocabularies() {
        JsonNode defs = ContentSchemas.raw("defs").get("$defs");
        assertEquals(Keyed.keys(Confidence.class), words(defs.at("/confidence/enum")));
        assertEquals(
                new TreeSet<>(Change.symbols()), new TreeSet<>(words(defs.at("/change/enum"))));
        assertEquals(
                Keyed.keys(Access.class),
                words(ContentSchemas.raw("model").at("/properties/access/anyOf/0/enum")));
        assertEquals(
                Keyed.keys(SourceType.class),
                words(ContentSchemas.raw("source").at("/properties/type/enum")));
        assertEquals(
                Keyed.keys(Stance.class),
                words(ContentSchemas.raw("claim").at("/$defs/evidence/properties/stance/enum")));
    }

    private static List<String> words(JsonNode array) {
        assertTrue(array.isArray() && !array.isEmpty(), "an enum: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void idPatternIsTheLoaderIdRule() {
        assertEquals(
                "^" + Ids.RULE + "$",
                ContentSchemas.raw("defs").at("/$defs/id/anyOf/0/pattern").asText());
    }
}
