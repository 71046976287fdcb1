package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/** One piece of evidence for or against a claim. */
public record Evidence(Stance stance, Optional<Ref> source, Text note, SourcePos pos) {}
