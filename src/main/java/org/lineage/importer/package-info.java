/**
 * {@code lineage import}: reads lineage kept in other formats (Stanford CRFM's ecosystem-graphs
 * assets, Hugging Face model cards) and writes it as content, reporting what it cannot map.
 */
package org.lineage.importer;
