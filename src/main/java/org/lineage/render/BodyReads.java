package org.lineage.render;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.lineage.model.EntityKey;

/**
 * Which bodies a page shows: recorded while the page is rendered, so that an incremental build
 * knows which pages a change to one body's text affects. Everything else a page shows comes from
 * what all pages share (the YAML, the links and citations of every body), which the build compares
 * whole.
 */
public final class BodyReads {
    private static final ThreadLocal<Set<String>> READS = new ThreadLocal<>();

    private BodyReads() {}

    /** Runs {@code render} and returns its result with the bodies it read. */
    public static <T> Recorded<T> record(Supplier<T> render) {
        Set<String> previous = READS.get();
        Set<String> reads = new TreeSet<>();
        READS.set(reads);
        try {
            return new Recorded<>(render.get(), Set.copyOf(reads));
        } finally {
            READS.set(previous);
        }
    }

    /** A result and the bodies read to make it, each as {@link #name}. */
    public record Recorded<T>(T value, Set<String> bodies) {}

    /** How a body is named in the record: {@code kind/id/lang}. */
    public static String name(EntityKey key, String lang) {
        return key.kind().dir() + "/" + key.id() + "/" + lang;
    }

    /** What the record holds for a page that reads every body (so is never kept as it was). */
    public static final String ALL = "*";

    /** Notes that the page being rendered reads every body (their lengths, their digests). */
    static void noteAll() {
        Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(ALL);
        }
    }

    static void note(EntityKey key, String lang) {
        Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(name(key, lang));
        }
    }
}
