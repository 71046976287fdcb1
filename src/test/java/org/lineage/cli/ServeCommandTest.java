package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.serve.DevServer;
import org.lineage.testutil.InlineSite;
import picocli.CommandLine;

class ServeCommandTest {
    private static final String SITE =
            """
            --- site.yaml
            title: {en: "Serve test", zh: "预览测试"}
            base_url: https://example.org/kb/
            languages: [en, zh]
            --- models/alpha.yaml
            name: Alpha
            organization: Org
            summary: {en: "The first model.", zh: "第一个模型。"}
            --- models/alpha.en.md
            First version of the text.
            --- models/alpha.zh.md
            第一版正文。
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A running {@code serve}: the command, its console, its run and its server. */
    private record Serving(
            ServeCommand cmd,
            StringWriter console,
            CompletableFuture<Integer> run,
            DevServer server) {}

    /** Starts {@code serve} on {@code content} into {@code out}, on a free port. */
    private static Serving serve(Path content, Path out) throws Exception {
        ServeCommand cmd = new ServeCommand();
        CompletableFuture<DevServer> up = new CompletableFuture<>();
        cmd.started = up::complete;
        StringWriter console = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(console, true));
        cl.setErr(new PrintWriter(console, true));
        CompletableFuture<Integer> run =
                CompletableFuture.supplyAsync(
                        () ->
                                cl.execute(
                                        "--content", content.toString(),
                                        "--out", out.toString(),
                                        "--port", "0"));
        return new Serving(cmd, console, run, up.get(60, TimeUnit.SECONDS));
    }

    private String page(DevServer s, String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(s.uri().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    @Timeout(120)
    void warmsUpWhileIdleWithoutAnEventAndAnEditStillReloads(@TempDir Path dir) throws Exception {
        Path content = InlineSite.write(dir.resolve("content"), SITE);
        Path out = dir.resolve("out");
        Serving serving = serve(content, out);
        DevServer server = serving.server();
        try {
            var conn = server.uri().resolve("/__lineage/events").toURL().openConnection();
            conn.setReadTimeout(60_000);
            java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (BufferedReader events =
                    new BufferedReader(
                            new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals(": connected", events.readLine());
                Thread reader =
                        new Thread(
                                () -> {
                                    try {
                                        for (String l = events.readLine();
                                                l != null;
                                                l = events.readLine()) {
                                            lines.add(l);
                                        }
                                    } catch (java.io.IOException e) {
                                        // closed
                                    }
                                });
                reader.setDaemon(true);
                reader.start();
                Path page = out.resolve("en/models/alpha/index.html");
                String before = Files.readString(page);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (serving.cmd().rehearsals() < ServeCommand.WARM_UP_REHEARSALS
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(ServeCommand.WARM_UP_REHEARSALS, serving.cmd().rehearsals());
                Thread.sleep(200);
                assertTrue(
                        lines.stream().noneMatch(l -> l.startsWith("data:")),
                        "an event during the warm-up: " + lines);
                assertFalse(serving.console().toString().contains("rebuilt in"));
                assertEquals(before, Files.readString(page));
                Files.writeString(
                        content.resolve("models/alpha.en.md"), "Second version of the text.\n");
                while (lines.stream().noneMatch(l -> l.startsWith("data:"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(lines.contains("data: reload"), lines.toString());
            }
            assertTrue(page(server, "en/models/alpha/").contains("Second version of the text."));
        } finally {
            serving.cmd().stop.countDown();
            serving.run().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(120)
    void rebuildsOnEditReloadsPagesAndKeepsTheLastGoodSiteWhenContentBreaks(@TempDir Path dir)
            throws Exception {
        Path content = InlineSite.write(dir.resolve("content"), SITE);
        Serving serving = serve(content, dir.resolve("out"));
        ServeCommand cmd = serving.cmd();
        StringWriter console = serving.console();
        CompletableFuture<Integer> run = serving.run();
        DevServer server = serving.server();
        try {
            assertEquals("/kb/", server.uri().getPath());
            HttpResponse<String> root =
                    http.send(
                            HttpRequest.newBuilder(server.uri().resolve("/")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(302, root.statusCode());
            assertEquals("/kb/", root.headers().firstValue("location").orElseThrow());
            assertTrue(page(server, "en/models/alpha/").contains("First version of the text."));
            var conn = server.uri().resolve("/__lineage/events").toURL().openConnection();
            conn.setReadTimeout(60_000);
            try (BufferedReader events =
                    new BufferedReader(
                            new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals(": connected", events.readLine());
                Files.writeString(
                        content.resolve("models/alpha.en.md"), "Second version of the text.\n");
                String line;
                do {
                    line = events.readLine();
                } while (line != null && !line.startsWith("data:"));
                assertEquals("data: reload", line);
            }
            assertTrue(page(server, "en/models/alpha/").contains("Second version of the text."));
            // the warning the first build printed is counted after the edit, not printed again
            long deadline0 = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!console.toString().contains("rebuilt in") && System.nanoTime() < deadline0) {
                Thread.sleep(20);
            }
            String log = console.toString();
            assertEquals(1, log.split("warning\\[unreferenced\\]", -1).length - 1, log);
            assertTrue(log.contains("(1 diagnostic printed before, not repeated)"), log);

            Files.writeString(content.resolve("models/alpha.yaml"), "name: [unclosed\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!console.toString().contains("the last good site is still being served")
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(console.toString().contains("error[yaml-syntax]"), console::toString);
            assertTrue(page(server, "en/models/alpha/").contains("Second version of the text."));

            // a page opened now shows the problems, and reloads once they are fixed
            var again = server.uri().resolve("/__lineage/events").toURL().openConnection();
            again.setReadTimeout(60_000);
            try (BufferedReader events =
                    new BufferedReader(
                            new InputStreamReader(
                                    again.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals(": connected", events.readLine());
                String line;
                do {
                    line = events.readLine();
                } while (line != null && !line.startsWith("data:"));
                assertTrue(
                        line.contains("\"where\":\"" + content + "/models/alpha.yaml:2:1\""), line);
                assertTrue(line.contains("\"code\":\"yaml-syntax\""), line);
                Files.writeString(
                        content.resolve("models/alpha.yaml"),
                        "name: Alpha\norganization: Org\n"
                                + "summary: {en: \"The first model.\", zh: \"第一个模型。\"}\n");
                do {
                    line = events.readLine();
                } while (line != null && !line.startsWith("data:"));
                assertEquals("data: reload", line);
            }
            assertTrue(page(server, "en/models/alpha/").contains("Second version of the text."));
        } finally {
            cmd.stop.countDown();
        }
        assertEquals(Main.OK, run.get(30, TimeUnit.SECONDS));
        assertFalse(console.toString().contains("Exception"), console::toString);
    }

    @Test
    @Timeout(120)
    void aFileChangedByHandInTheOutputIsPutRightWhileIdle(@TempDir Path dir) throws Exception {
        Path content = InlineSite.write(dir.resolve("content"), SITE);
        Path out = dir.resolve("out");
        Serving serving = serve(content, out);
        ServeCommand cmd = serving.cmd();
        StringWriter console = serving.console();
        CompletableFuture<Integer> run = serving.run();
        try {
            Path page = out.resolve("en/models/alpha/index.html");
            Files.writeString(page, "edited by hand");
            Files.writeString(out.resolve("stray.html"), "left by hand");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((Files.readString(page).equals("edited by hand")
                            || Files.exists(out.resolve("stray.html")))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.readString(page).contains("First version of the text."));
            assertFalse(Files.exists(out.resolve("stray.html")), "a stray file is removed");
            assertTrue(
                    console.toString().contains("changed by hand; rebuilding"), console::toString);
        } finally {
            cmd.stop.countDown();
        }
        assertEquals(Main.OK, run.get(30, TimeUnit.SECONDS));
    }

    @Test
    void theOutputIsNotReadForFilesChangedByHandWhileEditsComeQuickly() {
        assertEquals(
                ServeCommand.CHECK_OUTPUT_MILLIS,
                ServeCommand.outputCheckWait(0),
                "just after a rebuild");
        assertEquals(1500, ServeCommand.outputCheckWait(ServeCommand.CHECK_OUTPUT_MILLIS - 1500));
        assertEquals(0, ServeCommand.outputCheckWait(ServeCommand.CHECK_OUTPUT_MILLIS));
        assertEquals(
                0, ServeCommand.outputCheckWait(java.util.concurrent.TimeUnit.DAYS.toMillis(1)));
    }
}
