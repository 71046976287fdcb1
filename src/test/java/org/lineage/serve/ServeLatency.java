package org.lineage.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lineage.testutil.Fixtures;

/**
 * How long {@code serve} takes from saving a model file to showing the edit: starts {@code java
 * -jar JAR serve} on a copy of a content folder, edits one model's English body {@code EDITS} times
 * (or, with {@code --yaml}, the English summary in its YAML file; with {@code --history}, the
 * content is taken from a clone of the git repository that holds it, so that its past editions are
 * built too), and for each edit measures from the moment the file is closed until (a) an HTTP
 * request for that model's page returns the new text and (b) the reload event arrives on an open
 * event stream. Prints each edit and the medians. A benchmark, not a test: run it by hand (see
 * docs/performance.md, "serve latency").
 *
 * <pre>
 * java -cp target/classes:target/test-classes:DEPS org.lineage.serve.ServeLatency \
 *     target/lineage.jar EDITS CONTENT...
 * </pre>
 */
public final class ServeLatency {
    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+), watching");

    private static final Pattern REBUILT = Pattern.compile("^rebuilt in (\\d+) ms");

    /**
     * How long a poll waits before asking for the page again (default 10 ms; {@code --poll MS}).
     * Each answer is a whole page read and sent by serve beside the rebuild, on a 2-core machine.
     * With {@code --poll 0} the page is asked for once the reload event has come, as an open page
     * in a browser does, and again only if it lacks the edit.
     */
    static long pollMillis = 10;

    /**
     * How long to wait after serve says it is serving before the first edit (default none): a
     * person's first edit comes seconds after start-up, while serve warms up.
     */
    private static int settleSeconds;

    /**
     * How long to wait after each edit's page is seen before the next edit (default none): a person
     * reads the reloaded page before editing again, while serve finishes what it left for a pause.
     */
    private static long pauseMillis;

    /** Options for serve's JVM ({@code --java-option}, repeatable), before {@code -jar}. */
    private static final java.util.List<String> javaOptions = new java.util.ArrayList<>();

    /**
     * Serve the content in a clone of its git repository ({@code --history}), with the past
     * editions its {@code site.yaml} lists, rather than in a copy without history.
     */
    private static boolean history;

    private ServeLatency() {}

    public static void main(String[] args) throws Exception {
        boolean yaml = false;
        while (args.length > 0 && args[0].startsWith("--")) {
            if (args[0].equals("--yaml")) {
                yaml = true;
                args = java.util.Arrays.copyOfRange(args, 1, args.length);
            } else if (args[0].equals("--history")) {
                history = true;
                args = java.util.Arrays.copyOfRange(args, 1, args.length);
            } else if (args[0].equals("--poll") && args.length > 1) {
                pollMillis = Long.parseLong(args[1]);
                args = java.util.Arrays.copyOfRange(args, 2, args.length);
            } else if (args[0].equals("--pause") && args.length > 1) {
                pauseMillis = Long.parseLong(args[1]);
                args = java.util.Arrays.copyOfRange(args, 2, args.length);
            } else if (args[0].equals("--java-option") && args.length > 1) {
                javaOptions.add(args[1]);
                args = java.util.Arrays.copyOfRange(args, 2, args.length);
            } else if (args[0].equals("--settle") && args.length > 1) {
                settleSeconds = Integer.parseInt(args[1]);
                args = java.util.Arrays.copyOfRange(args, 2, args.length);
            } else {
                break;
            }
        }
        if (args.length < 3) {
            System.err.println(
                    "usage: ServeLatency [--yaml] [--history] [--settle SECONDS] [--pause MILLIS] [--poll MILLIS]"
                            + " [--java-option OPTION]... JAR EDITS CONTENT...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        for (int i = 2; i < args.length; i++) {
            run(jar, edits, Path.of(args[i]), yaml);
        }
    }

    /**
     * {@code yaml} (a model's file) with {@code marker} put at the start of the English summary,
     * written {@code summary: {en: "...} } or {@code en: "..."} on the line after {@code summary:}.
     */
    static String withSummaryMarker(String yaml, String marker) {
        int summary = yaml.startsWith("summary:") ? 0 : yaml.indexOf("\nsummary:");
        int en = summary < 0 ? -1 : yaml.indexOf("en: \"", summary);
        if (en < 0) {
            throw new IllegalStateException("no English summary in double quotes");
        }
        int at = en + "en: \"".length();
        return yaml.substring(0, at) + marker + " " + yaml.substring(at);
    }

    private static void run(Path jar, int edits, Path source, boolean yaml) throws Exception {
        Path dir = Files.createTempDirectory("lineage-latency-");
        Path content = dir.resolve("content");
        if (history) {
            // the repository's committed state, cloned: its history holds the past editions
            Path root = source.toAbsolutePath().normalize();
            while (root != null && !Files.isDirectory(root.resolve(".git"))) {
                root = root.getParent();
            }
            if (root == null) {
                throw new IllegalStateException(source + " is not in a git repository");
            }
            Path clone = dir.resolve("repo");
            org.eclipse.jgit.api.Git.cloneRepository()
                    .setURI(root.toUri().toString())
                    .setDirectory(clone.toFile())
                    .call()
                    .close();
            content = clone.resolve(root.relativize(source.toAbsolutePath().normalize()));
        } else {
            Fixtures.copyTree(source, content);
        }
        Path body;
        try (Stream<Path> models = Files.list(content.resolve("models"))) {
            body =
                    models.filter(p -> p.getFileName().toString().endsWith(".en.md"))
                            .sorted()
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("no model body"));
        }
        String id = body.getFileName().toString().replace(".en.md", "");
        Path edited = yaml ? body.resolveSibling(id + ".yaml") : body;
        String original = Files.readString(edited);
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(
                List.of(
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--content",
                        content.toString(),
                        "--out",
                        dir.resolve("site").toString(),
                        "--port",
                        "0"));
        if (!history) {
            // a copy of the content lies outside its git repository, where past editions cannot
            // be read from history
            command.add("--no-past-editions");
        }
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader console =
                    new BufferedReader(
                            new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            URI site = null;
            for (String line = console.readLine(); line != null; line = console.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    site = URI.create(m.group(1));
                    break;
                }
            }
            if (site == null) {
                throw new IllegalStateException("serve did not start");
            }
            // keep reading the console, so that serve never blocks on a full pipe
            // serve's own figure for each rebuild, from its console
            List<Long> builds = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread drain =
                    new Thread(
                            () -> {
                                try {
                                    for (String l = console.readLine();
                                            l != null;
                                            l = console.readLine()) {
                                        Matcher r = REBUILT.matcher(l);
                                        if (r.find()) {
                                            builds.add(Long.parseLong(r.group(1)));
                                        }
                                    }
                                } catch (IOException e) {
                                    // serve ended
                                }
                            });
            drain.setDaemon(true);
            drain.start();
            URI page = site.resolve("en/models/" + id + "/");
            Thread.sleep(TimeUnit.SECONDS.toMillis(settleSeconds));
            System.out.printf(
                    Locale.ROOT,
                    "%s: editing %s, watching %s%n",
                    source,
                    edited.getFileName(),
                    page);
            List<Long> pageMs = new ArrayList<>();
            List<Long> eventMs = new ArrayList<>();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 1; i <= edits; i++) {
                if (i > 1) {
                    Thread.sleep(pauseMillis);
                }
                String marker = "Latency marker " + i + " " + System.nanoTime() + ".";
                try (Events events = openEvents(site)) {
                    CompletableFuture<Long> reload = reloadAt(events);
                    Files.writeString(
                            edited,
                            yaml
                                    ? withSummaryMarker(original, marker)
                                    : original + "\n" + marker + "\n");
                    long closed = System.nanoTime();
                    long seen;
                    long reloaded;
                    if (pollMillis == 0) {
                        reloaded = reload.get(10, TimeUnit.MINUTES);
                        seen = awaitText(http, page, marker);
                    } else {
                        seen = awaitText(http, page, marker);
                        reloaded = reload.get(10, TimeUnit.MINUTES);
                    }
                    pageMs.add(TimeUnit.NANOSECONDS.toMillis(seen - closed));
                    eventMs.add(TimeUnit.NANOSECONDS.toMillis(reloaded - closed));
                    System.out.printf(
                            Locale.ROOT,
                            "  edit %2d: page %5d ms, reload event %5d ms%n",
                            i,
                            pageMs.get(i - 1),
                            eventMs.get(i - 1));
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: median of %d edits: page %d ms, reload event %d ms%n",
                    source,
                    edits,
                    median(pageMs),
                    median(eventMs));
            synchronized (builds) {
                if (!builds.isEmpty()) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s: serve's own rebuild time, median of %d: %d ms%n",
                            source,
                            builds.size(),
                            median(new ArrayList<>(builds)));
                }
            }
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            delete(dir);
        }
    }

    /** An open event stream. */
    private record Events(Socket socket, BufferedReader in) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Opens the event stream and waits until it is open, so that no reload is missed. */
    private static Events openEvents(URI site) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), site.getPort());
        s.setSoTimeout((int) TimeUnit.MINUTES.toMillis(10));
        s.getOutputStream()
                .write(
                        ("GET "
                                        + DevServer.EVENTS
                                        + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                        + site.getPort()
                                        + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        while (!in.readLine().contains(": connected")) {
            // headers
        }
        return new Events(s, in);
    }

    /** When the next {@code data: reload} line arrives. */
    private static CompletableFuture<Long> reloadAt(Events events) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        for (String l = events.in().readLine();
                                l != null;
                                l = events.in().readLine()) {
                            if (l.equals("data: reload")) {
                                return System.nanoTime();
                            }
                            if (l.startsWith("event: problems")) {
                                throw new IllegalStateException("the edit broke the build");
                            }
                        }
                        throw new IllegalStateException("the event stream ended");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Polls {@code page} until it holds {@code text}; returns when it first did. */
    private static long awaitText(HttpClient http, URI page, String text) throws Exception {
        HttpRequest get = HttpRequest.newBuilder(page).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains(text)) {
                return System.nanoTime();
            }
            // Every 10 ms: a page found by a poll was there at most that long (and one request)
            // before. Polling as fast as the server answers took most of a processor from the
            // rebuild being measured, on a 2-core machine.
            Thread.sleep(Math.max(pollMillis, 1));
        }
        throw new IllegalStateException("the page never showed the edit");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long median(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
