package org.lineage.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Layouts already made, by the digest of what they were made from: a layout is a pure function of
 * its {@link LayoutGraph} and the engine's settings, and ELK is the costliest step of drawing a
 * tree, so a drawing that reappears (the same neighbourhood on the page of each language, the same
 * tree on the next build) is placed once.
 *
 * <p>Thread-safe. {@link #save} writes the layouts used since the last {@link #startRound} to one
 * file, with a checksum; {@link #load} reads such a file back and trusts nothing it cannot verify:
 * a file of another format, a truncated or altered file is ignored whole, and the layouts are made
 * again.
 */
public final class LayoutCache {
    /** Changes whenever the layout code or the file format does, so older files are not read. */
    static final String FORMAT = "lineage-layouts-4";

    private final ConcurrentHashMap<String, TreeLayout> layouts;
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();
    private volatile int made;
    private final java.util.concurrent.atomic.LongAdder makingNanos =
            new java.util.concurrent.atomic.LongAdder();

    /**
     * What {@link #save} last wrote or {@link #load} read, by key: nothing to write if unchanged.
     */
    private Set<String> onDisk = Set.of();

    private Path onDiskFile;

    /** A cache holding nothing. */
    public LayoutCache() {
        this(new ConcurrentHashMap<>());
    }

    private LayoutCache(ConcurrentHashMap<String, TreeLayout> layouts) {
        this.layouts = layouts;
    }

    /**
     * A cache that holds the same layouts as this one (what either makes, both have) and counts and
     * saves its own rounds.
     */
    public LayoutCache sharing() {
        return new LayoutCache(layouts);
    }

    /** How many layouts the cache holds. */
    public int size() {
        return layouts.size();
    }

    /** How many layouts had to be made (not found) since the last {@link #startRound}. */
    public int made() {
        return made;
    }

    /** The time spent making layouts since the last {@link #startRound}, summed over threads. */
    public long makingNanos() {
        return makingNanos.sum();
    }

    /** How many layouts were asked for since the last {@link #startRound}. */
    public int used() {
        return used.size();
    }

    /** Starts counting anew: {@link #save} keeps only what is used from now on. */
    public void startRound() {
        used.clear();
        made = 0;
        makingNanos.reset();
    }

    /** The layout of {@code g} under {@code settings}, made by {@code make} if not held. */
    TreeLayout get(LayoutGraph g, String settings, Supplier<TreeLayout> make) {
        String key = key(g, settings);
        used.put(key, Boolean.TRUE);
        TreeLayout found = layouts.get(key);
        if (found != null) {
            return found;
        }
        long start = System.nanoTime();
        TreeLayout l = make.get();
        makingNanos.add(System.nanoTime() - start);
        if (layouts.putIfAbsent(key, l) == null) {
            synchronized (this) {
                made++;
            }
        }
        return layouts.get(key);
    }

    /** The digest of everything a layout depends on. */
    static String key(LayoutGraph g, String settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream buf = new ByteArrayOutputStream(256 + 64 * g.nodes().size());
            DataOutputStream d = new DataOutputStream(buf);
            d.writeUTF(FORMAT);
            d.writeUTF(settings);
            d.writeInt(g.nodes().size());
            for (LayoutGraph.Node n : g.nodes()) {
                d.writeUTF(n.id());
                d.writeDouble(n.width());
                d.writeDouble(n.height());
                d.writeInt(n.layer());
                d.writeInt(n.year());
                d.writeBoolean(n.dated());
                d.writeInt(n.lane());
                d.writeUTF(n.group().orElse("\0"));
            }
            d.writeInt(g.edges().size());
            for (LayoutGraph.Edge e : g.edges()) {
                d.writeUTF(e.source());
                d.writeUTF(e.target());
                d.writeUTF(e.label() == null ? "\0" : e.label());
                d.writeDouble(e.labelWidth());
                d.writeDouble(e.labelHeight());
            }
            d.writeInt(g.groups().size());
            for (LayoutGraph.Group gr : g.groups()) {
                d.writeUTF(gr.id());
                d.writeUTF(gr.anchor() == null ? "\0" : gr.anchor());
                d.writeDouble(gr.captionWidth());
                d.writeDouble(gr.captionHeight());
            }
            d.flush();
            return HexFormat.of().formatHex(md.digest(buf.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the layouts saved in {@code file}; returns how many were read. A missing file reads
     * none; a damaged one (wrong format, bad checksum, cut short) reads none and says so.
     */
    public Optional<String> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length < 32) {
                return Optional.of("too short");
            }
            byte[] body = Arrays.copyOfRange(all, 0, all.length - 32);
            byte[] sum = Arrays.copyOfRange(all, all.length - 32, all.length);
            if (!MessageDigest.isEqual(sum, sha256(body))) {
                return Optional.of("checksum mismatch");
            }
            Map<String, TreeLayout> read = read(body);
            layouts.putAll(read);
            onDisk = Set.copyOf(read.keySet());
            onDiskFile = file;
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes the layouts to {@code file}, replacing it in one step: only those used in this round
     * when {@code prune} (the round drew every tree of the site, so the others are stale), else all
     * that are held.
     */
    public void save(Path file, boolean prune) throws IOException {
        save(file, prune ? usedNow() : null);
    }

    /** The keys of the layouts used in this round so far. */
    public Set<String> usedNow() {
        return Set.copyOf(used.keySet());
    }

    /**
     * As {@link #save(Path, boolean)}, keeping only the layouts {@code only} names (taken with
     * {@link #usedNow} when a build ended, so that a save that runs while the next build has begun
     * keeps what the last one used), or all when null.
     */
    public void save(Path file, Set<String> only) throws IOException {
        Map<String, TreeLayout> keep = new TreeMap<>();
        for (Map.Entry<String, TreeLayout> e : layouts.entrySet()) {
            if (only == null || only.contains(e.getKey())) {
                keep.put(e.getKey(), e.getValue());
            }
        }
        // stale layouts leave memory too: a long serve session does not grow without bound
        layouts.keySet().retainAll(keep.keySet());
        if (file.equals(onDiskFile) && onDisk.equals(keep.keySet()) && Files.isRegularFile(file)) {
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream d = new DataOutputStream(buf);
        d.writeUTF(FORMAT);
        d.writeInt(keep.size());
        for (Map.Entry<String, TreeLayout> e : keep.entrySet()) {
            d.writeUTF(e.getKey());
            write(d, e.getValue());
        }
        d.flush();
        byte[] body = buf.toByteArray();
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".layouts-", ".tmp");
        try {
            Files.write(tmp, body);
            Files.write(tmp, sha256(body), java.nio.file.StandardOpenOption.APPEND);
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            onDisk = Set.copyOf(keep.keySet());
            onDiskFile = file;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(DataOutputStream d, TreeLayout l) throws IOException {
        d.writeUTF(l.direction().name());
        d.writeDouble(l.width());
        d.writeDouble(l.height());
        Map<String, TreeLayout.Box> nodes = new TreeMap<>(l.nodes());
        d.writeInt(nodes.size());
        for (Map.Entry<String, TreeLayout.Box> n : nodes.entrySet()) {
            d.writeUTF(n.getKey());
            box(d, n.getValue());
        }
        d.writeInt(l.routes().size());
        for (TreeLayout.Route r : l.routes()) {
            d.writeUTF(r.parent());
            d.writeUTF(r.child());
            d.writeInt(r.points().size());
            for (TreeLayout.Point p : r.points()) {
                d.writeDouble(p.x());
                d.writeDouble(p.y());
            }
            d.writeBoolean(r.label().isPresent());
            if (r.label().isPresent()) {
                box(d, r.label().get());
            }
        }
        d.writeInt(l.bands().size());
        for (TreeLayout.Band b : l.bands()) {
            d.writeInt(b.year());
            d.writeDouble(b.from());
            d.writeDouble(b.to());
            d.writeBoolean(b.undated());
        }
        d.writeInt(l.groups().size());
        for (TreeLayout.Group g : l.groups()) {
            d.writeUTF(g.id());
            d.writeInt(g.parts().size());
            for (TreeLayout.Box b : g.parts()) {
                box(d, b);
            }
            d.writeBoolean(g.caption() != null);
            if (g.caption() != null) {
                box(d, g.caption());
            }
        }
    }

    private static void box(DataOutputStream d, TreeLayout.Box b) throws IOException {
        d.writeDouble(b.x());
        d.writeDouble(b.y());
        d.writeDouble(b.w());
        d.writeDouble(b.h());
    }

    private static Map<String, TreeLayout> read(byte[] body) throws IOException {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(body));
        if (!FORMAT.equals(d.readUTF())) {
            throw new IOException("another format");
        }
        int count = d.readInt();
        Map<String, TreeLayout> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = d.readUTF();
            out.put(key, readLayout(d));
        }
        if (d.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return out;
    }

    private static TreeLayout readLayout(DataInputStream d) throws IOException {
        TreeLayout.Direction dir = TreeLayout.Direction.valueOf(d.readUTF());
        double w = d.readDouble();
        double h = d.readDouble();
        int n = d.readInt();
        Map<String, TreeLayout.Box> nodes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            nodes.put(d.readUTF(), box(d));
        }
        int r = d.readInt();
        List<TreeLayout.Route> routes = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            String parent = d.readUTF();
            String child = d.readUTF();
            int p = d.readInt();
            List<TreeLayout.Point> points = new ArrayList<>(p);
            for (int j = 0; j < p; j++) {
                points.add(new TreeLayout.Point(d.readDouble(), d.readDouble()));
            }
            Optional<TreeLayout.Box> label =
                    d.readBoolean() ? Optional.of(box(d)) : Optional.empty();
            routes.add(new TreeLayout.Route(parent, child, points, label));
        }
        int b = d.readInt();
        List<TreeLayout.Band> bands = new ArrayList<>(b);
        for (int i = 0; i < b; i++) {
            bands.add(
                    new TreeLayout.Band(
                            d.readInt(), d.readDouble(), d.readDouble(), d.readBoolean()));
        }
        int g = d.readInt();
        List<TreeLayout.Group> groups = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            String id = d.readUTF();
            int parts = d.readInt();
            List<TreeLayout.Box> boxes = new ArrayList<>(parts);
            for (int j = 0; j < parts; j++) {
                boxes.add(box(d));
            }
            groups.add(new TreeLayout.Group(id, boxes, d.readBoolean() ? box(d) : null));
        }
        return new TreeLayout(dir, w, h, nodes, routes, bands, groups);
    }

    private static TreeLayout.Box box(DataInputStream d) throws IOException {
        return new TreeLayout.Box(d.readDouble(), d.readDouble(), d.readDouble(), d.readDouble());
    }
}
