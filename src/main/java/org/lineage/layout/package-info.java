/** The evolution tree: views of the lineage graph, their layered layout and their inline SVG. */
package org.lineage.layout;
