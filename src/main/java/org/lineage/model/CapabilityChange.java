package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/** What one lineage step did to one capability, and the claim that argues it. */
public record CapabilityChange(Ref capability, Change change, Optional<Ref> claim, SourcePos pos) {}
