package org.lineage.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lineage.graph.LineageGraph;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Entity;
import org.lineage.model.Keyed;
import org.lineage.model.Kind;
import org.lineage.model.KnowledgeBase;

/**
 * What changed in one entity between a past edition and now, from the two editions' published
 * records ({@code /data/}): the fields added, removed and changed, and the claims whose status
 * moved (the entity's own, for a claim; those about it, for a model).
 */
public final class EditionDiff {
    private EditionDiff() {}

    /** How a field changed. */
    public enum How {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One field of the record. */
    public record Field(String name, How how) {}

    /** A claim whose status is not what it was. */
    public record Move(String claim, Confidence then, Confidence now) {}

    /**
     * The changes of one entity.
     *
     * @param gone true when the entity is no longer in the knowledge base
     */
    public record Changes(boolean gone, List<Field> fields, List<Move> moves) {
        public Changes {
            fields = List.copyOf(fields);
            moves = List.copyOf(moves);
        }

        public boolean isEmpty() {
            return !gone && fields.isEmpty() && moves.isEmpty();
        }
    }

    /**
     * The records of two editions, indexed once for the changes of many entities: the past one as
     * it published them ({@code data/lineage.json}, so that it need not be loaded again to be
     * compared), the present one from its knowledge base.
     */
    public static final class Editions {
        private final Map<String, JsonNode> then = new HashMap<>();
        private final KnowledgeBase now;
        private final LineageGraph nowGraph;
        private final Map<String, List<String>> nowClaims;

        /** Each entity's changes, by kind and id, once made. */
        private final Map<String, Changes> made = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * @param thenRecord the past edition's {@code data/lineage.json}
         */
        public Editions(JsonNode thenRecord, KnowledgeBase now, LineageGraph nowGraph) {
            thenRecord
                    .properties()
                    .forEach(
                            f -> {
                                if (!f.getValue().isArray()) {
                                    return;
                                }
                                for (JsonNode e : f.getValue()) {
                                    if (e.hasNonNull("kind") && e.hasNonNull("id")) {
                                        then.put(
                                                e.get("kind").asText() + "/" + e.get("id").asText(),
                                                e);
                                    }
                                }
                            });
            this.now = now;
            this.nowGraph = nowGraph;
            this.nowClaims = EntityJson.claimsAboutModels(now);
        }

        private JsonNode then(Kind kind, String id) {
            return then.get(kind.singular() + "/" + id);
        }

        /**
         * The changes of the entity {@code kind:id} of the past edition (made once, for the pages
         * of every language).
         */
        public Changes of(Kind kind, String id) {
            return made.computeIfAbsent(kind.singular() + "/" + id, k -> changes(kind, id));
        }

        private Changes changes(Kind kind, String id) {
            JsonNode a = then(kind, id);
            Optional<Entity> current = now.find(kind, id);
            if (a == null || current.isEmpty()) {
                return new Changes(current.isEmpty(), List.of(), List.of());
            }
            ObjectNode b = EntityJson.of(current.get(), now, nowGraph, nowClaims);
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            names.remove("urls");
            List<Field> fields = new ArrayList<>();
            for (String n : names) {
                JsonNode x = a.get(n);
                JsonNode y = b.get(n);
                if (x == null) {
                    fields.add(new Field(n, How.ADDED));
                } else if (y == null) {
                    fields.add(new Field(n, How.REMOVED));
                } else if (!x.equals(SAME_VALUE, y)) {
                    fields.add(new Field(n, How.CHANGED));
                }
            }
            List<String> claims = new ArrayList<>();
            if (kind == Kind.CLAIM) {
                claims.add(id);
            } else if (kind == Kind.MODEL) {
                TreeSet<String> about = new TreeSet<>();
                a.path("claims").forEach(c -> about.add(c.asText()));
                about.addAll(nowClaims.getOrDefault(id, List.of()));
                claims.addAll(about);
            }
            List<Move> moves = new ArrayList<>();
            for (String c : claims) {
                Optional<Confidence> x =
                        Optional.ofNullable(then(Kind.CLAIM, c))
                                .flatMap(
                                        j ->
                                                Keyed.byKey(
                                                        Confidence.class,
                                                        j.path("status").asText()));
                Claim y = now.claims().get(c);
                if (x.isPresent() && y != null && x.get() != y.status()) {
                    moves.add(new Move(c, x.get(), y.status()));
                }
            }
            return new Changes(false, fields, moves);
        }
    }

    /**
     * Two values alike when they are equal, numbers by value: a record read back from its file
     * holds the numbers it was written with, not always in the same type.
     */
    private static final java.util.Comparator<JsonNode> SAME_VALUE =
            (x, y) -> {
                if (x.isNumber() && y.isNumber()) {
                    return x.decimalValue().compareTo(y.decimalValue());
                }
                return x.equals(y) ? 0 : 1;
            };
}
