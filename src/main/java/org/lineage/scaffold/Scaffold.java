package org.lineage.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lineage.content.ContentFile;
import org.lineage.content.ContentLoader;
import org.lineage.content.Ids;
import org.lineage.content.Placeholders;
import org.lineage.diag.Diagnostic;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.Suggest;
import org.lineage.model.Entity;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Ref;
import org.lineage.model.SitePaths;

/**
 * Plans the skeleton of a new entry in an existing content tree, refusing an id that is malformed,
 * taken, or a former id of another entry, and writes it without ever replacing a file.
 */
public final class Scaffold {
    /** The kinds {@code new} accepts, by the word used in entity links. */
    public static final List<String> KINDS = Stream.of(Kind.values()).map(Kind::singular).toList();

    private Scaffold() {}

    /** What {@link #plan} decided. */
    public sealed interface Outcome {}

    /**
     * The skeleton to write.
     *
     * @param notes things worth knowing that do not stop it, such as an existing id close to the
     *     new one
     */
    public record Planned(Skeleton skeleton, List<String> notes) implements Outcome {}

    /** Why there is no skeleton, and what to do instead. */
    public record Refused(String reason, String hint) implements Outcome {}

    /**
     * Plans a new entry of {@code kindWord} ({@code model}, {@code claim}, ...; a folder name such
     * as {@code models} or {@code glossary} works too) named {@code id} in {@code content}.
     */
    public static Outcome plan(Path content, String kindWord, String id, int year) {
        Optional<Kind> kind = Kind.bySingular(kindWord).or(() -> Kind.byDir(kindWord));
        if (kind.isEmpty()) {
            String near = Suggest.didYouMean(kindWord, KINDS);
            return new Refused(
                    "'" + kindWord + "' is not a kind of entry",
                    (near.isEmpty() ? "" : near + " ") + "kinds: " + String.join(", ", KINDS));
        }
        Kind k = kind.get();
        if (!Ids.valid(id)) {
            String slug = Ids.slug(id);
            return new Refused(
                    "'" + id + "' is not a valid id",
                    (slug.isEmpty()
                                    ? "write the name in Latin letters (a transliteration); "
                                    : "try '" + slug + "'; ")
                            + "ids are lower-case ASCII letters and digits joined by single '-' or"
                            + " '.', at most "
                            + Ids.MAX_LENGTH
                            + " characters");
        }
        if (!Files.isRegularFile(content.resolve("site.yaml"))) {
            return new Refused(
                    "no site.yaml in " + content,
                    "run the command from the repository root, or pass --content DIR");
        }
        Diagnostics diags = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(content, "content/", diags);
        if (diags.sorted().stream()
                .anyMatch(d -> d.isError() && d.pos().path().equals("content/site.yaml"))) {
            return new Refused(
                    "site.yaml has errors", "run 'lineage check' and fix site.yaml first");
        }
        List<String> languages = kb.site().languages();
        Optional<Refused> taken = taken(content, kb, k, id, languages);
        if (taken.isPresent()) {
            return taken.get();
        }
        List<String> notes = new ArrayList<>();
        Suggest.nearest(id, kb.entities(k).keySet())
                .ifPresent(
                        near ->
                                notes.add(
                                        "an existing "
                                                + k.singular()
                                                + " has a similar id, '"
                                                + near
                                                + "': make sure the new entry is not the same"));
        String schema = k == Kind.TERM ? "term" : k.singular();
        SkeletonTemplates.Values values =
                new SkeletonTemplates.Values(
                        kb.site().baseUrl() + SitePaths.contentSchema(schema), id, year, languages);
        List<Skeleton.NewFile> files = new ArrayList<>();
        SkeletonTemplates.yaml(k.singular(), values)
                .ifPresent(t -> files.add(new Skeleton.NewFile(k.dir() + "/" + id + ".yaml", t)));
        for (String lang : languages) {
            SkeletonTemplates.body(k.singular(), lang, values)
                    .ifPresent(
                            t ->
                                    files.add(
                                            new Skeleton.NewFile(
                                                    k.dir() + "/" + id + "." + lang + ".md", t)));
        }
        return new Planned(new Skeleton(k.singular(), id, files), notes);
    }

    private static Optional<Refused> taken(
            Path content, KnowledgeBase kb, Kind k, String id, List<String> languages) {
        Optional<String> existing = existingFile(content, kb, k, id, languages);
        if (existing.isPresent()) {
            return Optional.of(
                    new Refused(
                            "there is already a "
                                    + k.singular()
                                    + " '"
                                    + id
                                    + "' ("
                                    + existing.get()
                                    + ")",
                            "edit that entry, or pick another id such as '"
                                    + free(content, kb, k, id, languages)
                                    + "'"));
        }
        Optional<Entity> renamed = formerOf(kb, k, id);
        if (renamed.isPresent()) {
            return Optional.of(
                    new Refused(
                            "'"
                                    + id
                                    + "' is a former id of "
                                    + k.singular()
                                    + " '"
                                    + renamed.get().id()
                                    + "' (its old address leads there)",
                            "edit '"
                                    + renamed.get().id()
                                    + "', or pick another id such as '"
                                    + free(content, kb, k, id, languages)
                                    + "'"));
        }
        if (k == Kind.PAGE
                && (ContentLoader.RESERVED_SLUGS.contains(id)
                        || languages.contains(id)
                        || id.matches("[a-z]{2}"))) {
            return Optional.of(
                    new Refused(
                            "page slug '" + id + "' is reserved for the site's own pages",
                            "pick another slug, such as '" + id + "-page'"));
        }
        return Optional.empty();
    }

    /** The file of the entry {@code id}, relative to the content folder, when there is one. */
    private static Optional<String> existingFile(
            Path content, KnowledgeBase kb, Kind k, String id, List<String> languages) {
        List<String> names = new ArrayList<>(List.of(id + ".yaml", id + ".yml"));
        languages.forEach(l -> names.add(id + "." + l + ".md"));
        Optional<String> file =
                names.stream()
                        .map(n -> k.dir() + "/" + n)
                        .filter(n -> Files.exists(content.resolve(n)))
                        .findFirst();
        return file.isPresent() || !kb.entities(k).containsKey(id)
                ? file
                : Optional.of(k.dir() + "/" + id + ".yaml");
    }

    /** The entry that lists {@code id} among its former ids. */
    private static Optional<Entity> formerOf(KnowledgeBase kb, Kind k, String id) {
        for (Entity e : kb.entities(k).values()) {
            for (Ref old : e.movedFrom()) {
                if (old.id().equals(id)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The first of {@code id-2}, {@code id-3}, ... that nothing uses. */
    private static String free(
            Path content, KnowledgeBase kb, Kind k, String id, List<String> languages) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = id.substring(0, Math.min(id.length(), Ids.MAX_LENGTH - suffix.length()));
            String candidate = base.replaceAll("[-.]+$", "") + suffix;
            if (Ids.valid(candidate)
                    && existingFile(content, kb, k, candidate, languages).isEmpty()
                    && formerOf(kb, k, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /**
     * Writes the skeleton's files, each only if it does not exist yet, and returns the placeholders
     * to fill in, named as {@code displayRoot + path}.
     */
    public static List<Diagnostic> write(Path content, String displayRoot, Skeleton skeleton)
            throws IOException {
        List<Diagnostic> toFill = new ArrayList<>();
        for (Skeleton.NewFile f : skeleton.files()) {
            Path p = content.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            toFill.addAll(
                    Placeholders.find(new ContentFile(displayRoot + f.path(), f.path(), f.text())));
        }
        return toFill;
    }
}
