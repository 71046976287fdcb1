/** The page plan, the site writer and the link checker. */
package org.lineage.site;
