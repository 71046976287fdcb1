package org.lineage.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Model;
import org.lineage.model.Ref;

/**
 * The families of a knowledge base at a glance: how many models each has, the years they span, and
 * how many lineage edges come into it from each other family. A whole-tree page shows this instead
 * of the whole tree when the graph is too big for one drawing, each family linking to its own tree.
 *
 * @param families one row per family, by id
 * @param unaffiliated how many models belong to no family
 */
public record FamilyOverview(List<Row> families, int unaffiliated) {
    public FamilyOverview {
        families = List.copyOf(families);
    }

    /**
     * One family.
     *
     * @param models how many models it has
     * @param firstYear the earliest release year among them, if any is dated
     * @param lastYear the latest release year among them, if any is dated
     * @param parentFamilies for each other family, how many edges lead from its models into this
     *     family's models (sorted by family id; models with no family are not counted)
     */
    public record Row(
            String family,
            int models,
            OptionalInt firstYear,
            OptionalInt lastYear,
            Map<String, Integer> parentFamilies) {
        public Row {
            parentFamilies = java.util.Collections.unmodifiableMap(new TreeMap<>(parentFamilies));
        }
    }

    public static FamilyOverview of(KnowledgeBase kb, LineageGraph graph) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> parents = new TreeMap<>();
        kb.families().keySet().forEach(f -> counts.put(f, new int[] {0, Integer.MAX_VALUE, 0}));
        int none = 0;
        for (Model m : kb.models().values()) {
            Optional<String> f = family(kb, m);
            if (f.isEmpty()) {
                none++;
                continue;
            }
            int[] c = counts.get(f.get());
            c[0]++;
            m.released()
                    .ifPresent(
                            d -> {
                                c[1] = Math.min(c[1], d.start().year());
                                c[2] = Math.max(c[2], d.start().year());
                            });
            for (String p : graph.parents(m.id())) {
                family(kb, kb.models().get(p))
                        .filter(pf -> !pf.equals(f.get()))
                        .ifPresent(
                                pf ->
                                        parents.computeIfAbsent(f.get(), k -> new TreeMap<>())
                                                .merge(pf, 1, Integer::sum));
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach(
                (f, c) ->
                        rows.add(
                                new Row(
                                        f,
                                        c[0],
                                        c[2] == 0 ? OptionalInt.empty() : OptionalInt.of(c[1]),
                                        c[2] == 0 ? OptionalInt.empty() : OptionalInt.of(c[2]),
                                        parents.getOrDefault(f, Map.of()))));
        return new FamilyOverview(rows, none);
    }

    private static Optional<String> family(KnowledgeBase kb, Model m) {
        return m.family().map(Ref::id).filter(kb.families()::containsKey);
    }
}
