package org.lineage.site;

import java.util.Map;
import java.util.TreeMap;
import org.lineage.model.SortedArrayMap;

/**
 * An immutable map of strings held as two sorted arrays: the smallest form for the many small maps
 * a build cache keeps, one per page (a page's reads and their digests).
 */
final class SortedPairs extends SortedArrayMap<String> {
    private SortedPairs(String[] keys, String[] values) {
        super(keys, values);
    }

    /** The same entries as {@code m}, in key order. */
    static SortedPairs of(Map<String, String> m) {
        if (m instanceof SortedPairs p) {
            return p;
        }
        TreeMap<String, String> sorted = new TreeMap<>(m);
        String[] k = new String[sorted.size()];
        String[] v = new String[sorted.size()];
        int i = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            k[i] = e.getKey();
            v[i] = e.getValue();
            i++;
        }
        return new SortedPairs(k, v);
    }
}
