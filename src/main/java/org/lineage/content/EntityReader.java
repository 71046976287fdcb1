package org.lineage.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lineage.content.YNode.YScalar;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;
import org.lineage.model.About;
import org.lineage.model.Access;
import org.lineage.model.Capability;
import org.lineage.model.CapabilityChange;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Correction;
import org.lineage.model.DateSpec;
import org.lineage.model.Entity;
import org.lineage.model.Evidence;
import org.lineage.model.Family;
import org.lineage.model.Kind;
import org.lineage.model.Method;
import org.lineage.model.Model;
import org.lineage.model.ParentEdge;
import org.lineage.model.Ref;
import org.lineage.model.ReleaseEstimate;
import org.lineage.model.Source;
import org.lineage.model.SourceType;
import org.lineage.model.Stance;
import org.lineage.model.Term;
import org.lineage.model.Text;

/**
 * Turns the YAML map of one entity file into its record. A record is always returned for a map,
 * with placeholders where required fields were missing (already reported), so that references to
 * the entity still resolve and every other problem is found in the same run.
 */
final class EntityReader {
    static final List<String> MODEL_KEYS =
            List.of(
                    "name",
                    "aliases",
                    "family",
                    "organization",
                    "released",
                    "released_source",
                    "released_estimate",
                    "parameters",
                    "context_window",
                    "access",
                    "api_name",
                    "summary",
                    "parents",
                    "capabilities",
                    "analogues",
                    "sources",
                    "moved_from");
    static final List<String> PARENT_KEYS =
            List.of("model", "method", "confidence", "claim", "note");
    static final List<String> CHANGE_KEYS = List.of("capability", "change", "claim");
    static final List<String> ESTIMATE_KEYS = List.of("date", "source", "note");
    static final List<String> NAMED_KEYS = List.of("name", "summary", "sources", "moved_from");
    static final List<String> FAMILY_KEYS = List.of("name", "summary", "moved_from");
    static final List<String> CLAIM_KEYS =
            List.of("statement", "status", "about", "evidence", "corrections", "moved_from");
    static final List<String> EVIDENCE_KEYS = List.of("stance", "source", "note");
    static final List<String> CORRECTION_KEYS =
            List.of("date", "before", "after", "credit", "status_before");
    static final List<String> SOURCE_KEYS =
            List.of(
                    "type",
                    "title",
                    "authors",
                    "authors_truncated",
                    "year",
                    "month",
                    "venue",
                    "arxiv",
                    "doi",
                    "url",
                    "moved_from");
    static final List<String> TERM_KEYS = List.of("term", "definition", "see_also", "moved_from");
    static final List<String> ABOUT_KEYS =
            About.KINDS.stream()
                    .map(Kind::dir)
                    .map(d -> d.equals("glossary") ? "terms" : d)
                    .toList();

    private final List<String> languages;
    private final Diagnostics diags;

    EntityReader(List<String> languages, Diagnostics diags) {
        this.languages = languages;
        this.diags = diags;
    }

    Optional<Entity> read(Kind kind, String id, ContentFile file, YNode root) {
        String what = kind.singular() + " '" + id + "'";
        List<String> keys =
                switch (kind) {
                    case MODEL -> MODEL_KEYS;
                    case CAPABILITY, METHOD -> NAMED_KEYS;
                    case FAMILY -> FAMILY_KEYS;
                    case CLAIM -> CLAIM_KEYS;
                    case SOURCE -> SOURCE_KEYS;
                    case TERM -> TERM_KEYS;
                    case PAGE -> throw new IllegalArgumentException("pages have no YAML file");
                };
        SourcePos pos = file.whole();
        return Fields.of(root, what, keys, languages, diags)
                .map(
                        f ->
                                switch (kind) {
                                    case MODEL -> model(id, pos, f);
                                    case CAPABILITY ->
                                            new Capability(
                                                    id,
                                                    pos,
                                                    name(f, "name", id),
                                                    prose(f, "summary", true),
                                                    f.refs("sources"),
                                                    f.refs("moved_from"));
                                    case METHOD ->
                                            new Method(
                                                    id,
                                                    pos,
                                                    name(f, "name", id),
                                                    prose(f, "summary", true),
                                                    f.refs("sources"),
                                                    f.refs("moved_from"));
                                    case FAMILY ->
                                            new Family(
                                                    id,
                                                    pos,
                                                    name(f, "name", id),
                                                    prose(f, "summary", true),
                                                    f.refs("moved_from"));
                                    case CLAIM -> claim(id, pos, f);
                                    case SOURCE -> source(id, pos, f);
                                    case TERM ->
                                            new Term(
                                                    id,
                                                    pos,
                                                    name(f, "term", id),
                                                    prose(f, "definition", true),
                                                    about(f, "see_also", false),
                                                    f.refs("moved_from"));
                                    case PAGE -> throw new IllegalStateException();
                                });
    }

