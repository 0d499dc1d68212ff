/**
 * The one definition of the index: field names, field types, analysis and facet configuration, and
 * the text handling that must agree with them everywhere ({@link newsearch.schema.TextFolding
 * folding}, {@link newsearch.schema.HtmlEscaper HTML escaping}, the {@link newsearch.schema.Digest
 * content hash} of stored keys).
 *
 * <p>The indexer and the search core both take their fields, analyzers and {@code FacetsConfig}
 * from here, so index-time and query-time analysis cannot drift apart. Nothing outside this package
 * names a Lucene field.
 */
package newsearch.schema;
