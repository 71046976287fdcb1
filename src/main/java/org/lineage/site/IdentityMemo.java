package org.lineage.site;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed from objects that never change (entities, bodies), kept by the object's identity
 * from one build to the next: a long-lived builder whose checker hands back the same entity for an
 * unchanged file computes its digest once. A round keeps only what it used, so objects gone from
 * the content leave the memo. Safe to use from many threads within a round.
 */
final class IdentityMemo<K, V> {
    private Map<K, V> last = new IdentityHashMap<>();
    private final Map<K, V> now = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Function<K, V> compute;

    IdentityMemo(Function<K, V> compute) {
        this.compute = compute;
    }

    V get(K key) {
        V v = now.get(key);
        if (v == null) {
            v = last.get(key);
            if (v == null) {
                v = compute.apply(key);
            }
            now.put(key, v);
        }
        return v;
    }

    /** Ends a build: what it used is what the next may reuse. */
    void endRound() {
        synchronized (now) {
            last = new IdentityHashMap<>(now);
            now.clear();
        }
    }
}
