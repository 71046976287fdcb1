package org.lineage.render;

import java.util.Set;
import org.lineage.graph.LineageGraph;
import org.lineage.model.Edition;
import org.lineage.model.KnowledgeBase;

/**
 * What a past edition's pages need to know of the present: which edition they are, the knowledge
 * base now (to list what changed since), and the files of the current site (to link each page to
 * its current version when it still has one).
 */
public record EditionMode(
        Edition edition, KnowledgeBase now, LineageGraph nowGraph, Set<String> nowFiles) {}
