package org.lineage.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.lineage.diag.Diagnostic;

/**
 * Serves a built site under its base path and tells open pages when it has been rebuilt (an event
 * stream), or why it could not be (an overlay of diagnostics). Only served pages get the live
 * script; the built files never contain it.
 *
 * <p>The site is read from {@code root} as the builder leaves it, swapped in whole: no request sees
 * a missing or half-written page because of a swap (see {@link SiteFiles}).
 *
 * <p>Hardening: it listens on loopback unless told otherwise, answers only {@code Host} headers
 * naming it (against DNS rebinding), refuses any path that could leave the site (see {@link
 * UrlPath}; symlinks are followed only within the site), bounds its event-stream clients, and sends
 * headers that keep browsers from sniffing types or framing pages.
 */
public final class DevServer implements AutoCloseable {
    /** Where the server's own files live, outside any site's base path. */
    static final String PREFIX = "/__lineage/";

    /** The event stream pages listen to. */
    static final String EVENTS = PREFIX + "events";

    /** The live script every served page gets. */
    static final String SCRIPT = PREFIX + "live.js";

    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

    /** How many pages may listen at once, by default. */
    public static final int MAX_LISTENERS = 64;

    /**
     * Scripts only from the site's own files, as the built pages need; {@code <style>} elements are
     * allowed because the tree figures carry their own (so that the SVG stands alone).
     */
    private static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; object-src 'none'; base-uri 'self';"
                    + " form-action 'self'; frame-ancestors 'none'";

    /**
     * How to serve.
     *
     * @param root the site's folder
     * @param bind the address to listen on
     * @param port the port; 0 picks a free one
     * @param basePath the path the site lives under, from {@code /} to its last {@code /}
     * @param maxListeners how many event-stream clients may be connected at once
     */
    public record Options(
            Path root, InetAddress bind, int port, String basePath, int maxListeners) {
        public Options {
            root = root.toAbsolutePath().normalize();
            requireBasePath(basePath);
            if (maxListeners < 1) {
                throw new IllegalArgumentException("maxListeners must be at least 1");
            }
        }

        /** Loopback, the given port, the site at {@code /}, the default listener bound. */
        public static Options loopback(Path root, int port) {
            return new Options(root, InetAddress.getLoopbackAddress(), port, "/", MAX_LISTENERS);
        }
    }

    private final Options options;
    private final HttpServer http;
    private final ExecutorService pool;
    private final ScheduledExecutorService pinger;
    private final LiveEvents events;
    private final HostCheck hosts;
    private final BuildGate gate = new BuildGate();
    private final SiteFiles files;
    private final byte[] script;
    private volatile String basePath;

    private DevServer(Options options, HttpServer http, ExecutorService pool) {
        this.options = options;
        this.http = http;
        this.pool = pool;
        this.events = new LiveEvents(options.maxListeners());
        this.hosts = new HostCheck(http.getAddress().getPort(), options.bind().isLoopbackAddress());
        this.basePath = options.basePath();
        this.files = new SiteFiles(options.root(), gate);
        this.script = resource("live.js");
        this.pinger =
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lineage-serve-ping"));
    }