    /**
     * A record for an entity whose file could not be read or is not a map (already reported): every
     * field a placeholder, built by reading an empty map with its complaints discarded.
     */
    Entity placeholder(Kind kind, String id, ContentFile file) {
        return new EntityReader(languages, new Diagnostics())
                .read(kind, id, file, new YNode.YMap(file.whole(), List.of()))
                .orElseThrow();
    }

    private static Text name(Fields f, String key, String id) {
        return f.text(key, true, false).orElse(Text.neutral(id));
    }

    private static Text prose(Fields f, String key, boolean required) {
        return f.text(key, required, true).orElse(Text.neutral(""));
    }

    private Model model(String id, SourcePos pos, Fields f) {
        f.string("parameters", false)
                .filter(p -> !p.matches("unknown|[0-9]+(\\.[0-9]+)?[KMBT]"))
                .ifPresent(
                        p ->
                                diags.error(
                                        "bad-value",
                                        f.node("parameters").get().pos(),
                                        "'" + p + "' is not a parameter count",
                                        "write a number with K, M, B or T (175B, 1.3B) or 'unknown'"));
        List<ParentEdge> parents =
                f.objects(
                        "parents",
                        "a parent of model '" + id + "'",
                        PARENT_KEYS,
                        p -> {
                            Optional<Ref> model = p.ref("model", true);
                            Optional<Ref> method = p.ref("method", true);
                            Optional<Confidence> conf =
                                    p.vocab("confidence", Confidence.class, true);
                            Optional<Ref> claim = p.ref("claim", false);
                            Optional<Text> note = p.text("note", false, true);
                            if (model.isEmpty() || method.isEmpty()) {
                                return Optional.empty();
                            }
                            // A bad confidence is reported; the edge stays so that the lineage
                            // and the edge's references are still checked in this run.
                            return Optional.of(
                                    new ParentEdge(
                                            model.get(),
                                            method.get(),
                                            conf.orElse(Confidence.OPEN_QUESTION),
                                            claim,
                                            note,
                                            p.pos()));
                        });
        List<CapabilityChange> changes =
                f.objects(
                        "capabilities",
                        "a capability change of model '" + id + "'",
                        CHANGE_KEYS,
                        c -> {
                            Optional<Ref> cap = c.ref("capability", true);
                            Optional<org.lineage.model.Change> ch = c.change("change");
                            Optional<Ref> claim = c.ref("claim", false);
                            if (cap.isEmpty() || ch.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new CapabilityChange(cap.get(), ch.get(), claim, c.pos()));
                        });
        Optional<DateSpec> released = f.date("released", false);
        Optional<Ref> releasedSource = f.ref("released_source", false);
        if (releasedSource.isPresent() && released.isEmpty() && f.node("released").isEmpty()) {
            diags.error(
                    "missing-field",
                    releasedSource.get().pos(),
                    "'released_source' names where the release date comes from, but model '"
                            + id
                            + "' has no 'released'",
                    "add 'released:' with the date that source gives, or move the source to"
                            + " 'released_estimate'");
        }
        Optional<ReleaseEstimate> estimate =
                f.object(
                                "released_estimate",
                                "the release estimate of model '" + id + "'",
                                ESTIMATE_KEYS)
                        .flatMap(
                                e -> {
                                    Optional<DateSpec> date = e.date("date", true);
                                    Optional<Ref> source = e.ref("source", true);
                                    Optional<Text> note = e.text("note", false, true);
                                    if (date.isEmpty() || source.isEmpty()) {
                                        return Optional.empty();
                                    }
                                    return Optional.of(
                                            new ReleaseEstimate(
                                                    date.get(), source.get(), note, e.pos()));
                                });
        listedOnce(parents.stream().map(ParentEdge::model).toList(), "a parent");
        listedOnce(changes.stream().map(CapabilityChange::capability).toList(), "a capability");
        return new Model(
                id,
                pos,
                name(f, "name", id),
                f.strings("aliases"),
                f.ref("family", false),
                f.text("organization", true, false).orElse(Text.neutral("")),
                released,
                releasedSource,
                estimate,
                f.string("parameters", false),
                f.integer("context_window", false, 1, 100_000_000),
                f.vocab("access", Access.class, false),
                f.string("api_name", false),
                prose(f, "summary", true),
                parents,
                changes,
                f.refs("analogues"),
                f.refs("sources"),
                f.refs("moved_from"));
    }

    /**
     * A model names each parent and each capability once: a second edge or change to the same id
     * would contradict the first (two methods, two changes) with no rule to pick one.
     */
    private void listedOnce(List<Ref> refs, String role) {
        Map<String, SourcePos> first = new java.util.HashMap<>();
        for (Ref r : refs) {
            SourcePos earlier = first.putIfAbsent(r.id(), r.pos());
            if (earlier != null) {
                diags.error(
                        "duplicate-value",
                        r.pos(),
                        "'" + r.id() + "' is listed twice as " + role,
                        "it was first listed at line "
                                + earlier.line()
                                + "; merge the two entries");
            }
        }
    }

