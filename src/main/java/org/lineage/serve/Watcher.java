package org.lineage.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder below them) and calls back once a burst of changes has settled,
 * with every path that changed in it, so that an editor's save-rename-delete dance triggers one
 * rebuild, not three. Changes that arrive while the callback runs are collected for the next call.
 */
public final class Watcher implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;
    private final List<Path> roots;

    private Watcher(WatchService service, Thread thread, List<Path> roots) {
        this.service = service;
        this.thread = thread;
        this.roots = roots;
    }

    /** The folders watched, each with everything below it. */
    public List<Path> roots() {
        return roots;
    }

    /**
     * Starts watching {@code roots}; {@code onChange} runs on the watcher's thread after {@code
     * quietMillis} without further events, with the absolute paths created, modified or deleted (a
     * folder's path stands for everything in it when the system lost track of single events).
     */
    public static Watcher start(List<Path> roots, long quietMillis, Consumer<Set<Path>> onChange)
            throws IOException {
        List<Path> abs = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        WatchService ws = FileSystems.getDefault().newWatchService();
        for (Path r : abs) {
            register(ws, r);
        }
        Thread t = new Thread(() -> loop(ws, quietMillis, onChange), "lineage-watcher");
        t.setDaemon(true);
        Watcher w = new Watcher(ws, t, abs);
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

    private static void loop(WatchService ws, long quietMillis, Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                drain(ws, ws.take(), changed);
                WatchKey more;
                while ((more = ws.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    drain(ws, more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private static void drain(WatchService ws, WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (var ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW
                    || !(ev.context() instanceof Path p)) {
                changed.add(dir);
                continue;
            }
            Path path = dir.resolve(p);
            changed.add(path);
            if (ev.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(ws, path);
                    // files written into the new folder before it was watched
                    try (Stream<Path> inside = Files.walk(path)) {
                        inside.forEach(changed::add);
                    }
                } catch (IOException | UncheckedIOException e) {
                    // the folder went away again; its deletion is the change
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
