package org.lineage.model;

import org.lineage.diag.SourcePos;

/**
 * A past edition of the knowledge base, as {@code site.yaml} lists it: the content of a commit of
 * the repository, published under {@code /v/<version>/}.
 *
 * @param commit the commit (a full hash is safest: tags may be missing from a clone) whose {@code
 *     content/} the edition is
 */
public record Edition(String version, DateSpec released, String commit, SourcePos pos) {
    /** The site path every page of the edition lives under: {@code v/2026.1/}. */
    public String root() {
        return "v/" + version + "/";
    }
}
