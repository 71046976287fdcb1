/** {@code lineage new}: bilingual skeletons of new entries, with placeholders to fill in. */
package org.lineage.scaffold;
