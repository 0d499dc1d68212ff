/**
 * What a user typed, and the Lucene queries made of it: {@link
 * newsearch.search.query.UserQueryParser} reads the search syntax into a {@link
 * newsearch.search.query.UserQuery}, and {@link newsearch.search.query.QueryFactory} turns that
 * into the text query and its proximity query over the schema's fields.
 */
package newsearch.search.query;
