/**
 * Reading the content tree: walking files, strict decoding, location-aware YAML and entity loading.
 */
package org.lineage.content;
