/** View records per page kind, the template engine, UI strings and locale formats. */
package org.lineage.render;
