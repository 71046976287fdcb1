package org.lineage.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event stream open pages listen to: {@code reload} after a good build, {@code problems} (the
 * diagnostics as JSON) after a failed one. A page that connects while the build is broken is sent
 * the problems at once. The number of listeners is bounded; each holds a connection but no thread.
 *
 * <p>Every write happens under this object's lock, so that each listener sees the events in the
 * order they were sent and a newcomer never misses the state that was current when it came.
 */
final class LiveEvents implements AutoCloseable {
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.UTF_8);

    private final int max;
    private final List<Listener> listeners = new ArrayList<>();
    private Optional<String> problems = Optional.empty();
    private boolean closed;

    private record Listener(HttpExchange exchange, OutputStream out) {}

    LiveEvents(int max) {
        this.max = max;
    }

    /**
     * Keeps {@code ex} open as a listener, or returns false when there are already as many as
     * allowed (after dropping those that went away).
     */
    synchronized boolean open(HttpExchange ex) throws IOException {
        if (closed) {
            return false;
        }
        if (listeners.size() >= max) {
            ping();
        }
        if (listeners.size() >= max) {
            return false;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        Listener l = new Listener(ex, ex.getResponseBody());
        StringBuilder first = new StringBuilder(": connected\n\n");
        problems.ifPresent(p -> first.append(problemsEvent(p)));
        if (send(l, first.toString().getBytes(StandardCharsets.UTF_8))) {
            listeners.add(l);
        }
        return true;
    }

    /** Tells every page to reload, and newcomers that all is well. */
    synchronized void reload() {
        problems = Optional.empty();
        broadcast("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Shows {@code json} (see {@link Problems}) on every page, and on every page opened later. */
    synchronized void problems(String json) {
        problems = Optional.of(json);
        broadcast(problemsEvent(json).getBytes(StandardCharsets.UTF_8));
    }

    private static String problemsEvent(String json) {
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an event's data must be one line");
        }
        return "event: problems\ndata: " + json + "\n\n";
    }

    /** Writes a comment to every listener, dropping those that went away. */
    synchronized void ping() {
        broadcast(PING);
    }

    synchronized int size() {
        return listeners.size();
    }

    private void broadcast(byte[] msg) {
        listeners.removeIf(l -> !send(l, msg));
    }

    private static boolean send(Listener l, byte[] msg) {
        try {
            l.out().write(msg);
            l.out().flush();
            return true;
        } catch (IOException e) {
            l.exchange().close();
            return false;
        }
    }

    /** Ends every stream; later listeners are refused. */
    @Override
    public synchronized void close() {
        closed = true;
        for (Listener l : listeners) {
            l.exchange().close();
        }
        listeners.clear();
    }
}
