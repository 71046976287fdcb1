package org.lineage.model;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The entities of one kind, read-only, noting each read for {@link Reads}: a lookup by id notes
 * that entity, anything that sees them all (iterating, counting, ranges) notes the whole kind.
 */
final class TrackedMap<T> extends AbstractMap<String, T> implements SortedMap<String, T> {
    private final SortedMap<String, T> map;

    /**
     * The same entries hashed, for lookups by id: ids of a large knowledge base share long
     * prefixes.
     */
    private final Map<String, T> byId;

    private final Kind kind;
    private final String all;

    TrackedMap(Kind kind, Map<String, T> entries) {
        this.kind = kind;
        this.map = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        this.byId = new HashMap<>(entries);
        this.all = Reads.everyEntity(kind);
    }

    private void one(Object key) {
        if (key instanceof String id && Reads.recording()) {
            Reads.note(Reads.entity(kind, id));
        }
    }

    private void every() {
        Reads.note(all);
    }

    @Override
    public T get(Object key) {
        one(key);
        return byId.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        one(key);
        return byId.containsKey(key);
    }

    @Override
    public T getOrDefault(Object key, T fallback) {
        one(key);
        return byId.getOrDefault(key, fallback);
    }

    @Override
    public int size() {
        every();
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        every();
        return map.isEmpty();
    }

    @Override
    public boolean containsValue(Object value) {
        every();
        return map.containsValue(value);
    }

    @Override
    public Set<Map.Entry<String, T>> entrySet() {
        every();
        return map.entrySet();
    }

    @Override
    public Set<String> keySet() {
        every();
        return map.keySet();
    }

    @Override
    public Collection<T> values() {
        every();
        return map.values();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super T> action) {
        every();
        map.forEach(action);
    }

    @Override
    public Comparator<? super String> comparator() {
        return map.comparator();
    }

    @Override
    public SortedMap<String, T> subMap(String from, String to) {
        every();
        return map.subMap(from, to);
    }

    @Override
    public SortedMap<String, T> headMap(String to) {
        every();
        return map.headMap(to);
    }

    @Override
    public SortedMap<String, T> tailMap(String from) {
        every();
        return map.tailMap(from);
    }

    @Override
    public String firstKey() {
        every();
        return map.firstKey();
    }

    @Override
    public String lastKey() {
        every();
        return map.lastKey();
    }

    @Override
    public boolean equals(Object o) {
        every();
        return map.equals(o);
    }

    @Override
    public int hashCode() {
        every();
        return map.hashCode();
    }
}
