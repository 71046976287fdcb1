package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * An erratum: what a claim said before, what it says now, and who pointed it out.
 *
 * @param statusBefore the claim's status before the correction, when the correction changed it
 */
public record Correction(
        DateSpec date,
        Text before,
        Text after,
        Optional<String> credit,
        Optional<Confidence> statusBefore,
        SourcePos pos) {
    /** A correction that left the claim's status as it was. */
    public Correction(
            DateSpec date, Text before, Text after, Optional<String> credit, SourcePos pos) {
        this(date, before, after, credit, Optional.empty(), pos);
    }
}
