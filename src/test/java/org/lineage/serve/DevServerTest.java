package org.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.SourcePos;

/**
 * The development server over real HTTP on 127.0.0.1: the site under its base path, nothing outside
 * it (traversal in every spelling, symlinks out of the site), the Host check, the bound on event
 * streams, the problems and reload events, and the swap of a whole site.
 */
@Timeout(60)
class DevServerTest {
    private static final String BASE = "/kb/";
    private static final String PAGE = "<!doctype html><html><body><p>Home</p></body></html>";

    @TempDir static Path dir;
    static Path root;
    static DevServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        root = dir.resolve("site");
        Files.createDirectories(root.resolve("en/models/alpha"));
        Files.writeString(root.resolve("en/index.html"), PAGE);
        Files.writeString(root.resolve("en/models/alpha/index.html"), "<body>alpha</body>");
        Files.writeString(root.resolve("404.html"), "<!doctype html><body>gone</body>");
        Files.writeString(root.resolve("style.css"), "p{}");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/index.html"), "secret");
        Files.createSymbolicLink(root.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("leakdir"), dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("same.css"), root.resolve("style.css"));
        server =
                DevServer.start(
                        new DevServer.Options(root, InetAddress.getLoopbackAddress(), 0, BASE, 3));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static RawHttp.Response get(String target) throws Exception {
        return RawHttp.get(port, target);
    }

