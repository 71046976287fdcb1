package org.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lineage.site.SiteWriter;

/**
 * Many pages and event streams at once while the site is swapped again and again, the way the
 * builder swaps it ({@link SiteWriter}: staged beside, renamed in): no request gets an error, every
 * response is exactly one version's file (never a mix, never cut short), and every event stream
 * hears every reload, in order.
 */
class ServeLoadTest {
    private static final int SWAPS = 25;
    private static final int PAGES = 12;
    private static final int PAGE_CLIENTS = 12;
    private static final int EVENT_CLIENTS = 24;
    private static final String BASE = "/lineage/";

    /** Page {@code i} of version {@code v}: sizes differ by page and version, as real pages do. */
    private static String body(String name, int v) {
        StringBuilder b = new StringBuilder("<!doctype html><html><body><h1>" + name + " v" + v);
        b.append("</h1>");
        int lines = 400 + Math.floorMod((name.hashCode() * 31 + v * 977), 1600);
        for (int i = 0; i < lines; i++) {
            b.append("<p>").append(name).append(" version ").append(v).append(" line ");
            b.append(i).append("</p>\n");
        }
        return b.append("</body></html>").toString();
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("index.html", "404.html"));
        for (int i = 0; i < PAGES; i++) {
            names.add("en/models/m" + i + "/index.html");
        }
        return names;
    }

    private static void write(Path out, int v) throws Exception {
        try (SiteWriter w = SiteWriter.open(out)) {
            for (String n : names()) {
                w.write(n, body(n, v).getBytes(StandardCharsets.UTF_8));
            }
            w.write("assets/site.css", ("/* v" + v + " */").getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
    }

    @Test
    @Timeout(180)
    void pagesAreOldOrNewNeverMissingOrTornWhileTheSiteIsSwapped(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("site");
        write(out, 0);
        ExecutorService pool = Executors.newCachedThreadPool();
        AtomicBoolean done = new AtomicBoolean();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        try (DevServer server =
                DevServer.start(
                        new DevServer.Options(
                                out, InetAddress.getLoopbackAddress(), 0, BASE, EVENT_CLIENTS))) {
            int port = server.port();
            List<RawHttp.Events> streams = new ArrayList<>();
            for (int i = 0; i < EVENT_CLIENTS; i++) {
                RawHttp.Events e = new RawHttp.Events(port);
                assertEquals(200, e.status);
                streams.add(e);
            }
            List<Future<Integer>> heard = new ArrayList<>();
            for (RawHttp.Events e : streams) {
                heard.add(
                        pool.submit(
                                () -> {
                                    int n = 0;
                                    for (int i = 0; i < SWAPS; i++) {
                                        assertArrayEquals(
                                                new String[] {"message", "reload"}, e.next());
                                        n++;
                                    }
                                    return n;
                                }));
            }
            List<Future<?>> clients = new ArrayList<>();
            List<String> names = names();
            for (int c = 0; c < PAGE_CLIENTS; c++) {
                clients.add(
                        pool.submit(
                                () -> {
                                    while (!done.get()) {
                                        String name =
                                                names.get(
                                                        ThreadLocalRandom.current()
                                                                .nextInt(names.size()));
                                        check(port, name, failures);
                                        requests.incrementAndGet();
                                    }
                                    return null;
                                }));
            }
            for (int v = 1; v <= SWAPS; v++) {
                server.rebuilding();
                write(out, v);
                server.built(BASE);
            }
            done.set(true);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            for (Future<Integer> f : heard) {
                assertEquals(SWAPS, f.get(60, TimeUnit.SECONDS));
            }
            for (RawHttp.Events e : streams) {
                e.close();
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " bad responses: " + failures);
        assertTrue(requests.get() >= SWAPS, "only " + requests.get() + " requests were made");
    }

    /** One request: 200, and the body exactly the file of the version it names. */
    private static void check(int port, String name, Queue<String> failures) {
        String target =
                BASE + (name.endsWith("index.html") ? name.replace("index.html", "") : name);
        try {
            RawHttp.Response r = RawHttp.get(port, target);
            if (r.status() != 200) {
                failures.add(target + ": " + r.status());
                return;
            }
            String text = r.text();
            int at = text.indexOf(" v") + 2;
            int end = text.indexOf("</h1>");
            int v = Integer.parseInt(text.substring(at, end));
            String expected =
                    new String(
                            DevServer.inject(body(name, v).getBytes(StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
            if (!text.equals(expected)) {
                failures.add(target + ": not version " + v + " whole (" + text.length() + ")");
            }
        } catch (Exception e) {
            failures.add(target + ": " + e);
        }
    }
}
