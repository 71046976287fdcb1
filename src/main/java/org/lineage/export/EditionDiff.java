package org.lineage.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lineage.graph.LineageGraph;
import org.lineage.model.Claim;
import org.lineage.model.Confidence;
import org.lineage.model.Entity;
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

    /** The records of two editions, indexed once for the changes of many entities. */
    public static final class Editions {
        private final KnowledgeBase then;
        private final LineageGraph thenGraph;
        private final Map<String, List<String>> thenClaims;
        private final KnowledgeBase now;
        private final LineageGraph nowGraph;
        private final Map<String, List<String>> nowClaims;

        public Editions(
                KnowledgeBase then,
                LineageGraph thenGraph,
                KnowledgeBase now,
                LineageGraph nowGraph) {
            this.then = then;
            this.thenGraph = thenGraph;
            this.thenClaims = EntityJson.claimsAboutModels(then);
            this.now = now;
            this.nowGraph = nowGraph;
            this.nowClaims = EntityJson.claimsAboutModels(now);
        }

        /** The changes of the entity {@code kind:id} of the past edition. */
        public Changes of(Kind kind, String id) {
            Optional<Entity> old = then.find(kind, id);
            Optional<Entity> current = now.find(kind, id);
            if (old.isEmpty() || current.isEmpty()) {
                return new Changes(current.isEmpty(), List.of(), List.of());
            }
            ObjectNode a = EntityJson.of(old.get(), then, thenGraph, thenClaims);
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
                } else if (!x.equals(y)) {
                    fields.add(new Field(n, How.CHANGED));
                }
            }
            List<String> claims = new ArrayList<>();
            if (kind == Kind.CLAIM) {
                claims.add(id);
            } else if (kind == Kind.MODEL) {
                TreeSet<String> about = new TreeSet<>(thenClaims.getOrDefault(id, List.of()));
                about.addAll(nowClaims.getOrDefault(id, List.of()));
                claims.addAll(about);
            }
            List<Move> moves = new ArrayList<>();
            for (String c : claims) {
                Claim x = then.claims().get(c);
                Claim y = now.claims().get(c);
                if (x != null && y != null && x.status() != y.status()) {
                    moves.add(new Move(c, x.status(), y.status()));
                }
            }
            return new Changes(false, fields, moves);
        }

        /** The knowledge base now. */
        public KnowledgeBase now() {
            return now;
        }
    }
}
