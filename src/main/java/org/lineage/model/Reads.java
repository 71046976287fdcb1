package org.lineage.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a page reads while it is rendered: the entities (through {@link KnowledgeBase}'s maps) and
 * the bodies it shows. An incremental build re-renders a page only when one of these, or what all
 * pages share, has changed.
 *
 * <p>Names: {@code e:<kind dir>/<id>} for one entity without its prose, {@code e:<kind dir>/*} for
 * every entity of a kind (a page that lists or counts them), {@code f:<kind dir>/<field>/<id>} for
 * one prose field of one entity (its name, summary, statement: noted by the field's accessor, so
 * that a page showing a model only by name is not made again when its summary changes), {@code
 * f:<kind dir>/<field>/*} for that field of every entity of the kind, {@code b:<kind
 * dir>/<id>/<lang>} for one body and {@link #ALL_BODIES} for every body.
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

    /**
     * Runs {@code work} without noting what it reads: for work that only carries entities' fields
     * over into copies, whose accessors note them when a page shows them.
     */
    public static <T> T untracked(Supplier<T> work) {
        Set<String> previous = READS.get();
        if (previous == null) {
            return work.get();
        }
        READS.remove();
        try {
            return work.get();
        } finally {
            READS.set(previous);
        }
    }

    /** A result and what was read to make it. */
    public record Recorded<T>(T value, Set<String> reads) {
        /**
         * The result, for work being recorded that takes it as made: that work is told it read what
         * making it read.
         */
        public T replay() {
            Set<String> into = READS.get();
            if (into != null) {
                into.addAll(reads);
            }
            return value;
        }
    }

    /**
     * Results made once per key and shared by the pages that ask for them: whoever asks is told
     * that it read what making the result read, so each page that uses it is made again when any of
     * that changes, whichever page made it first. A memo made with a number of uses lets a result
     * go once it has been asked for that many times (one page per language, say), so that a build
     * holds only those still to be used; one made without keeps every result as long as it lives.
     * Safe to use from many threads; a key asked for by two at once is made once.
     */
    public static final class Memo<K, V> {
        /** A result and, when the memo counts uses, how many are left (else null). */
        private record Made<V>(
                Recorded<V> recorded, java.util.concurrent.atomic.AtomicInteger left) {}

        private final java.util.concurrent.ConcurrentHashMap<K, Made<V>> made =
                new java.util.concurrent.ConcurrentHashMap<>();

        private final int uses;

        /** A memo whose results are each asked for {@code uses} times. */
        public Memo(int uses) {
            if (uses < 1) {
                throw new IllegalArgumentException("uses: " + uses);
            }
            this.uses = uses;
        }

        /** A memo that keeps every result for as long as it lives (a build, say). */
        public Memo() {
            this.uses = 0;
        }

        /** The result for {@code key}, made by {@code make} the first time it is asked for. */
        public V get(K key, Supplier<V> make) {
            // a result already made is read without the lock computeIfAbsent may take
            Made<V> m = made.get(key);
            if (m == null) {
                m =
                        made.computeIfAbsent(
                                key,
                                k ->
                                        new Made<>(
                                                record(make),
                                                uses == 0
                                                        ? null
                                                        : new java.util.concurrent.atomic
                                                                .AtomicInteger(uses)));
            }
            if (m.left() != null && m.left().decrementAndGet() <= 0) {
                made.remove(key, m);
            }
            return m.recorded().replay();
        }
    }

    /** The name of one entity. */
    public static String entity(Kind kind, String id) {
        return "e:" + kind.dir() + "/" + id;
    }

    /** The name of every entity of a kind. */
    public static String everyEntity(Kind kind) {
        return "e:" + kind.dir() + "/*";
    }

    /** The name of one prose field of one entity. */
    public static String field(Kind kind, String field, String id) {
        return "f:" + kind.dir() + "/" + field + "/" + id;
    }

    /** The name of one prose field of every entity of a kind. */
    public static String everyField(Kind kind, String field) {
        return "f:" + kind.dir() + "/" + field + "/*";
    }

    /**
     * Notes that the work being recorded, if any, reads prose field {@code field} of entity {@code
     * id}: what the entities' accessors of those fields call.
     */
    static void noteField(Kind kind, String field, String id) {
        Set<String> reads = READS.get();
        if (reads != null) {
            reads.add(field(kind, field, id));
        }
    }

    /** The name of one body. */
    public static String body(EntityKey key, String lang) {
        return "b:" + key.kind().dir() + "/" + key.id() + "/" + lang;
    }

    /**
     * {@code reads} with the entities of any kind read more than {@code many} times replaced by the
     * whole kind, and likewise a prose field read of more than {@code many} entities of a kind by
     * that field of every entity: a record that is at least as wide (the whole kind changes
     * whenever one of them does) and much smaller.
     */
    public static Set<String> collapse(Set<String> reads, int many) {
        // in no order: a page's record is a map from these names to their digests
        String[] names = reads.toArray(new String[0]);
        String[] groups = new String[names.length];
        java.util.Map<String, Integer> perGroup = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            groups[i] = group(names[i]);
            if (groups[i] != null) {
                perGroup.merge(groups[i], 1, Integer::sum);
            }
        }
        Set<String> out = new java.util.HashSet<>(2 * names.length);
        for (int i = 0; i < names.length; i++) {
            String g = groups[i];
            out.add(g != null && perGroup.get(g) > many ? g + "*" : names[i]);
        }
        return out;
    }

    /**
     * What a read of one entity, or of one entity's field, names but the id ({@code e:models/} of
     * {@code e:models/x}, {@code f:models/summary/} of {@code f:models/summary/x}), or null for any
     * other read.
     */
    private static String group(String read) {
        int slash;
        if (read.startsWith("e:")) {
            slash = read.indexOf('/');
        } else if (read.startsWith("f:")) {
            int first = read.indexOf('/');
            slash = first < 0 ? -1 : read.indexOf('/', first + 1);
        } else {
            return null;
        }
        return slash < 0 ? null : read.substring(0, slash + 1);
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
