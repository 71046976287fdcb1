/**
 * The lineage graph: parents, children, ancestry, order, cycles and inherited capability state;
 * capability traces ({@link org.lineage.graph.Trace}), the capability matrix and its CSV, and the
 * family overview.
 */
package org.lineage.graph;
