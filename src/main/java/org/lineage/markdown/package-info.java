/** The configured CommonMark parser and renderer, entity links and citations. */
package org.lineage.markdown;
