package newsearch.server;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.util.List;
import newsearch.search.NewsSearcher;
import newsearch.search.SearchBackend;
import newsearch.search.alert.SavedSearches;

/**
 * The public listener's routes, in one block: the JSON API behind its admissions (but for the fixed
 * {@code /api/config}), health and readiness, metrics when they are public, and the search page.
 * Every {@code GET} route answers {@code HEAD} too, with the same status and headers and no body.
 */
final class PublicRoutes {

  /** The search page's entry document in the classpath folder {@code web/}. */
  private static final String PAGE_ENTRY = "index.html";

  /** The page's article view: {@code /article/{id}}, rendered in the browser. */
  private static final String ARTICLE_VIEW = "/article/*";

  private PublicRoutes() {}

  /**
   * The routes over {@code backend}, admitted by {@code admissions}, with the feeds of {@code
   * alerts} when it is not null. The routes that read the local index directly (timeline, terms,
   * trending, section values, the search feed) come with {@code local}; without it, as over a
   * SolrCloud collection, they answer 501 {@code not_served}.
   */
  static HttpHandler of(
      SearchBackend backend,
      NewsSearcher local,
      ServerConfig config,
      Admissions admissions,
      Readiness readiness,
      ServiceMetrics metrics,
      SavedSearches alerts) {
    SearchAdmission searches = admissions.searches();
    HttpHandler articles =
        new ArticleRoutes(
            admissions.articles().guard(new ArticleHandler(backend, config.sectionNames())),
            searches.guard(new RelatedHandler(backend, config.sectionNames())));
    HttpHandler notFound = apiError(StatusCodes.NOT_FOUND, "not_found", "no such route");
    ResourceHandler page =
        new ResourceHandler(
                new ClassPathResourceManager(PublicRoutes.class.getClassLoader(), "web"), notFound)
            .setWelcomeFiles(PAGE_ENTRY)
            .setDirectoryListingEnabled(false);
    RoutingHandler routes = Handlers.routing();
    get(routes, "/api/config", new ConfigHandler(backend.config()));
    get(
        routes,
        "/api/search",
        searches.guard(new SearchHandler(backend, config.sectionNames(), metrics)));
    if (local != null) {
      localRoutes(routes, local, config, admissions);
    } else {
      for (String route : LOCAL_ROUTES) {
        get(
            routes,
            route,
            apiError(
                StatusCodes.NOT_IMPLEMENTED,
                "not_served",
                route + " reads the local index; this server answers from " + backend.served()));
      }
    }
    if (alerts != null) {
      AlertRoutes.feeds(routes, alerts, admissions.articles());
    }
    get(routes, "/api/suggest", admissions.suggestions().guard(new SuggestHandler(backend)));
    get(routes, ArticleHandler.PREFIX + "{id}", articles);
    get(routes, ArticleHandler.PREFIX + "{id}" + RelatedHandler.SUFFIX, articles);
    get(routes, "/health", new HealthHandler());
    get(routes, "/ready", new ReadyHandler(readiness, backend));
    get(routes, "/api/*", apiError(StatusCodes.NOT_FOUND, "not_found", "no such API route"));
    get(routes, ARTICLE_VIEW, pageEntry(page));
    get(routes, "/*", page);
    routes.setInvalidMethodHandler(
        apiError(StatusCodes.METHOD_NOT_ALLOWED, "method_not_allowed", "method not allowed here"));
    if (config.publicMetrics()) {
      get(routes, "/metrics", new MetricsHandler(metrics));
    }
    routes.setFallbackHandler(notFound);
    return routes;
  }

  /** The routes that {@link #localRoutes} adds, as templates. */
  private static final List<String> LOCAL_ROUTES =
      List.of(
          SearchFeedHandler.ROUTE,
          "/api/timeline",
          "/api/terms",
          "/api/trending",
          FacetValuesHandler.PREFIX + "{facet}");

  /** The routes that read the local index beyond what {@link SearchBackend} offers. */
  private static void localRoutes(
      RoutingHandler routes, NewsSearcher searcher, ServerConfig config, Admissions admissions) {
    SearchAdmission searches = admissions.searches();
    get(routes, SearchFeedHandler.ROUTE, searches.guard(new SearchFeedHandler(searcher)));
    get(routes, "/api/timeline", searches.guard(new TimelineHandler(searcher)));
    get(routes, "/api/terms", searches.guard(new TermsHandler(searcher)));
    get(routes, "/api/trending", searches.guard(new TrendingHandler(searcher)));
    get(
        routes,
        FacetValuesHandler.PREFIX + "{facet}",
        searches.guard(new FacetValuesHandler(searcher, config.sectionNames())));
  }

  /** Routes {@code GET} and {@code HEAD} of {@code template}; Undertow sends no body for a HEAD. */
  private static void get(RoutingHandler routes, String template, HttpHandler handler) {
    routes.get(template, handler).add(Methods.HEAD, template, handler);
  }

  /**
   * Serves the page's {@code index.html} for an address of one of its client-side views, so that a
   * shared or reloaded link opens the page, which then renders that view itself.
   */
  private static HttpHandler pageEntry(ResourceHandler page) {
    return exchange -> {
      exchange.setRelativePath("/" + PAGE_ENTRY);
      page.handleRequest(exchange);
    };
  }

  private static HttpHandler apiError(int status, String code, String message) {
    return exchange -> JsonHandler.send(exchange, status, ErrorBody.of(code, message));
  }
}
