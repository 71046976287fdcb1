package org.lineage.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.model.Body;
import org.lineage.model.Capability;
import org.lineage.model.Claim;
import org.lineage.model.Entity;
import org.lineage.model.EntityKey;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.Page;
import org.lineage.model.SiteConfig;
import org.lineage.model.Source;
import org.lineage.model.Term;

/**
 * Loads a whole content tree into a {@link KnowledgeBase}, reporting every problem it meets.
 *
 * <p>{@code site.yaml} is read first (its languages decide what the other files may contain); every
 * other file is read, decoded, parsed and turned into a record in parallel, and the results are
 * assembled in sorted order so that the outcome never depends on thread timing.
 */
public final class ContentLoader {
    /** Page slugs that would collide with the site's own paths. */
    public static final Set<String> RESERVED_SLUGS =
            Set.of(
                    "models",
                    "capabilities",
                    "methods",
                    "claims",
                    "sources",
                    "families",
                    "tree",
                    "matrix",
                    "summary",
                    "glossary",
                    "search",
                    "data",
                    "assets",
                    "translations",
                    "compare",
                    "timeline");

    /** Files allowed at the root besides {@code site.yaml} and the kind folders. */
    private static final Set<String> ROOT_EXTRAS = Set.of("LICENSE", "README.md", ".gitkeep");

    private final Path root;
    private final String displayRoot;
    private final Diagnostics diags;

    private LoadMemo memo;

    /** With {@link #memo}: each file's digest as the caller read it (null: read it here). */
    private Map<String, String> digests;

    private ContentLoader(Path root, String displayRoot, Diagnostics diags) {
        this.root = root;
        this.displayRoot = displayRoot.endsWith("/") ? displayRoot : displayRoot + "/";
        this.diags = diags;
    }

    /**
     * Loads {@code root}. Diagnostics name files as {@code displayRoot + relative path}.
     *
     * @return the knowledge base, possibly partial when there were errors
     */
    public static KnowledgeBase load(Path root, String displayRoot, Diagnostics diags) {
        return new ContentLoader(root, displayRoot, diags).run();
    }

    /**
     * As {@link #load(Path, String, Diagnostics)}, taking each file whose bytes are unchanged since
     * the last load through {@code memo} from there rather than parsing it again.
     */
    public static KnowledgeBase load(
            Path root, String displayRoot, Diagnostics diags, LoadMemo memo) {
        return load(root, displayRoot, diags, memo, null);
    }

    /**
     * As above, with the digest of each file (hex SHA-256 of its bytes, by its path relative to
     * {@code root}) as the caller has just read it, so that the files are not read and digested a
     * second time; a file the map lacks is read here. The caller lists regular files only: a path
     * the map names is not asked again whether it is a folder.
     */
    public static KnowledgeBase load(
            Path root,
            String displayRoot,
            Diagnostics diags,
            LoadMemo memo,
            Map<String, String> digests) {
        return load(root, displayRoot, diags, memo, digests, false);
    }

    /**
     * As above; with {@code sameListing} the caller vouches that no file or folder came or went
     * since the last load through {@code memo}, whose listing of the tree is then taken again.
     */
    public static KnowledgeBase load(
            Path root,
            String displayRoot,
            Diagnostics diags,
            LoadMemo memo,
            Map<String, String> digests,
            boolean sameListing) {
        ContentLoader l = new ContentLoader(root, displayRoot, diags);
        l.memo = memo;
        l.digests = digests;
        l.sameListing = sameListing;
        return l.run();
    }

    /** With {@link #memo}: the caller vouches that the tree's listing is the last load's. */
    private boolean sameListing;

    /** One file found in the tree and what it is meant to be. */
    private record Found(Path path, String rel, Kind kind, String stem, String lang) {
        boolean isBody() {
            return lang != null;
        }
    }

    /** What reading one file produced. */
    private record Loaded(
            Found found, Optional<Entity> entity, Optional<Body> body, Optional<String> title) {}

