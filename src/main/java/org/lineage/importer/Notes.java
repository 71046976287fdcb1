package org.lineage.importer;

import java.util.Map;
import java.util.TreeMap;
import org.lineage.diag.Diagnostics;
import org.lineage.diag.SourcePos;

/**
 * What an import could not map, collected over one run: a diagnostic for each entry, edge or value
 * left out with a reason, and counts for what is left out by design (a field the content format has
 * no place for, a value too vague to map) so that the report stays readable at 1,000 entries.
 */
final class Notes {
    final Diagnostics diags = new Diagnostics();
    private final Map<String, Integer> counts = new TreeMap<>();

    /** One thing not imported, at its place in the source. */
    void warn(String code, SourcePos pos, String message, String hint) {
        diags.warning(code, pos, message, hint);
    }

    /** Counts one more occurrence of something left out by design. */
    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
