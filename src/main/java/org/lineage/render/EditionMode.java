package org.lineage.render;

import org.lineage.model.Edition;

/**
 * What a past edition's pages need to know: which edition they are. What they say of the present
 * (the current page, what changed since) is put in by each build of the present: see {@link
 * EditionBanner}.
 */
public record EditionMode(Edition edition) {}
