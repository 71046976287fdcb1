package org.lineage.site;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lineage.export.DataExports;
import org.lineage.model.Reads;

/**
 * The parts of the data exports that {@code serve}'s builder keeps from one build to the next: an
 * entity's JSON, the matrix, the search index of a language. Each is kept with what was read to
 * make it ({@link Reads}, by digest) and the digest of what every page shares; the next build takes
 * it again when both are unchanged, as it keeps a page. A build that edits one model's YAML file
 * thus makes the JSON of that model and the few exports that show what changed, not all of them.
 *
 * <p>Held in memory only, for the life of the builder; a part not asked for in a build is dropped.
 */
final class KeptParts {
    /** A part's value, with the shared digest and each read's digest when it was made. */
    private record Part(String shared, Map<String, String> reads, Object value) {}

    private volatile Map<Object, Part> kept = Map.of();

    /**
     * The digests of every read in the build of the round that made {@link #kept} (each part's
     * reads among them, with the digests the part records); null when unknown.
     */
    private volatile Object keptWith;

    /** How many parts the last round made, and how many it took from the round before. */
    private volatile int made;

    private volatile int reused;

    /**
     * The parts for one build whose pages share {@code shared} and whose reads have the digests
     * {@code digests} gives. Call {@link Round#end()} once the exports are written.
     */
    Round round(String shared, Function<String, String> digests, int many) {
        return new Round(shared, digests, many, null, null);
    }

    /**
     * As above, in a build whose reads' digests are {@code now} (an object standing for them) and
     * whose reads that changed since the build whose digests were {@code then} are {@code changed}
     * (null: unknown). When the parts kept were made in that build, a part that reads none of
     * {@code changed} is taken again without asking each read's digest.
     */
    Round round(
            String shared,
            Function<String, String> digests,
            int many,
            Object now,
            Object then,
            java.util.Set<String> changed) {
        return new Round(
                shared, digests, many, now, then != null && then == keptWith ? changed : null);
    }

    int made() {
        return made;
    }

    int reused() {
        return reused;
    }

    /** One build's parts; safe to use from many threads. */
    final class Round implements DataExports.Parts {
        private final String shared;
        private final Function<String, String> digests;
        private final int many;
        private final Map<Object, Part> next = new ConcurrentHashMap<>();
        private final AtomicInteger madeHere = new AtomicInteger();
        private final AtomicInteger reusedHere = new AtomicInteger();
        private final Object now;
        private final java.util.Set<String> changed;

        private Round(
                String shared,
                Function<String, String> digests,
                int many,
                Object now,
                java.util.Set<String> changed) {
            this.shared = shared;
            this.digests = digests;
            this.many = many;
            this.now = now;
            this.changed = changed;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(Object key, Supplier<T> make) {
            Part was = kept.get(key);
            if (was != null && was.shared().equals(shared) && unchanged(was.reads())) {
                next.put(key, was);
                reusedHere.incrementAndGet();
                return (T) was.value();
            }
            Reads.Recorded<T> r = Reads.record(make);
            Map<String, String> reads = new HashMap<>();
            for (String name : Reads.collapse(r.reads(), many)) {
                reads.put(name, digests.apply(name));
            }
            // what weighs every body is never taken again (as with pages)
            if (!reads.containsKey(Reads.ALL_BODIES)) {
                next.put(key, new Part(shared, Map.copyOf(reads), r.value()));
            }
            madeHere.incrementAndGet();
            return r.value();
        }

        @Override
        public int made() {
            return madeHere.get();
        }

        private boolean unchanged(Map<String, String> reads) {
            return SiteBuilder.ReadDigests.unchanged(reads, changed, digests);
        }

        /** Keeps what this round used for the next; what it did not ask for goes. */
        void end() {
            made = madeHere.get();
            reused = reusedHere.get();
            // the map this round filled is read, not changed, from now on
            kept = next;
            keptWith = now;
        }
    }
}
