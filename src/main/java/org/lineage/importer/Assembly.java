package org.lineage.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lineage.content.Ids;
import org.lineage.content.Placeholders;
import org.lineage.model.Confidence;

/**
 * Turns the entries read from a source into the entries to write: one id per model (unique, and
 * never made up from nothing), lineage edges from the dependencies that name a model, no edge that
 * would close a cycle, a family per organisation, sources from addresses, and the methods the edges
 * use. Everything left out is reported or counted in {@link Notes}.
 */
final class Assembly {
    private final String format;
    private final Confidence confidence;
    private final List<String> languages;
    private final Map<String, String> ids;
    private final Notes notes;
    private final ImportTexts texts;

    Assembly(
            String format,
            Confidence confidence,
            List<String> languages,
            Map<String, String> ids,
            Notes notes) {
        this.format = format;
        this.confidence = confidence;
        this.languages = languages;
        this.ids = ids;
        this.notes = notes;
        this.texts = new ImportTexts(languages);
    }

    List<Draft> run(List<Asset> assets) {
        List<Asset> models = new ArrayList<>();
        Map<String, String> otherTypes = new HashMap<>();
        for (Asset a : assets) {
            if (a.isModel()) {
                models.add(a);
            } else {
                notes.count("assets of type '" + a.type() + "': not imported (only models are)");
                otherTypes.putIfAbsent(a.key().toLowerCase(Locale.ROOT), a.type());
            }
        }
        List<ModelIds.Kept> kept = ModelIds.assign(models, notes);
        Map<String, List<ModelIds.Kept>> byKey = new HashMap<>();
        for (ModelIds.Kept k : kept) {
            byKey.computeIfAbsent(k.asset().key().toLowerCase(Locale.ROOT), x -> new ArrayList<>())
                    .add(k);
        }
        Map<String, List<Draft.Edge>> edges = new LinkedHashMap<>();
        Map<String, Map<String, Asset.Dependency>> edgeSource = new HashMap<>();
        for (ModelIds.Kept k : kept) {
            List<Draft.Edge> list = new ArrayList<>();
            Map<String, Asset.Dependency> why = new HashMap<>();
            for (Asset.Dependency d : k.asset().parents()) {
                resolve(k, d, byKey, otherTypes)
                        .filter(p -> !why.containsKey(p))
                        .ifPresent(
                                p -> {
                                    why.put(p, d);
                                    list.add(edge(k.asset(), d, p));
                                });
            }
            edges.put(k.id(), list);
            edgeSource.put(k.id(), why);
        }
        Cycles.breakAll(edges, edgeSource, notes);
        return drafts(kept, edges);
    }

    /** The id of the model a dependency names, or empty after reporting why there is none. */
    private Optional<String> resolve(
            ModelIds.Kept child,
            Asset.Dependency d,
            Map<String, List<ModelIds.Kept>> byKey,
            Map<String, String> otherTypes) {
        String key = d.target().toLowerCase(Locale.ROOT);
        List<ModelIds.Kept> found = byKey.getOrDefault(key, List.of());
        if (found.size() == 1) {
            return Optional.of(found.get(0).id());
        }
        if (found.size() > 1) {
            List<String> which = found.stream().map(k -> k.id()).toList();
            notes.warn(
                    "import-dependency",
                    d.pos(),
                    "'"
                            + d.target()
                            + "' names "
                            + found.size()
                            + " models "
                            + which
                            + "; no edge is imported",
                    "add the edge by hand to the right one");
            return Optional.empty();
        }
        String type = otherTypes.get(key);
        if (type != null) {
            notes.count("dependencies on a " + type + ": not lineage edges");
            return Optional.empty();
        }
        notes.warn(
                "import-dependency",
                d.pos(),
                "'"
                        + child.asset().name()
                        + "' depends on '"
                        + d.target()
                        + "', which is not among the models imported; no edge is imported",
                "import the folder that has it, or add the edge by hand");
        return Optional.empty();
    }

    private Draft.Edge edge(Asset child, Asset.Dependency d, String parent) {
        Draft.Texts note =
                format.equals(HfCards.FORMAT)
                        ? d.relation().isEmpty()
                                ? texts.get("note.hf-cards", child.key(), d.target())
                                : texts.get(
                                        "note.hf-cards.relation",
                                        child.key(),
                                        d.target(),
                                        d.relation())
                        : texts.get("note.ecosystem-graphs", child.file(), d.target());
        return new Draft.Edge(parent, d.method(), confidence, note);
    }

