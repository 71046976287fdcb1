/** The evolution-tree layout and its SVG drawing. */
package org.lineage.layout;
