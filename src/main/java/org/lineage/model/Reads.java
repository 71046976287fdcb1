package org.lineage.model;

import java.util.Set;
import java.util.TreeSet;
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
        Set<String> reads = new TreeSet<>();
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
