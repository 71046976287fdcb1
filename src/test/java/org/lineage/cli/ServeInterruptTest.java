package org.lineage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.testutil.InlineSite;

/**
 * Ctrl-C on a running {@code serve}, in a process of its own: the open event stream ends, the
 * process exits promptly, and the temporary site is removed.
 */
class ServeInterruptTest {
    private static final String SITE =
            """
            --- site.yaml
            title: {en: "Stop test", zh: "停止测试"}
            base_url: https://example.org/
            languages: [en, zh]
            --- models/alpha.yaml
            name: Alpha
            organization: Org
            summary: {en: "The first model.", zh: "第一个模型。"}
            """;

    private static final Pattern SERVING =
            Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    @Timeout(180)
    void ctrlCClosesTheEventStreamsAndExitsPromptly(@TempDir Path dir) throws Exception {
        Path content = InlineSite.write(dir.resolve("content"), SITE);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p =
                new ProcessBuilder(
                                List.of(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-XX:TieredStopAtLevel=1",
                                        "-Djava.io.tmpdir=" + tmp,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        Main.class.getName(),
                                        "serve",
                                        "--content",
                                        content.toString(),
                                        "--port",
                                        "0"))
                        .redirectErrorStream(true)
                        .start();
        try {
            BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    break;
                }
            }
            assertTrue(port > 0, "serve never said where it serves");
            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), port)) {
                events.setSoTimeout(60_000);
                events.getOutputStream()
                        .write(
                                ("GET /__lineage/events HTTP/1.1\r\nHost: 127.0.0.1:"
                                                + port
                                                + "\r\n\r\n")
                                        .getBytes(StandardCharsets.ISO_8859_1));
                BufferedReader in =
                        new BufferedReader(
                                new InputStreamReader(
                                        events.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 200 OK", in.readLine());
                while (!in.readLine().contains(": connected")) {
                    // headers, then the first chunk
                }
                interrupt(p);
                long sent = System.nanoTime();
                String rest;
                do {
                    rest = in.readLine();
                } while (rest != null && (rest.isEmpty() || rest.startsWith(":")));
                // the server closed the stream; a chunked stream ends with a last, empty chunk
                assertTrue(rest == null || rest.equals("0"), "unexpected: " + rest);
                long closedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
                assertTrue(closedMs < 5_000, "the event stream took " + closedMs + " ms to end");
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not exit");
            try (var left = Files.list(tmp)) {
                assertNull(
                        left.filter(f -> f.getFileName().toString().startsWith("lineage-serve-"))
                                .findAny()
                                .orElse(null),
                        "the temporary site was left behind");
            }
            assertFalse(p.isAlive());
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * Ctrl-C is SIGINT. A process started in the background of a shell without job control inherits
     * SIGINT ignored; there, SIGTERM takes the same way out (the JVM's shutdown hooks).
     */
    private static void interrupt(Process p) throws IOException, InterruptedException {
        String signal = ignoresSigint(p.pid()) ? "-TERM" : "-INT";
        Process kill = new ProcessBuilder("kill", signal, String.valueOf(p.pid())).start();
        assertEquals(0, kill.waitFor());
    }

    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }
}
