/** Positions and diagnostics: what went wrong, where, and how to fix it. */
package org.lineage.diag;
