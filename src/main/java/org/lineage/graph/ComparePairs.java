package org.lineage.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lineage.model.Claim;
import org.lineage.model.DateSpec;
import org.lineage.model.KnowledgeBase;
import org.lineage.model.Ref;

/**
 * The pairs of models the site compares on pages of their own, without a reader asking: each parent
 * with each child, siblings (children of one parent) near each other in date, and the models a
 * claim is about together. Their number is linear in the size of the knowledge base: at most {@code
 * E + SIBLINGS/2 * E + CLAIM_PAIRS * C} for {@code E} lineage edges and {@code C} claims, since
 * each child is paired with at most {@link #SIBLINGS} of its siblings per parent and each claim
 * gives at most {@link #CLAIM_PAIRS} pairs. Any other pair is compared in the browser.
 */
public final class ComparePairs {
    /** How many siblings, nearest by release date, one model is compared with per parent. */
    public static final int SIBLINGS = 10;

    /** How many pairs one claim gives: those among the first models it is about. */
    public static final int CLAIM_PAIRS = 6;

    /** One pair in canonical order ({@code a} before {@code b} by id). */
    public record Pair(String a, String b) implements Comparable<Pair> {
        public Pair {
            if (a.compareTo(b) >= 0) {
                throw new IllegalArgumentException("not in canonical order: " + a + ", " + b);
            }
        }

        /** The pair of two different models, in canonical order. */
        public static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        /** The other model of the pair. */
        public String other(String model) {
            return model.equals(a) ? b : a;
        }

        @Override
        public int compareTo(Pair o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : b.compareTo(o.b);
        }
    }

    /** Why a pair is compared: the first reason found, in this order. */
    public enum Reason {
        PARENT,
        SIBLINGS,
        CLAIM
    }

    private final TreeMap<Pair, Reason> pairs;
    private final Map<String, List<Pair>> byModel;

    private ComparePairs(TreeMap<Pair, Reason> pairs) {
        this.pairs = pairs;
        Map<String, List<Pair>> m = new HashMap<>();
        for (Pair p : pairs.keySet()) {
            m.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
            m.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
        }
        this.byModel = m;
    }

    /** The pairs of {@code kb}. */
    public static ComparePairs of(KnowledgeBase kb, LineageGraph graph) {
        TreeMap<Pair, Reason> out = new TreeMap<>();
        for (String child : graph.topologicalOrder()) {
            for (String parent : graph.parents(child)) {
                out.putIfAbsent(Pair.of(child, parent), Reason.PARENT);
            }
        }
        Comparator<String> byDate =
                Comparator.comparing(
                                (String id) -> kb.models().get(id).released(),
                                (x, y) -> compareDates(x.orElse(null), y.orElse(null)))
                        .thenComparing(Comparator.naturalOrder());
        for (String parent : graph.topologicalOrder()) {
            List<String> kids = new ArrayList<>(graph.children(parent));
            kids.sort(byDate);
            int half = SIBLINGS / 2;
            for (int i = 0; i < kids.size(); i++) {
                for (int j = i + 1; j < kids.size() && j <= i + half; j++) {
                    out.putIfAbsent(Pair.of(kids.get(i), kids.get(j)), Reason.SIBLINGS);
                }
            }
        }
        for (Claim c : kb.claims().values()) {
            Set<String> models = new LinkedHashSet<>();
            for (Ref r : c.about().of(org.lineage.model.Kind.MODEL)) {
                if (kb.models().containsKey(r.id())) {
                    models.add(r.id());
                }
            }
            List<String> ms = new ArrayList<>(models);
            int given = 0;
            for (int i = 0; i < ms.size() && given < CLAIM_PAIRS; i++) {
                for (int j = i + 1; j < ms.size() && given < CLAIM_PAIRS; j++) {
                    out.putIfAbsent(Pair.of(ms.get(i), ms.get(j)), Reason.CLAIM);
                    given++;
                }
            }
        }
        return new ComparePairs(out);
    }

    /** No pairs: for a site built without comparison pages. */
    public static ComparePairs none() {
        return new ComparePairs(new TreeMap<>());
    }

    /** Undated models sort last. */
    private static int compareDates(DateSpec x, DateSpec y) {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return x.compareTo(y);
    }

    /** Every pair, in canonical order. */
    public Set<Pair> all() {
        return java.util.Collections.unmodifiableSet(pairs.keySet());
    }

    /** Why {@code p} is compared, or null when it is not. */
    public Reason reason(Pair p) {
        return pairs.get(p);
    }

    /** The pairs {@code model} is in, sorted by the other model's id. */
    public List<Pair> of(String model) {
        List<Pair> l = new ArrayList<>(byModel.getOrDefault(model, List.of()));
        l.sort(Comparator.comparing((Pair p) -> p.other(model)));
        return l;
    }

    /** The models that are in some pair, sorted. */
    public Set<String> models() {
        return new TreeSet<>(byModel.keySet());
    }

    /** An upper bound on the pairs of a knowledge base with these counts. */
    public static long bound(long edges, long claims) {
        return edges + (long) (SIBLINGS / 2) * edges + (long) CLAIM_PAIRS * claims;
    }
}