    /** Starts serving. */
    public static DevServer start(Options options) throws IOException {
        // Without TCP_NODELAY, a response of some tens of kilobytes on a reused connection waits
        // for the client's delayed acknowledgement (40 ms on Linux) before its last part is sent:
        // every page and stylesheet a browser fetched over keep-alive came that much later. The
        // JDK's server reads this once, when the first server of the process is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http =
                HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 0);
        // event streams hold connections, not threads: a few threads serve every request
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> daemon(r, "lineage-serve"));
        DevServer s = new DevServer(options, http, pool);
        http.setExecutor(pool);
        http.createContext("/", s::handle);
        http.start();
        // finds the event streams whose pages went away, freeing their places
        s.pinger.scheduleWithFixedDelay(s.events::ping, 5, 5, TimeUnit.SECONDS);
        return s;
    }

    /** As {@link #start(Options)} with {@link Options#loopback}. */
    public static DevServer start(Path root, int port) throws IOException {
        return start(Options.loopback(root, port));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The site's address, its base path included. */
    public URI uri() {
        InetAddress a = options.bind();
        String host =
                a.isAnyLocalAddress()
                        ? "127.0.0.1"
                        : a.getHostAddress().contains(":")
                                ? "[" + a.getHostAddress() + "]"
                                : a.getHostAddress();
        return URI.create("http://" + host + ":" + port() + basePath);
    }

    /** A rebuild has started: a request that finds nothing may wait for it (see above). */
    public void rebuilding() {
        gate.start();
    }

    /** A rebuild succeeded: the site now lives under {@code basePath}; open pages reload. */
    public void built(String basePath) {
        requireBasePath(basePath);
        this.basePath = basePath;
        gate.end();
        events.reload();
    }

    /** Tells every open page to reload. */
    public void reload() {
        built(basePath);
    }

    /**
     * A rebuild failed: the last good site stays, and every page, open now or later, shows {@code
     * title} and the {@code diagnostics} until the next good build.
     */
    public void failed(String title, List<Diagnostic> diagnostics) {
        gate.end();
        events.problems(Problems.json(title, diagnostics));
    }

    /**
     * Runs {@code step}, a builder's switch to a new version of the site updated in place, while no
     * request reads a file: each request is served wholly from the old version or the new.
     */
    public void exclusively(org.lineage.site.Swap.Step step) throws IOException {
        files.exclusively(step);
    }

    /** How many requests wait for a rebuild to swap its site in. */
    int waitingForBuild() {
        return gate.waiting();
    }

    LiveEvents events() {
        return events;
    }

    /** How many pages are listening. */
    public int listeners() {
        return events.size();
    }

    private static void requireBasePath(String p) {
        if (!p.startsWith("/") || !p.endsWith("/")) {
            throw new IllegalArgumentException("a base path starts and ends with '/': " + p);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean keepOpen = false;
        try {
            headers(ex);
            if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
                text(ex, 421, "this server answers only to 127.0.0.1, localhost and [::1]");
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "method not allowed");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.equals(EVENTS)) {
                keepOpen = events.open(ex);
                if (!keepOpen) {
                    ex.getResponseHeaders().set("Retry-After", "5");
                    text(ex, 503, "too many pages are listening for reloads");
                }
                return;
            }
            if (path.equals(SCRIPT)) {
                send(ex, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            site(ex, path);
        } catch (IOException | RuntimeException e) {
            keepOpen = false;
            throw e;
        } finally {
            if (!keepOpen) {
                ex.close();
            }
        }
    }

    private void site(HttpExchange ex, String path) throws IOException {
        String base = basePath;
        if (!path.startsWith(base)) {
            if (path.equals("/") || path.equals(base.substring(0, base.length() - 1))) {
                redirect(ex, 302, base);
            } else {
                notFound(ex);
            }
            return;
        }
        Optional<UrlPath> url = UrlPath.parse(path.substring(base.length()));
        if (url.isEmpty()) {
            notFound(ex);
            return;
        }
        SiteFiles.Found found = files.find(url.get());
        if (found instanceof SiteFiles.Found.Folder) {
            String query = ex.getRequestURI().getRawQuery();
            redirect(ex, 301, path + "/" + (query == null ? "" : "?" + query));
        } else if (found instanceof SiteFiles.Found.File f) {
            send(ex, 200, SiteFiles.type(f.name()), served(f.name(), f.bytes()));
        } else {
            notFound(ex);
        }
    }

    private void notFound(HttpExchange ex) throws IOException {
        SiteFiles.Found page = files.find(new UrlPath(List.of("404.html"), false));
        if (page instanceof SiteFiles.Found.File f) {
            send(ex, 404, "text/html; charset=utf-8", served(f.name(), f.bytes()));
        } else {
            text(ex, 404, "not found");
        }
    }

    private byte[] served(String name, byte[] bytes) {
        return SiteFiles.type(name).startsWith("text/html") ? inject(bytes) : bytes;
    }

    /**
     * {@code html} with the live script before its last {@code </body>} (or at its end), worked on
     * as bytes: UTF-8 never encodes another character with the bytes of an ASCII one, and a page
     * polled while it is rebuilt should cost one copy, not a decoding and an encoding.
     */
    static byte[] inject(byte[] html) {
        int at = lastIndexOf(html, BODY_END);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + SCRIPT_BYTES.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(SCRIPT_BYTES, 0, out, at, SCRIPT_BYTES.length);
        System.arraycopy(html, at, out, at + SCRIPT_BYTES.length, html.length - at);
        return out;
    }

    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] SCRIPT_BYTES = SCRIPT_TAG.getBytes(StandardCharsets.UTF_8);

    private static int lastIndexOf(byte[] in, byte[] what) {
        outer:
        for (int i = in.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void headers(HttpExchange ex) {
        var h = ex.getResponseHeaders();
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        h.set("Content-Security-Policy", CSP);
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, status, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (ex.getRequestMethod().equals("HEAD") || body.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops at once: ends the event streams, stops listening, and stops every thread. */
    @Override
    public void close() {
        events.close();
        pinger.shutdownNow();
        http.stop(0);
        pool.shutdownNow();
        gate.end();
    }
}
