/** Checks over the loaded knowledge base, each returning diagnostics. */
package org.lineage.check;
