package org.lineage.model;

import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * A release date that a secondary source estimates, kept beside the model's sourced date so that
 * readers see both and whose each one is.
 *
 * @param source the source that makes the estimate, e.g. an essay that dates a model from memory
 */
public record ReleaseEstimate(DateSpec date, Ref source, Optional<Text> note, SourcePos pos) {}
