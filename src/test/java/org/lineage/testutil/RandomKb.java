package org.lineage.testutil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.lineage.model.Change;

/**
 * A random but valid knowledge base, as data that can be written out as a content tree and made
 * smaller: models with up to three parents among the models made before them (so the lineage is a
 * DAG), release dates at every precision and as intervals (some missing, some earlier than a
 * parent's), and capability changes. Ids do not follow the lineage order, so sorting by id never
 * gives a topological order by accident.
 */
public record RandomKb(List<ModelSpec> models) {
    /** The capabilities and methods the generated models use; the base files define them. */
    public static final List<String> CAPABILITIES = List.of("talk", "code", "reason");

    private static final List<String> METHODS = List.of("pretrain", "tune", "merge");
    private static final String[] CONFIDENCE = {
        "documented", "conclusion", "hypothesis", "educated-guess", "open-question"
    };

    /**
     * One model.
     *
     * @param released as written in YAML, or empty
     * @param parents parent ids with the method of each edge
     * @param changes capability id to change, at most one per capability
     */
    public record ModelSpec(
            String id,
            Optional<String> family,
            Optional<String> released,
            Map<String, String> parents,
            Map<String, Change> changes) {
        public ModelSpec {
            parents = Map.copyOf(new LinkedHashMap<>(parents));
            changes = Map.copyOf(changes);
        }

        ModelSpec withParents(Map<String, String> p) {
            return new ModelSpec(id, family, released, p, changes);
        }

        ModelSpec withChanges(Map<String, Change> c) {
            return new ModelSpec(id, family, released, parents, c);
        }

        ModelSpec withReleased(Optional<String> r) {
            return new ModelSpec(id, family, r, parents, changes);
        }
    }

    public RandomKb {
        models = List.copyOf(models);
    }

    /** Between one and {@code max} models. */
    public static RandomKb random(Random r, int max) {
        int n = 1 + r.nextInt(max);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("m" + Integer.toString(i * 7919 % 1000 + 1000 * r.nextInt(3), 36) + "-" + i);
        }
        List<ModelSpec> models = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> parents = new TreeMap<>();
            int k = i == 0 ? 0 : r.nextInt(r.nextInt(3) == 0 ? 4 : 2);
            for (int j = 0; j < k; j++) {
                parents.put(ids.get(r.nextInt(i)), METHODS.get(r.nextInt(METHODS.size())));
            }
            Map<String, Change> changes = new TreeMap<>();
            for (String c : CAPABILITIES) {
                if (r.nextInt(10) < 3) {
                    changes.put(c, Change.values()[r.nextInt(Change.values().length)]);
                }
            }
            Optional<String> family =
                    Optional.of(new String[] {"alpha", "beta", ""}[r.nextInt(3)])
                            .filter(f -> !f.isEmpty());
            models.add(new ModelSpec(ids.get(i), family, date(r), parents, changes));
        }
        return new RandomKb(models);
    }

    private static Optional<String> date(Random r) {
        if (r.nextInt(8) == 0) {
            return Optional.empty();
        }
        int y = 2018 + r.nextInt(6);
        String start =
                switch (r.nextInt(3)) {
                    case 0 -> Integer.toString(y);
                    case 1 -> String.format("%d-%02d", y, 1 + r.nextInt(12));
                    default ->
                            String.format("%d-%02d-%02d", y, 1 + r.nextInt(12), 1 + r.nextInt(28));
                };
        if (r.nextInt(6) == 0) {
            return Optional.of(start + "/" + (y + 1 + r.nextInt(2)));
        }
        return Optional.of(start);
    }

    /** The content tree: base files (site, families, methods, capabilities) and one per model. */
    public Map<String, String> files() {
        Map<String, String> f = new TreeMap<>(Fixture.files());
        f.keySet().removeIf(k -> k.startsWith("models/") || k.startsWith("claims/"));
        for (ModelSpec m : models) {
            StringBuilder y = new StringBuilder();
            y.append("name: {en: \"Model ").append(m.id()).append("\", zh: \"模型 ");
            y.append(m.id()).append("\"}\n");
            m.family().ifPresent(fam -> y.append("family: ").append(fam).append('\n'));
            y.append("organization: Org\n");
            m.released().ifPresent(d -> y.append("released: ").append(d).append('\n'));
            y.append("summary: {en: \"M.\", zh: \"M。\"}\n");
            if (!m.parents().isEmpty()) {
                y.append("parents:\n");
                new TreeMap<>(m.parents())
                        .forEach(
                                (p, method) ->
                                        y.append("  - {model: ")
                                                .append(p)
                                                .append(", method: ")
                                                .append(method)
                                                .append(", confidence: ")
                                                .append(CONFIDENCE[Math.abs(p.hashCode()) % 5])
                                                .append("}\n"));
            }
            if (!m.changes().isEmpty()) {
                y.append("capabilities:\n");
                new TreeMap<>(m.changes())
                        .forEach(
                                (c, ch) ->
                                        y.append("  - {capability: ")
                                                .append(c)
                                                .append(", change: \"")
                                                .append(ch.symbol())
                                                .append("\"}\n"));
            }
            f.put("models/" + m.id() + ".yaml", y.toString());
        }
        return f;
    }

    /** The models' files in the inline-site format, for a failure message. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (ModelSpec m : models) {
            b.append("--- models/").append(m.id()).append(".yaml\n");
            b.append(files().get("models/" + m.id() + ".yaml"));
        }
        return b.toString();
    }

    /** Smaller variants, most reduced first: each drops a model, an edge, a change or a date. */
    public List<RandomKb> shrinks() {
        List<RandomKb> out = new ArrayList<>();
        for (int i = models.size() - 1; i >= 0 && models.size() > 1; i--) {
            String gone = models.get(i).id();
            List<ModelSpec> rest = new ArrayList<>();
            for (ModelSpec m : models) {
                if (!m.id().equals(gone)) {
                    Map<String, String> p = new TreeMap<>(m.parents());
                    p.remove(gone);
                    rest.add(m.withParents(p));
                }
            }
            out.add(new RandomKb(rest));
        }
        for (int i = 0; i < models.size(); i++) {
            ModelSpec m = models.get(i);
            for (String p : new TreeMap<>(m.parents()).keySet()) {
                Map<String, String> fewer = new TreeMap<>(m.parents());
                fewer.remove(p);
                out.add(replace(i, m.withParents(fewer)));
            }
            for (String c : new TreeMap<>(m.changes()).keySet()) {
                Map<String, Change> fewer = new TreeMap<>(m.changes());
                fewer.remove(c);
                out.add(replace(i, m.withChanges(fewer)));
            }
            if (m.released().isPresent()) {
                String d = m.released().get();
                String simpler = d.contains("/") ? d.substring(0, d.indexOf('/')) : d;
                simpler = simpler.length() > 4 ? simpler.substring(0, 4) : simpler;
                if (!simpler.equals(d)) {
                    out.add(replace(i, m.withReleased(Optional.of(simpler))));
                }
                out.add(replace(i, m.withReleased(Optional.empty())));
            }
        }
        return out;
    }

    private RandomKb replace(int i, ModelSpec m) {
        List<ModelSpec> copy = new ArrayList<>(models);
        copy.set(i, m);
        return new RandomKb(copy);
    }
}
