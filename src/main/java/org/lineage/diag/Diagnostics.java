package org.lineage.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects diagnostics from every stage, safely from several threads, so that one run reports every
 * problem at once.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        items.addAll(ds);
    }

    public void error(String code, SourcePos pos, String message, String hint) {
        add(Diagnostic.error(code, pos, message, hint));
    }

    public void warning(String code, SourcePos pos, String message, String hint) {
        add(Diagnostic.warning(code, pos, message, hint));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic so far, sorted by file and position, duplicates removed. */
    public List<Diagnostic> sorted() {
        return new ArrayList<>(items.stream().distinct().sorted().toList());
    }
}