    private Claim claim(String id, SourcePos pos, Fields f) {
        List<Evidence> evidence =
                f.objects(
                        "evidence",
                        "evidence of claim '" + id + "'",
                        EVIDENCE_KEYS,
                        e -> {
                            Optional<Stance> stance = e.vocab("stance", Stance.class, true);
                            Optional<Ref> source = e.ref("source", false);
                            Optional<Text> note = e.text("note", true, true);
                            // Kept with placeholders (the problem is reported) so that its source
                            // is still checked and the claim is not reported as lacking evidence.
                            return Optional.of(
                                    new Evidence(
                                            stance.orElse(Stance.CONTEXT),
                                            source,
                                            note.orElse(Text.neutral("")),
                                            e.pos()));
                        });
        List<Correction> corrections =
                f.objects(
                        "corrections",
                        "a correction of claim '" + id + "'",
                        CORRECTION_KEYS,
                        c -> {
                            var date = c.date("date", true);
                            var before = c.text("before", true, true);
                            var after = c.text("after", true, true);
                            var credit = c.string("credit", false);
                            var statusBefore = c.vocab("status_before", Confidence.class, false);
                            if (date.isEmpty() || before.isEmpty() || after.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Correction(
                                            date.get(),
                                            before.get(),
                                            after.get(),
                                            credit,
                                            statusBefore,
                                            c.pos()));
                        });
        return new Claim(
                id,
                pos,
                f.text("statement", true, true).orElse(Text.neutral(id)),
                f.vocab("status", Confidence.class, true).orElse(Confidence.OPEN_QUESTION),
                about(f, "about", true),
                evidence,
                corrections,
                f.refs("moved_from"));
    }

    private About about(Fields f, String key, boolean required) {
        Optional<Fields> a = f.object(key, "'" + key + "'", ABOUT_KEYS);
        if (a.isEmpty()) {
            if (required && f.node(key).isEmpty()) {
                f.missing(key);
            }
            return About.empty();
        }
        Map<Kind, List<Ref>> refs = new EnumMap<>(Kind.class);
        for (int i = 0; i < About.KINDS.size(); i++) {
            List<Ref> r = a.get().refs(ABOUT_KEYS.get(i));
            if (!r.isEmpty()) {
                refs.put(About.KINDS.get(i), r);
            }
        }
        About about = new About(refs);
        if (about.isEmpty() && required) {
            diags.error(
                    "missing-field",
                    a.get().pos(),
                    "'" + key + "' names nothing",
                    "name at least one of: " + String.join(", ", ABOUT_KEYS));
        }
        return about;
    }

    private Source source(String id, SourcePos pos, Fields f) {
        Optional<String> arxiv = f.string("arxiv", false);
        Optional<String> doi = f.string("doi", false);
        Optional<String> url = f.string("url", false);
        arxiv.filter(
                        a ->
                                !a.matches(
                                        "([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(\\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?"))
                .ifPresent(a -> badFormat(f, "arxiv", a, "an arXiv id such as 2107.03374"));
        doi.filter(d -> !d.matches("10\\.[0-9]{4,9}/\\S+"))
                .ifPresent(d -> badFormat(f, "doi", d, "a DOI such as 10.1000/xyz123"));
        url.filter(u -> !u.matches("https?://[^\\s]+"))
                .ifPresent(u -> badFormat(f, "url", u, "an absolute http(s) URL"));
        if (url.isEmpty() && arxiv.isEmpty() && doi.isEmpty() && f.node("url").isEmpty()) {
            diags.error(
                    "missing-field",
                    f.pos(),
                    "source '" + id + "' has no url, arxiv or doi",
                    "add 'url:' (or 'arxiv:' or 'doi:') so readers can find it");
        }
        List<YScalar> authors = f.scalars("authors");
        for (YScalar a : authors) {
            if (a.value().trim().equalsIgnoreCase("et al.") || a.value().trim().equals("et al")) {
                diags.error(
                        "bad-value",
                        a.pos(),
                        "'et al.' is not an author",
                        "list the authors in order, or only the ones you know");
            }
        }
        boolean truncated = f.bool("authors_truncated").orElse(false);
        if (truncated && authors.isEmpty()) {
            diags.error(
                    "missing-field",
                    f.node("authors_truncated").get().pos(),
                    "source '" + id + "' marks its author list as cut short but lists no author",
                    "list the first authors under 'authors:', or remove 'authors_truncated'");
        }
        return new Source(
                id,
                pos,
                f.vocab("type", SourceType.class, true).orElse(SourceType.ARTICLE),
                f.string("title", true).orElse(id),
                authors.stream().map(YScalar::value).toList(),
                truncated,
                f.integer("year", true, 1000, 9999).orElse(1000),
                f.integer("month", false, 1, 12),
                f.string("venue", false),
                arxiv,
                doi,
                url,
                f.refs("moved_from"));
    }

    private void badFormat(Fields f, String key, String value, String expected) {
        diags.error(
                "bad-value",
                f.node(key).get().pos(),
                "'" + value + "' is not a valid " + key,
                "write " + expected);
    }
}
