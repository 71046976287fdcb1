/** View records per page kind, the template engine and UI strings per language. */
package org.lineage.render;
