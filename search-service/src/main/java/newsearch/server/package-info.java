/**
 * The HTTP service, Undertow only: routes, handlers that translate HTTP to calls of the search core
 * and back, JSON errors, and the static search page. No search logic lives here.
 */
package newsearch.server;