    private KnowledgeBase run() {
        if (!Files.isDirectory(root)) {
            diags.error(
                    "no-content",
                    SourcePos.file(displayRoot),
                    "content folder not found",
                    "pass --content DIR pointing at a folder with site.yaml");
            return empty(SiteReader.placeholder(displayRoot));
        }
        SiteConfig site = SiteReader.read(root.resolve("site.yaml"), displayRoot, diags);
        List<Found> found = listing(site.languages());
        EntityReader reader = new EntityReader(site.languages(), diags);
        List<Loaded> loaded =
                found.parallelStream()
                        .map(
                                f ->
                                        memo == null
                                                ? load(f, reader, site.languages())
                                                : remembered(f, site.languages()))
                        .toList();
        if (memo != null && !reusedListing) {
            memo.retain(
                    found.stream().map(Found::rel).collect(java.util.stream.Collectors.toSet()));
        }
        return assemble(site, loaded);
    }

    /**
     * One file through the memo: its bytes and what it is read with (its place in the tree, the
     * languages, how files are named) are the key; a file the memo does not hold is read with a
     * diagnostics list of its own, which the memo keeps with the result.
     */
    private Loaded remembered(Found f, List<String> languages) {
        String bytesDigest = digests == null ? null : digests.get(f.rel);
        if (bytesDigest == null) {
            try {
                bytesDigest =
                        java.util.HexFormat.of()
                                .formatHex(
                                        java.security.MessageDigest.getInstance("SHA-256")
                                                .digest(Files.readAllBytes(f.path)));
            } catch (java.io.IOException | RuntimeException e) {
                // the reader reports what is wrong with it
                return load(f, new EntityReader(languages, diags), languages);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
        String digest = bytesDigest + "\0" + displayRoot + "\0" + languages;
        LoadMemo.Entry e = memo.get(f.rel);
        if (e != null && e.digest().equals(digest) && e.found().equals(f)) {
            diags.addAll(e.diagnostics());
            return (Loaded) e.loaded();
        }
        Diagnostics own = new Diagnostics();
        ContentLoader alone = new ContentLoader(root, displayRoot, own);
        Loaded l = alone.load(f, new EntityReader(languages, own), languages);
        List<Diagnostic> found = own.sorted();
        memo.put(f.rel, new LoadMemo.Entry(digest, f, l, found));
        diags.addAll(found);
        return l;
    }

    /**
     * Reads one file. A file that is there but cannot be used (its problem is reported) still
     * yields a placeholder entity or an empty body: references to its id resolve and its
     * translation counts as present, so one broken file is one error, not one more per mention.
     */
    private Loaded load(Found f, EntityReader reader, List<String> languages) {
        String display = displayRoot + f.rel;
        Optional<ContentFile> file = StrictReader.read(f.path, display, f.rel, diags);
        file.ifPresent(c -> Placeholders.scan(c, diags));
        ContentFile usable = file.orElse(new ContentFile(display, f.rel, ""));
        if (f.isBody()) {
            Optional<Body> placeholder = Optional.of(new Body(f.lang, "", usable.pos(1, 1)));
            if (file.isEmpty()) {
                return new Loaded(f, Optional.empty(), placeholder, Optional.empty());
            }
            if (f.kind == Kind.PAGE) {
                Optional<FrontMatter.Parsed> page =
                        FrontMatter.page(file.get(), f.lang, languages, diags);
                return new Loaded(
                        f,
                        Optional.empty(),
                        page.map(FrontMatter.Parsed::body).or(() -> placeholder),
                        page.map(FrontMatter.Parsed::title));
            }
            return new Loaded(
                    f,
                    Optional.empty(),
                    FrontMatter.body(file.get(), f.lang, languages, diags).or(() -> placeholder),
                    Optional.empty());
        }
        Entity e =
                file.flatMap(c -> YamlTree.parse(c, diags))
                        .flatMap(node -> reader.read(f.kind, f.stem, usable, node))
                        .orElseGet(() -> reader.placeholder(f.kind, f.stem, usable));
        return new Loaded(f, Optional.of(e), Optional.empty(), Optional.empty());
    }

    /** Whether this load took the last load's listing of the tree. */
    private boolean reusedListing;

    /**
     * The files of the tree: walked, or through {@link #memo} the last load's walk when the caller
     * vouches nothing came or went (with the diagnostics that walk gave, which it gives again).
     */
    @SuppressWarnings("unchecked")
    private List<Found> listing(List<String> languages) {
        if (memo == null) {
            return walk(languages);
        }
        String key = root + "\0" + displayRoot + "\0" + languages;
        LoadMemo.Walk last = memo.walk();
        if (sameListing && last != null && last.key().equals(key)) {
            reusedListing = true;
            listedNames.addAll(last.listed());
            diags.addAll(last.diagnostics());
            return (List<Found>) last.found();
        }
        Diagnostics own = new Diagnostics();
        ContentLoader walker = new ContentLoader(root, displayRoot, own);
        walker.digests = digests;
        List<Found> found = List.copyOf(walker.walk(languages));
        List<Diagnostic> given = own.sorted();
        memo.walked(new LoadMemo.Walk(key, found, Set.copyOf(walker.listedNames), given));
        listedNames.addAll(walker.listedNames);
        diags.addAll(given);
        return found;
    }

    private List<Found> walk(List<String> languages) {
        List<Found> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    Optional<Kind> kind = Kind.byDir(name);
                    if (kind.isPresent()) {
                        walkKind(p, kind.get(), languages, out);
                    } else {
                        stray(name + "/", "folders here are: " + kindDirs());
                    }
                } else if (!name.equals("site.yaml") && !ROOT_EXTRAS.contains(name)) {
                    stray(name, "entities go in the kind folders: " + kindDirs());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String kindDirs() {
        return String.join(", ", Stream.of(Kind.values()).map(k -> k.dir() + "/").toList());
    }

    private void walkKind(Path dir, Kind kind, List<String> languages, List<Found> out)
            throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                String rel = kind.dir() + "/" + name;
                listedNames.add(rel);
                // a file the caller has just listed as a regular file is one: asking the file
                // system again costs a call per file, most of a rebuild's loading at 1,000 models
                boolean listed = digests != null && digests.containsKey(rel);
                if (!listed && Files.isDirectory(p)) {
                    stray(rel + "/", "a kind folder holds files only, no sub-folders");
                    continue;
                }
                if (name.equals(".gitkeep")) {
                    continue;
                }
                classify(p, rel, name, kind, languages).ifPresent(out::add);
            }
        }
    }