    private List<Draft> drafts(List<ModelIds.Kept> kept, Map<String, List<Draft.Edge>> edges) {
        Map<String, Draft.Family> families = new TreeMap<>();
        Map<String, Draft.Source> sources = new TreeMap<>();
        Set<String> methods = new TreeSet<>();
        List<Draft> out = new ArrayList<>();
        for (ModelIds.Kept k : kept) {
            Asset a = k.asset();
            Optional<String> released = Values.released(a.date(), a.at("created_date"), notes);
            Optional<Integer> year = released.map(r -> Integer.parseInt(r.substring(0, 4)));
            Optional<String> family = a.organization().flatMap(o -> family(o, a, families));
            Set<String> sourceIds = new LinkedHashSet<>();
            for (Asset.Link l : a.links()) {
                if (!Links.valid(l.url())) {
                    notes.warn(
                            "import-value",
                            l.pos(),
                            "address '" + l.url() + "' left out: not an absolute http(s) address",
                            "");
                    continue;
                }
                Optional<Draft.Source> s = Links.source(l, a.name(), year, a.file());
                if (s.isEmpty()) {
                    notes.warn(
                            "import-value",
                            l.pos(),
                            "address '"
                                    + l.url()
                                    + "' left out: a source needs a year, and"
                                    + " neither the address nor the model gives one",
                            "add the source by hand with its year");
                    continue;
                }
                sources.putIfAbsent(s.get().id(), s.get());
                sourceIds.add(s.get().id());
            }
            edges.get(k.id()).forEach(e -> methods.add(e.method()));
            out.add(
                    new Draft.Model(
                            k.id(),
                            List.of(a.file()),
                            a.name(),
                            family,
                            a.organization()
                                    .map(Draft.Texts::neutral)
                                    .orElse(placeholder("who made it")),
                            released,
                            Values.parameters(a.size(), a.at("size"), notes),
                            Values.access(a.access(), a.at("access"), notes),
                            summary(a),
                            edges.get(k.id()),
                            List.copyOf(sourceIds)));
        }
        out.addAll(families.values());
        out.addAll(sources.values());
        for (String m : methods) {
            out.add(
                    new Draft.Method(
                            m,
                            List.of(),
                            texts.get("method." + m + ".name"),
                            texts.get("method." + m + ".summary")));
        }
        return out;
    }

    private Optional<String> family(String org, Asset a, Map<String, Draft.Family> families) {
        String id = Optional.ofNullable(ids.get(org)).orElse(Ids.slug(org));
        if (!Ids.valid(id)) {
            notes.warn(
                    "import-value",
                    a.at("organization"),
                    "no family id can be read off the organisation '"
                            + org
                            + "'; '"
                            + a.name()
                            + "' gets no family",
                    "choose one: --id '" + org + "=an-id'");
            return Optional.empty();
        }
        Draft.Family other = families.get(id);
        if (other != null && !other.name().equals(org)) {
            notes.warn(
                    "import-value",
                    a.at("organization"),
                    "the organisation '"
                            + org
                            + "' would share the family id '"
                            + id
                            + "' with '"
                            + other.name()
                            + "'; '"
                            + a.name()
                            + "' gets no family",
                    "choose another: --id '" + org + "=an-id'");
            return Optional.empty();
        }
        families.computeIfAbsent(
                id,
                x ->
                        new Draft.Family(
                                id,
                                List.of(a.file()),
                                org,
                                texts.get("family.summary", org, format)));
        return Optional.of(id);
    }

    /** The summary in the site's languages, or a placeholder when the source has none. */
    private Draft.Texts summary(Asset a) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : languages) {
            Optional.ofNullable(a.summary().get(lang)).ifPresent(s -> out.put(lang, s));
        }
        if (out.isEmpty()) {
            notes.count("summary: no description in the source (a FILL ME placeholder is written)");
            return new Draft.Texts(
                    Map.of(
                            languages.get(0),
                            Placeholders.MARKER
                                    + ": one sentence: what the model is and where it comes from"));
        }
        return new Draft.Texts(out);
    }

    private static Draft.Texts placeholder(String what) {
        return Draft.Texts.neutral(Placeholders.MARKER + ": " + what);
    }
}
