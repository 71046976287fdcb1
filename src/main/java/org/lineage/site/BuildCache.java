package org.lineage.site;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Severity;
import org.lineage.diag.SourcePos;

/**
 * The build cache: one folder (by default {@code .lineage-cache/} beside the content folder) that
 * remembers, per pair of content and output folder, what the last build read and wrote.
 *
 * <ul>
 *   <li>{@code layouts.bin}: the tree layouts (see {@link org.lineage.layout.LayoutCache});
 *   <li>{@code manifest.bin}: the digest of every input (content, templates, options, Lineage
 *       itself), the digest of what every page shares, what each page read (the entities and bodies
 *       it shows, by digest), and every output file with its size and modification time.
 * </ul>
 *
 * <p>Nothing in it is trusted blindly: each file carries a SHA-256 checksum and a format line, and
 * a file that does not verify is ignored whole (the build is then a clean one). The output is
 * compared with the manifest file by file, so files edited, added or deleted by hand are found.
 */
final class BuildCache {
    /** The cache folder's name, beside the content folder. */
    static final String FOLDER = ".lineage-cache";

    /** Changes whenever the manifest's layout or meaning does. */
    static final String FORMAT = "lineage-manifest-8";

    private final Path dir;

    private BuildCache(Path dir) {
        this.dir = dir;
    }

    /**
     * The cache of building {@code content} into {@code out}, in {@code root} (the default: {@link
     * #FOLDER} beside {@code content}).
     */
    static BuildCache of(Path root, Path content, Path out) {
        String pair =
                content.toAbsolutePath().normalize() + "\0" + out.toAbsolutePath().normalize();
        String name =
                "build-"
                        + HexFormat.of()
                                .formatHex(sha256(pair.getBytes(StandardCharsets.UTF_8)))
                                .substring(0, 12);
        return new BuildCache(root.resolve(name));
    }

    /** The default cache folder for {@code content}. */
    static Path defaultRoot(Path content) {
        Path abs = content.toAbsolutePath().normalize();
        Path parent = abs.getParent() == null ? abs : abs.getParent();
        return parent.resolve(FOLDER);
    }

    private static volatile String codeId;

    /**
     * What names this build of Lineage: its version and, since a version may be rebuilt, the size
     * and time of its jar (or, run from a class folder, the digest of that folder's files).
     */
    static String codeId() {
        String id = codeId;
        if (id == null) {
            id = computeCodeId();
            codeId = id;
        }
        return id;
    }

