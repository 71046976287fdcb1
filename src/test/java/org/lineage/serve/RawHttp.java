package org.lineage.serve;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket on 127.0.0.1, so that tests can send what no well-behaved client
 * would: any request target, any {@code Host} header, or none.
 */
final class RawHttp {
    /** A response: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {}

    static Response get(int port, String target) throws IOException {
        return get(port, target, "127.0.0.1:" + port);
    }

    /** GET {@code target} with {@code host} as the Host header ({@code null}: none). */
    static Response get(int port, String target, String host) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request("GET", target, host).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(s.getInputStream());
        }
    }

    static String request(String method, String target, String host) {
        return method
                + " "
                + target
                + " HTTP/1.1\r\n"
                + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n";
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(
                    h.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    h.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int n = Integer.parseInt(line(in).trim(), 16); n > 0; ) {
                b.write(in.readNBytes(n));
                line(in);
                n = Integer.parseInt(line(in).trim(), 16);
            }
            body = b.toByteArray();
        } else {
            body = new byte[0];
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-line: " + b);
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** An open event stream: read it line by line. */
    static final class Events implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        final int status;

        Events(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    request("GET", DevServer.EVENTS, "127.0.0.1:" + port)
                            .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            in =
                    new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String statusLine = in.readLine();
            status = Integer.parseInt(statusLine.split(" ")[1]);
            while (!in.readLine().isEmpty()) {
                // headers
            }
        }

        /**
         * The next event, skipping comments and chunk framing: its {@code event:} name ("message"
         * if none) and data, or null at the end of the stream.
         */
        String[] next() throws IOException {
            String name = "message";
            String data = null;
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                if (l.startsWith("event: ")) {
                    name = l.substring(7);
                } else if (l.startsWith("data: ")) {
                    data = l.substring(6);
                } else if (l.isEmpty() && data != null) {
                    return new String[] {name, data};
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
