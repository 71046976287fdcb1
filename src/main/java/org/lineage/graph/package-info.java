/** The lineage graph: parents, children, ancestry, order, cycles and inherited capability state. */
package org.lineage.graph;
