package org.lineage.testutil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A built site served over HTTP on 127.0.0.1 at a free port, for browser tests. */
public final class StaticSite implements AutoCloseable {
    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "json", "application/json",
                    "svg", "image/svg+xml",
                    "xml", "application/xml",
                    "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final Path root;

    private StaticSite(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts serving {@code root}. */
    public static StaticSite serve(Path root) throws IOException {
        HttpServer s =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StaticSite site = new StaticSite(s, root.toAbsolutePath().normalize());
        s.createContext("/", site::handle);
        s.start();
        return site;
    }

    /** The absolute URL of a site path, e.g. {@code en/search/}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = URI.create(x.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            x.getResponseHeaders()
                    .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
