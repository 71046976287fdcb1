/** The development server with live reload. */
package org.lineage.serve;
