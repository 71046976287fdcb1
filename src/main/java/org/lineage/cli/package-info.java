/** The picocli commands and the exit-code mapping. */
package org.lineage.cli;
