package org.lineage.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them) and calls back once a burst of changes has settled,
 * so that an editor's save-rename-delete dance triggers one rebuild, not three.
 */
public final class Watcher implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;
    private final List<Path> roots;

    private Watcher(WatchService service, Thread thread, List<Path> roots) {
        this.service = service;
        this.thread = thread;
        this.roots = List.copyOf(roots);
    }

    /** The folders watched, each with everything below it. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Starts watching {@code roots}; {@code onChange} runs on the watcher's thread after {@code
     * quietMillis} without further events.
     */
    public static Watcher start(List<Path> roots, long quietMillis, Runnable onChange)
            throws IOException {
        WatchService ws = FileSystems.getDefault().newWatchService();
        for (Path r : roots) {
            register(ws, r);
        }
        Thread t = new Thread(() -> loop(ws, quietMillis, onChange), "lineage-watcher");
        t.setDaemon(true);
        Watcher w = new Watcher(ws, t, roots);
        t.start();
        return w;
    }

    private static void register(WatchService ws, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(
                        ws,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private static void loop(WatchService ws, long quietMillis, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean changed = drain(ws, key);
                WatchKey more;
                while ((more = ws.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(ws, more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static boolean drain(WatchService ws, WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && ev.context() instanceof Path p) {
                Path created = dir.resolve(p);
                if (Files.isDirectory(created)) {
                    try {
                        register(ws, created);
                    } catch (IOException e) {
                        // the folder went away again; nothing to watch
                    }
                }
            }
        }
        key.reset();
        return true;
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
