package org.lineage.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content-file JSON Schemas as an editor would use them: YAML read by Jackson into
 * location-aware nodes, each file validated against the schema of its kind, each error with its
 * line and column.
 */
final class ContentSchemas {
    /**
     * Where the schemas live on the classpath (and in the source tree under src/main/resources).
     */
    static final String DIR = "schema/content/";

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final NodeReader YAML =
            NodeReader.builder().yamlMapper(new YAMLMapper()).locationAware().build();
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private ContentSchemas() {}

    /** The schema of {@code kind} ({@code site}, {@code model}, {@code term}, ...). */
    static Schema schema(String kind) {
        return CACHE.computeIfAbsent(
                kind,
                k ->
                        REGISTRY.getSchema(
                                SchemaLocation.of("classpath:" + DIR + k + ".schema.json")));
    }

    /** The schema file itself as JSON, for tests that compare it with the loader. */
    static JsonNode raw(String kind) {
        try (InputStream in =
                ContentSchemas.class
                        .getClassLoader()
                        .getResourceAsStream(DIR + kind + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("no schema for " + kind);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema error in {@code yaml}, each as {@code line:column: /pointer: message}. */
    static List<String> validate(String kind, String yaml) {
        JsonNode doc;
        try {
            doc = YAML.readTree(yaml, InputFormat.YAML);
        } catch (IOException e) {
            return List.of("not YAML: " + e.getMessage());
        }
        return schema(kind).validate(doc).stream().map(ContentSchemas::describe).toList();
    }

    private static String describe(Error e) {
        JsonNode at = e.getInstanceNode();
        // An unknown key is an error of the map that holds it; point at the key's own value.
        if (at != null && e.getProperty() != null && at.has(e.getProperty())) {
            at = at.get(e.getProperty());
        }
        JsonLocation loc = at == null ? null : JsonNodes.tokenStreamLocationOf(at);
        String where = loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
        return where + e.getInstanceLocation() + ": " + e.getMessage();
    }
}
