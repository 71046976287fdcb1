/** The immutable records of the knowledge base. */
package org.lineage.model;
