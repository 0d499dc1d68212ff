package newsearch.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsearch.schema.SectionPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What an HTML page's markup says about its article, from the most to the least deliberate source:
 * Open Graph and {@code article:} meta tags, JSON-LD, microdata and {@code <time>}, then ordinary
 * elements such as {@code <h1>}, {@code <title>} and breadcrumb lists. Each value may be absent;
 * the page's text fills gaps later.
 *
 * @param title the headline, or null
 * @param summary the description, or null
 * @param published the publication date, or null
 * @param modified the date of the last update, or null
 * @param section the section, possibly empty
 * @param author the authors' names, or null
 * @param url the canonical address, or null
 * @param language the language the page declares, as written ({@code es-MX}), or null: JSON-LD
 *     {@code inLanguage}, else {@code og:locale}, else the {@code lang} of {@code <html>}; the
 *     article's own markup first, since a site's template often declares one language for pages in
 *     several
 */
record HtmlMetadata(
    String title,
    String summary,
    LocalDate published,
    LocalDate modified,
    SectionPath section,
    String author,
    String url,
    String language) {

  /** The separators that join a headline and a site's name in a {@code <title>}. */
  private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ");

  /** A site's name after a dash is short; a longer tail is part of the headline. */
  private static final int MAX_SITE_NAME_WORDS = 4;

  private static final int MAX_AUTHOR_WORDS = 6;
  private static final Pattern URL = Pattern.compile("^(?:https?:)?//.*", Pattern.DOTALL);

  /** Reads the markup of {@code doc}, which it does not change. */
  static HtmlMetadata read(Document doc, DateLineParser dates) {
    Map<String, String> metas = metaTags(doc);
    JsonLdMetadata ld = JsonLdMetadata.read(doc);
    String siteName = metas.get("og:site_name");
    String title =
        first(
            withoutSiteName(metas.get("og:title"), siteName),
            text(doc.selectFirst("h1")),
            ld.headline(),
            withoutSiteSuffix(doc.title(), siteName));
    return new HtmlMetadata(
        title,
        first(metas.get("og:description"), metas.get("description"), ld.description()),
        published(doc, metas, ld, dates),
        date(dates, metas.get("article:modified_time"), ld.dateModified()),
        section(doc, metas, ld, title),
        author(doc, metas, ld),
        first(attr(doc.selectFirst("link[rel=canonical]"), "href"), metas.get("og:url"), ld.url()),
        first(ld.language(), metas.get("og:locale"), attr(doc.selectFirst("html[lang]"), "lang")));
  }

  /** Meta tags by {@code property}, {@code name} or {@code itemprop}, in lower case; first wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String content = meta.attr("content").strip();
      for (String key : List.of("property", "name", "itemprop")) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !content.isEmpty()) {
          metas.putIfAbsent(name, content);
        }
      }
    }
    return metas;
  }

  private static LocalDate published(
      Document doc, Map<String, String> metas, JsonLdMetadata ld, DateLineParser dates) {
    Element microdata = doc.selectFirst("[itemprop=datePublished]");
    Element time = doc.selectFirst("article time[datetime]");
    return date(
        dates,
        metas.get("article:published_time"),
        ld.datePublished(),
        metas.get("datepublished"),
        first(attr(microdata, "datetime"), attr(microdata, "content"), text(microdata)),
        attr(doc.selectFirst("time[pubdate][datetime]"), "datetime"),
        attr(time != null ? time : doc.selectFirst("time[datetime]"), "datetime"),
        metas.get("date"),
        metas.get("pubdate"),
        metas.get("dc.date"),
        metas.get("dcterms.created"));
  }

  /**
   * Breadcrumb markup names the whole path ({@code News > Japan}) where {@code article:section}
   * names only the last level, so it is preferred.
   */
  private static SectionPath section(
      Document doc, Map<String, String> metas, JsonLdMetadata ld, String title) {
    SectionPath path = Breadcrumbs.fromItems(breadcrumbItems(doc), title);
    if (path.isEmpty()) {
      path = Breadcrumbs.fromItems(ld.breadcrumb(), title);
    }
    if (path.isEmpty()) {
      path = SectionPath.parse(first(metas.get("article:section"), ld.section()));
    }
    return path;
  }

  private static List<String> breadcrumbItems(Document doc) {
    Element crumbs =
        doc.selectFirst(
            "nav[aria-label~=(?i)breadcrumb], [itemtype~=(?i)BreadcrumbList],"
                + " [class~=(?i)breadcrumb], [id~=(?i)breadcrumb]");
    if (crumbs == null) {
      return List.of();
    }
    Elements items = crumbs.select("li:not(:has(li))");
    if (items.isEmpty()) {
      items = crumbs.select("a");
    }
    if (!items.isEmpty()) {
      return items.eachText();
    }
    return Breadcrumbs.read(crumbs.text()).map(crumb -> crumb.path().parts()).orElse(List.of());
  }

  private static String author(Document doc, Map<String, String> metas, JsonLdMetadata ld) {
    Element microdata = doc.selectFirst("[itemprop=author]");
    Element microdataName = microdata == null ? null : microdata.selectFirst("[itemprop=name]");
    return first(
        ld.author(),
        notAnAddress(metas.get("author")),
        notAnAddress(metas.get("article:author")),
        name(text(doc.selectFirst("[rel=author]"))),
        name(first(text(microdataName), attr(microdataName, "content"))),
        name(first(attr(microdata, "content"), text(microdata))),
        name(text(doc.selectFirst("[class~=(?i)byline]"))));
  }

  /** A name from a byline element: {@code By Jane Doe}, or a bare {@code Jane Doe}. */
  private static String name(String text) {
    if (text == null) {
      return null;
    }
    Optional<String> fromByline = Byline.author(text);
    if (fromByline.isPresent()) {
      return fromByline.get();
    }
    return Words.count(text) <= MAX_AUTHOR_WORDS ? notAnAddress(text) : null;
  }

  /** Many sites put a profile page's address where the author's name belongs. */
  private static String notAnAddress(String value) {
    return value == null || URL.matcher(value).matches() ? null : value;
  }

  /** The headline without the site's name, when the title ends with it. */
  private static String withoutSiteName(String title, String siteName) {
    if (title == null || siteName == null) {
      return title;
    }
    for (String separator : TITLE_SEPARATORS) {
      String suffix = separator + siteName.strip();
      if (title.length() > suffix.length()
          && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  /**
   * A {@code <title>} without its site suffix: {@code Headline | Site Name}, {@code Headline -
   * Site}. After a dash the tail is cut only when it is short, since headlines contain dashes too.
   */
  static String withoutSiteSuffix(String title, String siteName) {
    String headline = withoutSiteName(title, siteName);
    if (headline == null || !headline.equals(title)) {
      return headline;
    }
    for (String separator : TITLE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at <= 0) {
        continue;
      }
      String tail = title.substring(at + separator.length());
      String head = title.substring(0, at).strip();
      boolean siteLike =
          separator.equals(" | ")
              || Words.count(tail) <= MAX_SITE_NAME_WORDS && Words.count(tail) <= Words.count(head);
      if (siteLike && !head.isEmpty()) {
        return head;
      }
    }
    return title;
  }

  private static LocalDate date(DateLineParser dates, String... values) {
    for (String value : values) {
      Optional<LocalDate> date = dates.firstDate(value);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(element.text());
  }

  private static String attr(Element element, String name) {
    if (element == null || !element.hasAttr(name)) {
      return null;
    }
    String absolute = name.equals("href") ? element.absUrl(name) : "";
    return blankToNull(absolute.isEmpty() ? element.attr(name) : absolute);
  }

  private static String first(String... values) {
    return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
