package org.lineage.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from strings held as two arrays in the order of the keys: far smaller than a
 * tree of entries, for the many small maps a large knowledge base makes (each page's reads in the
 * build cache, each model's capability states). Looked up by binary search; iterated in key order.
 *
 * @param <V> the values, none of them null
 */
public class SortedArrayMap<V> extends AbstractMap<String, V> {
    /** The keys, in order, no two equal. */
    protected final String[] keys;

    /** Each key's value, at the key's index. */
    protected final V[] values;

    /**
     * The map of {@code keys} (sorted, no two equal) to {@code values}; holds both arrays as given.
     */
    protected SortedArrayMap(String[] keys, V[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys, " + values.length + " values");
        }
        this.keys = keys;
        this.values = values;
    }

    @Override
    public final int size() {
        return keys.length;
    }

    @Override
    public final boolean containsKey(Object key) {
        return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
    }

    @Override
    public final V get(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, s);
        return i >= 0 ? values[i] : null;
    }

    @Override
    public final Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
