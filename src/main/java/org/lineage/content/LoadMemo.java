package org.lineage.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.lineage.diag.Diagnostic;

/**
 * What each content file gave when last read, by its bytes: a long-lived checker ({@code serve}'s)
 * reads a file it has read before, unchanged, without parsing it again, and reports the same
 * diagnostics for it. Holds only the files of the last load.
 */
public final class LoadMemo {
    /** One file's result: the digest of its bytes, and what else it was read with. */
    record Entry(String digest, Object found, Object loaded, List<Diagnostic> diagnostics) {
        Entry {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The last load's walk of the tree: what it was made for (the root, how files are named, the
     * languages), the files it found, every name it listed, and the diagnostics it gave.
     */
    record Walk(String key, Object found, Set<String> listed, List<Diagnostic> diagnostics) {
        Walk {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private volatile Walk walk;

    Walk walk() {
        return walk;
    }

    void walked(Walk w) {
        walk = w;
    }

    Entry get(String rel) {
        return entries.get(rel);
    }

    void put(String rel, Entry e) {
        entries.put(rel, e);
    }

    /** Forgets the files not in {@code rels} (gone since). */
    void retain(Set<String> rels) {
        entries.keySet().retainAll(rels);
    }

    /** Forgets file {@code rel}: the next load reads it again, even unchanged. */
    public void forget(String rel) {
        entries.remove(rel);
    }

    /** How many files are held. */
    public int size() {
        return entries.size();
    }
}