    @Test
    void aRequestDuringAnInPlaceSwitchWaitsAndSeesTheNewSiteWhole() throws Exception {
        Path page = root.resolve("en/models/alpha/index.html");
        Path fresh = dir.resolve("fresh.html");
        Files.writeString(fresh, "<body>alpha, new</body>");
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        Thread swapper =
                new Thread(
                        () -> {
                            try {
                                server.exclusively(
                                        () -> {
                                            inside.countDown();
                                            // half-way through: one file moved, one to come
                                            try {
                                                Thread.sleep(300);
                                            } catch (InterruptedException e) {
                                                throw new java.io.IOException(e);
                                            }
                                            Files.move(
                                                    fresh,
                                                    page,
                                                    java.nio.file.StandardCopyOption
                                                            .REPLACE_EXISTING);
                                        });
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        swapper.start();
        inside.await();
        long start = System.nanoTime();
        RawHttp.Response r = get(BASE + "en/models/alpha/");
        long waited = (System.nanoTime() - start) / 1_000_000;
        swapper.join();
        assertTrue(r.text().contains("alpha, new"), r.text());
        assertTrue(waited >= 200, "the request did not wait for the switch: " + waited + " ms");
        Files.writeString(page, "<body>alpha</body>");
    }

    @Test
    void theServersSocketsSendWithoutWaitingForAcknowledgements() {
        // Without TCP_NODELAY, a response of tens of kilobytes on a reused connection from another
        // process waited about 40 ms (Linux's delayed ACK) for its last segment: measured with
        // ServeLatency, every poll of a 40 kB page took 45 ms. The JDK's server takes the setting
        // from this property when the first server of the process is made.
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }

    @Test
    void theLiveScriptGoesBeforeTheLastBodyEndAndEveryOtherByteStays() {
        String zh = "<p>谱系：GPT-3.5 的能力从何而来</p>";
        assertEquals(
                "<body>"
                        + zh
                        + "<pre>&lt;/body&gt;</pre></body>"
                        + DevServer.SCRIPT_TAG
                        + "</body>\n",
                new String(
                        DevServer.inject(
                                ("<body>" + zh + "<pre>&lt;/body&gt;</pre></body></body>\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8));
        assertEquals(
                zh + DevServer.SCRIPT_TAG,
                new String(
                        DevServer.inject(zh.getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8),
                "no </body>: at the end");
        assertEquals(
                DevServer.SCRIPT_TAG + "</body>",
                new String(
                        DevServer.inject("</body>".getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8));
        assertEquals(
                DevServer.SCRIPT_TAG,
                new String(DevServer.inject(new byte[0]), StandardCharsets.UTF_8));
    }

    @Test
    void servesPagesUnderTheBasePathWithTheLiveScriptAndOtherFilesUntouched() throws Exception {
        RawHttp.Response page = get(BASE + "en/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<p>Home</p>" + DevServer.SCRIPT_TAG + "</body>"));
        assertEquals("text/html; charset=utf-8", page.headers().get("content-type"));
        RawHttp.Response css = get(BASE + "style.css");
        assertEquals("p{}", css.text());
        assertEquals("text/css; charset=utf-8", css.headers().get("content-type"));
        RawHttp.Response script = get(DevServer.SCRIPT);
        assertEquals(200, script.status());
        assertTrue(script.text().contains("textContent"));
        assertFalse(script.text().contains("innerHTML"));
        assertEquals("/__lineage/live.js", DevServer.SCRIPT);
    }

    @Test
    void redirectsTheServerRootAndFoldersWithoutASlash() throws Exception {
        RawHttp.Response root = get("/");
        assertEquals(302, root.status());
        assertEquals(BASE, root.headers().get("location"));
        assertEquals(302, get("/kb").status());
        RawHttp.Response folder = get(BASE + "en/models/alpha?x=1");
        assertEquals(301, folder.status());
        assertEquals(BASE + "en/models/alpha/?x=1", folder.headers().get("location"));
        assertEquals(404, get("/elsewhere/en/").status());
    }

    @Test
    void sendsHeadersThatKeepBrowsersFromSniffingAndFraming() throws Exception {
        for (String target : List.of(BASE + "en/", BASE + "style.css", BASE + "nothing")) {
            var h = get(target).headers();
            assertEquals("nosniff", h.get("x-content-type-options"), target);
            assertEquals("DENY", h.get("x-frame-options"), target);
            assertEquals("no-store", h.get("cache-control"), target);
            assertTrue(h.get("content-security-policy").contains("default-src 'self'"), target);
        }
    }

    @Test
    void unknownPathsGetThe404Page() throws Exception {
        RawHttp.Response missing = get(BASE + "en/nothing/");
        assertEquals(404, missing.status());
        assertTrue(missing.text().contains("gone"));
        assertTrue(missing.text().contains(DevServer.SCRIPT_TAG));
        assertEquals(404, get(BASE + "style.css/").status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/kb/../secret.txt",
                "/kb/en/../../secret.txt",
                "/kb/%2e%2e/secret.txt",
                "/kb/%2E%2E/secret.txt",
                "/kb/.%2e/secret.txt",
                "/kb/%2e%2e%2fsecret.txt",
                "/kb/en%2f..%2f..%2fsecret.txt",
                "/kb/..%5csecret.txt",
                "/kb/%5c..%5csecret.txt",
                "/kb/en/%00/index.html",
                "/kb/style.css%00.html",
                "/kb/./style.css",
                "/kb//style.css",
                "/kb/%c0%ae%c0%ae/secret.txt",
                "/kb/leak.txt",
                "/kb/leakdir/",
                "/kb/leakdir/index.html",
            })
    void refusesEveryPathOutsideTheSiteWith404(String target) throws Exception {
        RawHttp.Response r = get(target);
        assertEquals(404, r.status(), target);
        assertFalse(r.text().contains("secret"), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kb/..\\secret.txt", "/kb/%zz", "/kb/%2", "/kb/%2e%2e/%"})
    void aTargetThatIsNoUriNeverReachesAFile(String target) throws Exception {
        // the HTTP layer itself refuses such a request line, before the server sees it
        RawHttp.Response r = get(target);
        assertTrue(r.status() == 400 || r.status() == 404, target + ": " + r.status());
        assertFalse(r.text().contains("secret"), target);
    }

    @Test
    void followsSymlinksThatStayInsideTheSite() throws Exception {
        assertEquals("p{}", get(BASE + "same.css").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "evil.example", "127.0.0.1:1", "localhost", ""})
    void refusesOtherHostsAgainstDnsRebinding(String host) throws Exception {
        String h = host.replace("PORT", String.valueOf(port));
        RawHttp.Response r = RawHttp.get(port, BASE + "en/", h);
        assertEquals(421, r.status(), h);
        assertFalse(r.text().contains("Home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
    void answersTheLoopbackNames(String host) throws Exception {
        String h = host.replace("PORT", String.valueOf(port));
        assertEquals(200, RawHttp.get(port, BASE + "en/", h).status(), h);
    }

    @Test
    void underAnotherBindAddressAcceptsAddressesButStillNoOtherNames() {
        HostCheck open = new HostCheck(8000, false);
        assertTrue(open.allows("192.168.1.20:8000"));
        assertTrue(open.allows("[fe80::1]:8000"));
        assertTrue(open.allows("localhost:8000"));
        assertFalse(open.allows("evil.example:8000"));
        assertFalse(open.allows("192.168.1.20:8001"));
        HostCheck loopback = new HostCheck(80, true);
        assertTrue(loopback.allows("localhost"));
        assertFalse(loopback.allows("192.168.1.20"));
    }

    @Test
    void refusesAMissingHostHeader() throws Exception {
        assertEquals(421, RawHttp.get(port, BASE + "en/", null).status());
    }

    @Test
    void allowsOnlyGetAndHead() throws Exception {
        try (var s = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream()
                    .write(
                            RawHttp.request("POST", BASE + "en/", "127.0.0.1:" + port)
                                    .getBytes(StandardCharsets.ISO_8859_1));
            String status =
                    new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            assertEquals("HTTP/1.1 405", status);
        }
    }

    @Test
    void boundsTheEventStreamsAndTellsThemOfProblemsAndReloads() throws Exception {
        List<RawHttp.Events> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                RawHttp.Events e = new RawHttp.Events(port);
                assertEquals(200, e.status);
                open.add(e);
            }
            RawHttp.Events excess = new RawHttp.Events(port);
            assertEquals(503, excess.status);
            excess.close();

            Diagnostic d =
                    Diagnostic.error(
                            "unknown-ref",
                            new SourcePos("content/models/x.yaml", 3, 7),
                            "unknown model '<img src=x onerror=alert(1)>'",
                            "did you mean 'alpha'?");
            server.failed("broken", List.of(d));
            for (RawHttp.Events e : open) {
                String[] ev = e.next();
                assertEquals("problems", ev[0]);
                assertTrue(ev[1].contains("\"where\":\"content/models/x.yaml:3:7\""), ev[1]);
                assertTrue(ev[1].contains("did you mean 'alpha'?"), ev[1]);
            }
            // a page opened while the build is broken learns of it at once
            open.remove(0).close();
            awaitListeners(2);
            try (RawHttp.Events late = new RawHttp.Events(port)) {
                assertEquals(200, late.status);
                assertEquals("problems", late.next()[0]);
                server.reload();
                assertArrayEquals(new String[] {"message", "reload"}, late.next());
            }
            for (RawHttp.Events e : open) {
                assertArrayEquals(new String[] {"message", "reload"}, e.next());
            }
        } finally {
            for (RawHttp.Events e : open) {
                e.close();
            }
            awaitListeners(0);
        }
    }

    /** Dropped streams are noticed on the next write; a ping is one. */
    private static void awaitListeners(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.listeners() > n && System.nanoTime() < deadline) {
            server.events().ping();
            Thread.onSpinWait();
        }
        assertEquals(n, server.listeners());
    }

    @Test
    void aRequestCaughtBetweenTheTwoRenamesOfASwapWaitsForTheNewSite(@TempDir Path tmp)
            throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("page.txt"), "old");
        try (DevServer s = DevServer.start(site, 0)) {
            s.rebuilding();
            Files.move(site, tmp.resolve("old"));
            CompletableFuture<RawHttp.Response> r =
                    CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return RawHttp.get(s.port(), "/page.txt");
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            });
            while (s.waitingForBuild() == 0) {
                Thread.onSpinWait();
            }
            Path next = tmp.resolve("next");
            Files.createDirectories(next);
            Files.writeString(next.resolve("page.txt"), "new");
            Files.move(next, site);
            s.built("/");
            assertEquals("new", r.get(30, TimeUnit.SECONDS).text());
            // with no rebuild running, a missing page is answered at once
            assertEquals(404, RawHttp.get(s.port(), "/nothing.txt").status());
        }
    }
}
