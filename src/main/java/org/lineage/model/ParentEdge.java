package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * A lineage edge from a model to one of its parents: which parent, by which method, how sure we
 * are, and the claim that argues it.
 */
public record ParentEdge(
        Ref model,
        Ref method,
        Confidence confidence,
        Optional<Ref> claim,
        Optional<Text> note,
        SourcePos pos) {}
