package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/** An erratum: what a claim said before, what it says now, and who pointed it out. */
public record Correction(
        DateSpec date, Text before, Text after, Optional<String> credit, SourcePos pos) {}