    private static String computeCodeId() {
        String version = String.valueOf(BuildCache.class.getPackage().getImplementationVersion());
        try {
            Path where =
                    Path.of(
                            BuildCache.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            if (Files.isRegularFile(where)) {
                BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
                return version + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            MessageDigest md = digest();
            addTree(md, where);
            return version + " " + HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no way to tell this build apart: a cache made by another may not be used
            return version + " " + System.nanoTime();
        }
    }

    /** What names a set of templates: a folder's by the digest of its files. */
    static String templatesId(org.lineage.render.TemplateSource t) {
        if (t instanceof org.lineage.render.TemplateSource.Folder f) {
            try {
                MessageDigest md = digest();
                addTree(md, f.dir());
                return "folder " + HexFormat.of().formatHex(md.digest());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return "packaged";
    }

    Path layouts() {
        return dir.resolve("layouts.bin");
    }

    /** Where past editions are kept once built, a folder per edition and key. */
    Path editions() {
        return dir.resolve("editions");
    }

    Path manifestFile() {
        return dir.resolve("manifest.bin");
    }

    /** One output file as written: its size and modification time. */
    record FileStamp(long size, long modified) {
        static Optional<FileStamp> of(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (!a.isRegularFile()) {
                    return Optional.empty();
                }
                return Optional.of(new FileStamp(a.size(), a.lastModifiedTime().toMillis()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * One page as last built: the files it wrote (the page, and its CSL-JSON when cited) and what
     * it read, each entity, kind or body it showed ({@link org.lineage.model.Reads}' names) with
     * the digest it had, and the digest of the ids the page declares (its {@code #anchors}: while
     * no page's ids change and no file goes, the links of a page kept as it was stay good).
     */
    record PageRecord(List<String> files, Map<String, String> reads, String ids) {
        PageRecord {
            files = List.copyOf(files);
            reads = SortedPairs.of(reads);
        }
    }

    /**
     * What the last build read and wrote.
     *
     * @param inputs the digest of every input: equal inputs give an equal site
     * @param shared the digest of what every page may show (the structure of every entity and body)
     * @param data the digest of what the files that are not pages are made from (every input but
     *     the bodies' text); while it and those files are unchanged, they are kept as they are
     * @param digests the digest of each file that is not a page (the data exports, the assets), so
     *     that one made again with the same bytes is kept as it is ({@code "-"} for a file written
     *     without taking its digest)
     */
    record Manifest(
            String inputs,
            String shared,
            String data,
            int pages,
            long bytes,
            List<Diagnostic> diagnostics,
            Map<String, FileStamp> files,
            Map<String, PageRecord> pageRecords,
            Map<String, String> digests) {
        /**
         * The maps are taken over, not copied (a build's are tens of thousands of entries, made for
         * this manifest): the caller changes none of them afterwards.
         */
        Manifest {
            diagnostics = List.copyOf(diagnostics);
            files = java.util.Collections.unmodifiableMap(files);
            pageRecords = java.util.Collections.unmodifiableMap(pageRecords);
            digests = java.util.Collections.unmodifiableMap(digests);
        }
    }

    /**
     * The manifest this object last saved, and its file's stamp then: a long-lived builder reads it
     * from memory while the file is as it was left.
     */
    private Manifest saved;

    private List<Object> savedStamp;

    /** A file's identity (inode), size and time to the nanosecond, or an empty list. */
    private static List<Object> identity(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            return java.util.Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The manifest, or why it cannot be used (absent, of another format, damaged). */
    Optional<Manifest> manifest(List<String> problems) {
        Path f = manifestFile();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        if (saved != null && !savedStamp.isEmpty() && identity(f).equals(savedStamp)) {
            return Optional.of(saved);
        }
        try {
            byte[] body = verified(Files.readAllBytes(f));
            if (body == null) {
                problems.add("the build cache's manifest is damaged (checksum); building afresh");
                return Optional.empty();
            }
            return Optional.of(read(body));
        } catch (IOException | RuntimeException e) {
            problems.add("the build cache's manifest is unreadable; building afresh");
            return Optional.empty();
        }
    }

    /** Writes {@code m}, replacing the old manifest in one step. */
    void save(Manifest m) throws IOException {
        saved = null;
        // written as it is made: at 10,000 models the manifest is tens of megabytes
        write(manifestFile(), out -> manifest(new DataOutputStream(out), m));
        saved = m;
        savedStamp = identity(manifestFile());
    }

    private static void manifest(DataOutputStream d, Manifest m) throws IOException {
        d.writeUTF(FORMAT);
        d.writeUTF(m.inputs());
        d.writeUTF(m.shared());
        d.writeUTF(m.data());
        d.writeInt(m.pages());
        d.writeLong(m.bytes());
        d.writeInt(m.diagnostics().size());
        for (Diagnostic x : m.diagnostics()) {
            d.writeUTF(x.severity().name());
            d.writeUTF(x.code());
            d.writeUTF(x.pos().path());
            d.writeInt(x.pos().line());
            d.writeInt(x.pos().column());
            text(d, x.message());
            text(d, x.hint());
        }
        List<String> files = sorted(m.files().keySet());
        d.writeInt(files.size());
        for (String f : files) {
            FileStamp stamp = m.files().get(f);
            d.writeUTF(f);
            d.writeLong(stamp.size());
            d.writeLong(stamp.modified());
        }
        List<String> pages = sorted(m.pageRecords().keySet());
        // most pages read the same things: each read (a name and its digest) is written once,
        // and a page lists the numbers of its reads
        Map<Map.Entry<String, String>, Integer> reads = new HashMap<>();
        List<Map.Entry<String, String>> table = new ArrayList<>();
        for (String page : pages) {
            for (Map.Entry<String, String> b : m.pageRecords().get(page).reads().entrySet()) {
                Map.Entry<String, String> read = Map.entry(b.getKey(), b.getValue());
                if (!reads.containsKey(read)) {
                    reads.put(read, table.size());
                    table.add(read);
                }
            }
        }
        d.writeInt(table.size());
        for (Map.Entry<String, String> read : table) {
            d.writeUTF(read.getKey());
            d.writeUTF(read.getValue());
        }
        d.writeInt(pages.size());
        for (String page : pages) {
            PageRecord r = m.pageRecords().get(page);
            d.writeUTF(page);
            d.writeInt(r.files().size());
            for (String f : r.files()) {
                d.writeUTF(f);
            }
            Map<String, String> bodies = r.reads();
            d.writeInt(bodies.size());
            for (Map.Entry<String, String> b : bodies.entrySet()) {
                d.writeInt(reads.get(Map.entry(b.getKey(), b.getValue())));
            }
            d.writeUTF(r.ids());
        }
        List<String> digested = sorted(m.digests().keySet());
        d.writeInt(digested.size());
        for (String f : digested) {
            d.writeUTF(f);
            d.writeUTF(m.digests().get(f));
        }
        d.flush();
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(null);
        return out;
    }

    /** Removes the manifest, so that the next build is a clean one. */
    void forget() throws IOException {
        saved = null;
        Files.deleteIfExists(manifestFile());
    }

    private static void text(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String text(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("bad length");
        }
        return new String(d.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static Manifest read(byte[] body) throws IOException {
        DataInputStream d = new DataInputStream(new ByteArrayInputStream(body));
        if (!FORMAT.equals(d.readUTF())) {
            throw new IOException("another format");
        }
        String inputs = d.readUTF();
        String shared = d.readUTF();
        String data = d.readUTF();
        int pages = d.readInt();
        long bytes = d.readLong();
        int n = d.readInt();
        List<Diagnostic> diags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Severity s = Severity.valueOf(d.readUTF());
            String code = d.readUTF();
            SourcePos pos = new SourcePos(d.readUTF(), d.readInt(), d.readInt());
            diags.add(new Diagnostic(s, code, pos, text(d), text(d)));
        }
        int f = d.readInt();
        Map<String, FileStamp> files = new TreeMap<>();
        for (int i = 0; i < f; i++) {
            files.put(d.readUTF(), new FileStamp(d.readLong(), d.readLong()));
        }
        int t = d.readInt();
        if (t < 0 || t > 1 << 26) {
            throw new IOException("bad count");
        }
        String[] names = new String[t];
        String[] digests = new String[t];
        for (int i = 0; i < t; i++) {
            names[i] = d.readUTF();
            digests[i] = d.readUTF();
        }
        int p = d.readInt();
        Map<String, PageRecord> records = new TreeMap<>();
        for (int i = 0; i < p; i++) {
            String file = d.readUTF();
            int k = d.readInt();
            List<String> written = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                written.add(d.readUTF());
            }
            int b = d.readInt();
            Map<String, String> bodies = new TreeMap<>();
            for (int j = 0; j < b; j++) {
                int at = d.readInt();
                if (at < 0 || at >= t) {
                    throw new IOException("bad read number");
                }
                bodies.put(names[at], digests[at]);
            }
            records.put(file, new PageRecord(written, bodies, d.readUTF()));
        }
        int g = d.readInt();
        Map<String, String> fileDigests = new HashMap<>();
        for (int i = 0; i < g; i++) {
            fileDigests.put(d.readUTF(), d.readUTF());
        }
        if (d.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return new Manifest(inputs, shared, data, pages, bytes, diags, files, records, fileDigests);
    }

    /**
     * Writes {@code body} as it is made, and its checksum, to {@code file}, replacing it in one
     * step.
     */
    static void write(Path file, org.lineage.export.Streamed body) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".bin");
        try {
            MessageDigest md = digest();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                DigestOutputStream d = new DigestOutputStream(out, md);
                body.writeTo(d);
                d.flush();
                out.write(md.digest());
            }
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The body of a checksummed file, or null when its checksum does not match. */
    static byte[] verified(byte[] all) {
        if (all.length < 32) {
            return null;
        }
        byte[] body = Arrays.copyOfRange(all, 0, all.length - 32);
        byte[] sum = Arrays.copyOfRange(all, all.length - 32, all.length);
        return MessageDigest.isEqual(sum, sha256(body)) ? body : null;
    }

    static byte[] sha256(byte[] b) {
        return digest().digest(b);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds every regular file under {@code root} to {@code md}, in path order: its path relative to
     * {@code root} and its bytes.
     */
    static void addTree(MessageDigest md, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buf = new byte[1 << 16];
        for (Path p : files) {
            md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try (InputStream in = Files.newInputStream(p)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            md.update((byte) 0);
        }
    }

    /**
     * Calls {@code action} on every entry below {@code root} that is not a folder, with the
     * attributes the walk read (one stat per file; links are not followed).
     */
    static void eachFile(Path root, java.util.function.BiConsumer<Path, BasicFileAttributes> action)
            throws IOException {
        Files.walkFileTree(
                root,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                        action.accept(p, a);
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
    }

    /**
     * The output files under {@code out} with their stamps, or empty when {@code out} is missing.
     */
    static Map<String, FileStamp> stamps(Path out) throws IOException {
        Map<String, FileStamp> m = new ConcurrentHashMap<>();
        if (!Files.isDirectory(out)) {
            return m;
        }
        List<Path> tops;
        try (Stream<Path> s = Files.list(out)) {
            tops = s.toList();
        }
        // the languages' folders hold most files: one walk per folder, side by side
        Workers.each(
                tops,
                top -> {
                    try {
                        eachFile(
                                top,
                                (p, a) ->
                                        // anything else (a link put there by hand) gets a stamp
                                        // no build writes, so it is found, and removed
                                        m.put(
                                                out.relativize(p).toString().replace('\\', '/'),
                                                new FileStamp(
                                                        a.isRegularFile() ? a.size() : -1,
                                                        a.lastModifiedTime().toMillis())));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return m;
    }
}
