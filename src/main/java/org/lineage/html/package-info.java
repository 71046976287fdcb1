/** Pre-escaped HTML and the one writer that escapes everything else on its way into it. */
package org.lineage.html;
