package org.lineage.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from disk on the loopback interface, and tells open pages to reload when the
 * site has been rebuilt (Server-Sent Events). Only served pages get the reload script; the built
 * files never contain it.
 */
public final class DevServer implements AutoCloseable {
    /** The event stream pages listen to. */
    static final String EVENTS = "/__lineage/events";

    static final String RELOAD_SCRIPT =
            "<script>new EventSource(\""
                    + EVENTS
                    + "\").onmessage=function(){location.reload()}</script>";

    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json"),
                    Map.entry("xml", "application/xml"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml"),
                    Map.entry("csv", "text/csv; charset=utf-8"),
                    Map.entry("bib", "text/plain; charset=utf-8"),
                    Map.entry("dot", "text/plain; charset=utf-8"),
                    Map.entry("graphml", "application/xml"));

    private final Path root;
    private final HttpServer http;
    private final ExecutorService pool;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    private DevServer(Path root, HttpServer http, ExecutorService pool) {
        this.root = root;
        this.http = http;
        this.pool = pool;
    }

    /** Starts serving {@code root} on 127.0.0.1:{@code port} (0 picks a free port). */
    public static DevServer start(Path root, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // Each event-stream client holds a thread for as long as its page is open.
        ExecutorService pool = Executors.newCachedThreadPool();
        DevServer s = new DevServer(root.toAbsolutePath().normalize(), http, pool);
        http.setExecutor(pool);
        http.createContext("/", s::handle);
        http.start();
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Tells every open page to reload. */
    public void reload() {
        byte[] msg = "data: reload\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(msg);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    /** How many pages are listening for reloads. */
    public int listeners() {
        return listeners.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(
                        ex,
                        405,
                        "text/plain; charset=utf-8",
                        "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                events(ex);
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(
                        ex,
                        404,
                        "text/plain; charset=utf-8",
                        "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().add("Location", path + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(
                            ex,
                            404,
                            "text/plain; charset=utf-8",
                            "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            byte[] body = Files.readAllBytes(file);
            String type = type(file);
            if (type.startsWith("text/html")) {
                body = inject(body);
            }
            send(ex, status, type, method.equals("HEAD") ? null : body);
        }
    }

    /** The file for a URL path, or null when the path leaves the site. */
    private Path resolve(String urlPath) {
        String rel = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (rel.contains("\0")) {
            return null;
        }
        Path p = root.resolve(rel).normalize();
        return p.startsWith(root) ? p : null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static byte[] inject(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        String out =
                at < 0 ? s + RELOAD_SCRIPT : s.substring(0, at) + RELOAD_SCRIPT + s.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.getResponseHeaders().add("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // Hold the exchange open until the client goes away; a comment line every few seconds
        // finds out.
        try {
            while (listeners.contains(out)) {
                Thread.sleep(5000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.getResponseHeaders().add("Cache-Control", "no-store");
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        listeners.clear();
        http.stop(0);
        pool.shutdownNow();
    }
}
