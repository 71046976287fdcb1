package org.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(DevServer s, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(s.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path site(Path dir) throws Exception {
        Path root = dir.resolve("site");
        Files.createDirectories(root.resolve("en"));
        Files.writeString(
                root.resolve("en/index.html"),
                "<!doctype html><html><body><p>Home</p></body></html>");
        Files.writeString(
                root.resolve("404.html"), "<!doctype html><html><body>gone</body></html>");
        Files.writeString(root.resolve("style.css"), "p{}");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        return root;
    }

    @Test
    void servesPagesWithTheReloadScriptAndOtherFilesUntouched(@TempDir Path dir) throws Exception {
        try (DevServer s = DevServer.start(site(dir), 0)) {
            HttpResponse<String> page = get(s, "/en/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<p>Home</p>" + DevServer.SCRIPT_TAG + "</body>"));
            assertEquals(
                    "text/html; charset=utf-8", page.headers().firstValue("content-type").get());
            HttpResponse<String> css = get(s, "/style.css");
            assertEquals("p{}", css.body());
            assertEquals(301, get(s, "/en").statusCode());
        }
    }

    @Test
    void unknownPathsGetThe404PageAndNothingOutsideTheSiteIsServed(@TempDir Path dir)
            throws Exception {
        try (DevServer s = DevServer.start(site(dir), 0)) {
            HttpResponse<String> missing = get(s, "/en/nothing/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("gone"));
            HttpResponse<String> escape = get(s, "/../secret.txt");
            assertFalse(escape.body().contains("secret"));
            HttpResponse<String> encoded = get(s, "/%2e%2e/secret.txt");
            assertFalse(encoded.body().contains("secret"));
        }
    }

    @Test
    @Timeout(20)
    void openPagesHearAboutARebuild(@TempDir Path dir) throws Exception {
        try (DevServer s = DevServer.start(site(dir), 0)) {
            var conn = s.uri().resolve(DevServer.EVENTS).toURL().openConnection();
            conn.setReadTimeout(15_000);
            try (BufferedReader in =
                    new BufferedReader(
                            new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals(": connected", in.readLine());
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (s.listeners() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                s.reload();
                String line;
                do {
                    line = in.readLine();
                } while (line != null && !line.startsWith("data:"));
                assertEquals("data: reload", line);
            }
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed(@TempDir Path dir) throws Exception {
        try (DevServer s = DevServer.start(site(dir), 0)) {
            HttpResponse<String> r =
                    http.send(
                            HttpRequest.newBuilder(s.uri().resolve("/en/"))
                                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode());
            assertEquals(URI.create("http://127.0.0.1:" + s.port() + "/"), s.uri());
        }
    }
}
