package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The GitHub Actions workflows, tested offline: each passes the workflow JSON Schema (SchemaStore's
 * github-workflow.json, kept in the test resources), checks out the whole history, and calls only
 * commands and options the {@code lineage} command line has.
 */
class WorkflowsTest {
    private static final Path WORKFLOWS = Path.of(".github/workflows");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(SchemaLocation.of("classpath:schema/github-workflow.json"));
    private static final String TOOL = "java -jar target/lineage.jar ";

    static List<Path> workflows() throws IOException {
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @Test
    void thereAreAPullRequestAndAPublishWorkflow() throws IOException {
        assertEquals(
                List.of("publish.yml", "pull-request.yml"),
                workflows().stream().map(p -> p.getFileName().toString()).toList());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void passesTheWorkflowSchema(Path workflow) throws IOException {
        List<Error> errors = SCHEMA.validate(YAML.readTree(workflow.toFile()));
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theSchemaRefusesAMistake() throws IOException {
        ObjectNode w = (ObjectNode) YAML.readTree(WORKFLOWS.resolve("pull-request.yml").toFile());
        ((ObjectNode) w.get("jobs").get("check")).put("runs-on", "ubuntu-latests");
        assertFalse(SCHEMA.validate(w).isEmpty(), "a misspelt runner");
        ObjectNode v = (ObjectNode) YAML.readTree(WORKFLOWS.resolve("publish.yml").toFile());
        ((ObjectNode) v.get("permissions")).put("pages", "admin");
        assertFalse(SCHEMA.validate(v).isEmpty(), "a permission level that does not exist");
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void checksOutTheWholeHistory(Path workflow) throws IOException {
        int checkouts = 0;
        for (JsonNode step : steps(workflow)) {
            if (step.path("uses").asText().startsWith("actions/checkout@")) {
                checkouts++;
                assertEquals(
                        0, step.path("with").path("fetch-depth").asInt(-1), workflow.toString());
            }
        }
        assertEquals(1, checkouts, workflow.toString());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void callsOnlyCommandsAndOptionsTheToolHas(Path workflow) throws IOException {
        List<String[]> calls = calls(workflow);
        assertFalse(calls.isEmpty(), workflow + " calls the tool");
        for (String[] args : calls) {
            // parsing fails on an unknown command, option or option value
            new CommandLine(new Main()).parseArgs(args);
            MainTest.Run run = MainTest.run(args[0], "--help");
            assertEquals(0, run.exit(), String.join(" ", args));
            assertTrue(run.out().contains("Usage: lineage " + args[0]), run.out());
        }
    }

    @Test
    void thePullRequestWorkflowChecksBuildsLinkChecksAndKeepsTheSite() throws IOException {
        Path w = WORKFLOWS.resolve("pull-request.yml");
        List<String> commands = calls(w).stream().map(a -> String.join(" ", a)).toList();
        assertEquals(3, commands.size(), commands.toString());
        assertTrue(commands.get(0).startsWith("check "), commands.get(0));
        assertTrue(
                commands.get(0).contains("--strict")
                        && commands.get(0).contains("--format github"));
        assertTrue(
                commands.get(1).startsWith("build ")
                        && commands.get(1).contains("--out target/site"));
        assertTrue(
                commands.get(2).startsWith("check-links ")
                        && commands.get(2).contains("--site target/site"));
        JsonNode upload =
                steps(w).stream()
                        .filter(s -> s.path("uses").asText().startsWith("actions/upload-artifact@"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("target/site", upload.path("with").path("path").asText());
        JsonNode on = YAML.readTree(w.toFile()).get("on");
        assertTrue(on.has("pull_request"));
    }

    @Test
    void thePublishWorkflowRunsOnAnEditionTagAndPublishesTheCheckedSite() throws IOException {
        Path w = WORKFLOWS.resolve("publish.yml");
        JsonNode doc = YAML.readTree(w.toFile());
        assertEquals("kb-*", doc.get("on").get("push").get("tags").get(0).asText());
        assertEquals("write", doc.get("permissions").get("pages").asText());
        assertEquals("write", doc.get("permissions").get("id-token").asText());
        List<String> commands = calls(w).stream().map(a -> String.join(" ", a)).toList();
        assertTrue(commands.get(0).startsWith("build "), commands.toString());
        assertTrue(commands.get(1).startsWith("check-links --site site"), commands.toString());
        List<JsonNode> steps = steps(w);
        assertTrue(
                steps.stream()
                        .anyMatch(s -> s.path("run").asText().contains("diff -r target/site site")),
                "site/ must be the build of content/");
        JsonNode upload =
                steps.stream()
                        .filter(
                                s ->
                                        s.path("uses")
                                                .asText()
                                                .startsWith("actions/upload-pages-artifact@"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("site", upload.path("with").path("path").asText());
        assertTrue(
                steps.stream()
                        .anyMatch(
                                s -> s.path("uses").asText().startsWith("actions/deploy-pages@")));
    }

    private static List<JsonNode> steps(Path workflow) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        YAML.readTree(workflow.toFile())
                .get("jobs")
                .forEach(job -> job.path("steps").forEach(out::add));
        return out;
    }

    /** The arguments of every call of the tool in the workflow's run steps. */
    private static List<String[]> calls(Path workflow) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (JsonNode step : steps(workflow)) {
            for (String line : step.path("run").asText().split("\n")) {
                String l = line.strip();
                if (l.startsWith(TOOL)) {
                    out.add(l.substring(TOOL.length()).split("\\s+"));
                }
            }
        }
        return out;
    }
}
