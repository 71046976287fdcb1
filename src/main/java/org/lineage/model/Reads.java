package org.lineage.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a page reads while it is rendered: the entities (through {@link KnowledgeBase}'s maps) and
 * the bodies it shows. An incremental build re-renders a page only when one of these, or what all
 * pages share, has changed.
 *
 * <p>Names: {@code e:<kind dir>/<id>} for one entity, {@code e:<kind dir>/*} for every entity of a
 * kind (a page that lists or counts them), {@code b:<kind dir>/<id>/<lang>} for one body and {@link
 * #ALL_BODIES} for every body.
 */
public final class Reads {
    /** Every body: what a page reads that weighs them all (the translations page). */
    public static final String ALL_BODIES = "b:*";

    private static final ThreadLocal<Set<String>> READS = new ThreadLocal<>();

    private Reads() {}

    /** Runs {@code work} and returns its result with what it read. */
    public static <T> Recorded<T> record(Supplier<T> work) {
        Set<String> previous = READS.get();
        // hashed, not sorted: a page notes thousands of reads of long, alike names
        Set<String> reads = new HashSet<>();
        READS.set(reads);
        try {
            return new Recorded<>(work.get(), Set.copyOf(reads));
        } finally {
            READS.set(previous);
        }
    }

    /** A result and what was read to make it. */
    public record Recorded<T>(T value, Set<String> reads) {}

    /** The name of one entity. */
    public static String entity(Kind kind, String id) {
        return "e:" + kind.dir() + "/" + id;
    }

    /** The name of every entity of a kind. */
    public static String everyEntity(Kind kind) {
        return "e:" + kind.dir() + "/*";
    }

    /** The name of one body. */
    public static String body(EntityKey key, String lang) {
        return "b:" + key.kind().dir() + "/" + key.id() + "/" + lang;
    }

    /**
     * {@code reads} with the entities of any kind read more than {@code many} times replaced by the
     * whole kind: a record that is at least as wide (the whole kind changes whenever one of them
     * does) and much smaller.
     */
    public static java.util.SortedSet<String> collapse(Set<String> reads, int many) {
        java.util.Map<String, Integer> perKind = new java.util.HashMap<>();
        for (String r : reads) {
            String kind = entityKind(r);
            if (kind != null) {
                perKind.merge(kind, 1, Integer::sum);
            }
        }
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (String r : reads) {
            String kind = entityKind(r);
            out.add(kind != null && perKind.get(kind) > many ? "e:" + kind + "/*" : r);
        }
        return out;
    }

    /** The kind folder of an entity read ({@code e:models/x}), or null for any other read. */
    private static String entityKind(String read) {
        if (!read.startsWith("e:")) {
            return null;
        }
        int slash = read.indexOf('/');
        return slash < 0 ? null : read.substring(2, slash);
    }

    /** Notes that the work being recorded, if any, reads {@code name}. */
    public static void note(String name) {
        Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(name);
        }
    }

    /** True while some work is being recorded on this thread. */
    static boolean recording() {
        return READS.get() != null;
    }
}