    private Optional<Found> classify(
            Path p, String rel, String name, Kind kind, List<String> languages) {
        String stem;
        String lang = null;
        if (name.endsWith(".md")) {
            String base = name.substring(0, name.length() - 3);
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                stray(
                        rel,
                        "a body is named <id>.<language>.md, e.g. "
                                + base
                                + "."
                                + languages.get(0)
                                + ".md");
                return Optional.empty();
            }
            stem = base.substring(0, dot);
            lang = base.substring(dot + 1);
            if (!languages.contains(lang)) {
                diags.error(
                        "unknown-language",
                        SourcePos.file(displayRoot + rel),
                        "'" + lang + "' in the file name is not a site language",
                        "site languages: " + String.join(", ", languages));
                return Optional.empty();
            }
        } else if ((name.endsWith(".yaml") || name.endsWith(".yml")) && kind != Kind.PAGE) {
            stem = name.substring(0, name.lastIndexOf('.'));
        } else {
            stray(
                    rel,
                    kind == Kind.PAGE
                            ? "pages are <slug>.<language>.md files"
                            : "this folder holds <id>.yaml and <id>.<language>.md files");
            return Optional.empty();
        }
        if (!Ids.valid(stem)) {
            diags.error(
                    "bad-id",
                    SourcePos.file(displayRoot + rel),
                    "'" + stem + "' is not a valid id",
                    "ids are lower-case letters and digits joined by single '-' or '.', "
                            + "at most 64 characters, e.g. text-davinci-002");
            return Optional.empty();
        }
        if (kind == Kind.PAGE
                && (RESERVED_SLUGS.contains(stem)
                        || languages.contains(stem)
                        || (stem.length() == 2
                                && stem.chars().allMatch(c -> c >= 'a' && c <= 'z')))) {
            diags.error(
                    "reserved-slug",
                    SourcePos.file(displayRoot + rel),
                    "page slug '" + stem + "' is reserved for the site's own pages",
                    "rename the page, e.g. '" + stem + "-page'");
            return Optional.empty();
        }
        return Optional.of(new Found(p, rel, kind, stem, lang));
    }

    private void stray(String rel, String hint) {
        diags.error(
                "stray-file",
                SourcePos.file(displayRoot + rel),
                "unexpected file or folder in the content tree",
                hint);
    }

    private KnowledgeBase assemble(SiteConfig site, List<Loaded> loaded) {
        Map<Kind, TreeMap<String, Entity>> byKind = new HashMap<>();
        Map<EntityKey, SourcePos> yamlFile = new HashMap<>();
        Map<EntityKey, Map<String, Body>> bodies = new TreeMap<>();
        Map<String, Map<String, String>> pageTitles = new TreeMap<>();
        Map<String, SourcePos> pagePos = new TreeMap<>();
        for (Loaded l : loaded) {
            Found f = l.found;
            EntityKey key = new EntityKey(f.kind, f.stem);
            SourcePos pos = SourcePos.file(displayRoot + f.rel);
            if (!f.isBody()) {
                SourcePos first = yamlFile.putIfAbsent(key, pos);
                if (first != null) {
                    diags.error(
                            "duplicate-id",
                            pos,
                            f.kind.singular()
                                    + " '"
                                    + f.stem
                                    + "' is also defined in "
                                    + first.path(),
                            "keep one file per id (use .yaml)");
                    continue;
                }
                l.entity.ifPresent(
                        e -> byKind.computeIfAbsent(f.kind, k -> new TreeMap<>()).put(f.stem, e));
                continue;
            }
            if (f.kind != Kind.PAGE && !yamlExists(f)) {
                // Kept out of the knowledge base: there is no entity for it to belong to.
                diags.error(
                        "orphan-body",
                        pos,
                        "body for " + f.kind.singular() + " '" + f.stem + "' has no YAML file",
                        "add " + f.kind.dir() + "/" + f.stem + ".yaml, or fix the file name");
                continue;
            }
            l.body.ifPresent(
                    b -> {
                        bodies.computeIfAbsent(key, k -> new TreeMap<>()).put(f.lang, b);
                        if (f.kind == Kind.PAGE) {
                            pagePos.merge(f.stem, pos, (a, c) -> a.compareTo(c) <= 0 ? a : c);
                            l.title.ifPresent(
                                    t ->
                                            pageTitles
                                                    .computeIfAbsent(f.stem, s -> new TreeMap<>())
                                                    .put(f.lang, t));
                        }
                    });
        }
        pagePos.forEach(
                (slug, pos) -> {
                    Map<String, String> titles = pageTitles.getOrDefault(slug, Map.of());
                    byKind.computeIfAbsent(Kind.PAGE, k -> new TreeMap<>())
                            .put(
                                    slug,
                                    new Page(
                                            slug,
                                            pos,
                                            titles.isEmpty()
                                                    ? org.lineage.model.Text.neutral(slug)
                                                    : org.lineage.model.Text.of(titles)));
                });
        return new KnowledgeBase(
                site,
                typed(byKind, Kind.FAMILY, Family.class),
                typed(byKind, Kind.MODEL, Model.class),
                typed(byKind, Kind.CAPABILITY, Capability.class),
                typed(byKind, Kind.METHOD, Method.class),
                typed(byKind, Kind.CLAIM, Claim.class),
                typed(byKind, Kind.SOURCE, Source.class),
                typed(byKind, Kind.TERM, Term.class),
                typed(byKind, Kind.PAGE, Page.class),
                bodies);
    }

    /** Whether the kind folder listed a YAML file for {@code body}'s entity. */
    private boolean yamlExists(Found body) {
        String base = body.kind.dir() + "/" + body.stem;
        return listedNames.contains(base + ".yaml") || listedNames.contains(base + ".yml");
    }

    /**
     * Everything the walk listed in the kind folders, files and folders, by path relative to the
     * root: what is there is known without asking the file system once more per file.
     */
    private final Set<String> listedNames = new java.util.HashSet<>();

    private static <T extends Entity> TreeMap<String, T> typed(
            Map<Kind, TreeMap<String, Entity>> byKind, Kind kind, Class<T> type) {
        TreeMap<String, T> out = new TreeMap<>();
        byKind.getOrDefault(kind, new TreeMap<>()).forEach((id, e) -> out.put(id, type.cast(e)));
        return out;
    }

    private static KnowledgeBase empty(SiteConfig site) {
        return new KnowledgeBase(
                site,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                Map.of());
    }
}
