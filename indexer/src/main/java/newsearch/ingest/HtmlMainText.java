package newsearch.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article's own text in an HTML page: it removes what is never article text (scripts,
 * navigation, asides, headers and footers, forms, figures and their captions, and elements whose
 * class, id or role names comments, sharing, advertising, newsletters, related stories and the
 * like), then takes the {@code articleBody}, else the largest {@code <article>}, else {@code
 * <main>}, else the element holding the most paragraph text, and cuts it into paragraphs at block
 * elements. Elements that hold the headline or the article body are never removed, since some sites
 * give the whole page a class such as {@code has-comments}. Stateless and thread-safe.
 */
final class HtmlMainText {

  /**
   * The page itself, which a class such as {@code has-comments} on {@code <body>} must not empty.
   */
  private static final Set<String> PAGE_TAGS = Words.setOf("#root html body");

  private static final Set<String> JUNK_TAGS =
      Words.setOf(
          "script style noscript template iframe svg nav aside footer header form button "
              + "figure figcaption picture video audio input select textarea dialog object "
              + "embed canvas map menu");

  /** Words in a class or id that mark an element as page furniture. */
  private static final Set<String> JUNK_WORDS =
      Words.setOf(
          "comment comments disqus share sharing shares social newsletter subscribe "
              + "subscription signup cookie cookies consent gdpr ad ads advert adverts "
              + "advertisement advertising sponsor sponsored promo promotion related "
              + "recommended outbrain taboola breadcrumb breadcrumbs byline author bio caption "
              + "credit credits sidebar widget footer nav navigation menu masthead header popup "
              + "modal overlay banner toolbar tags paywall hidden meta skip");

  private static final Set<String> JUNK_ROLES =
      Words.setOf("navigation complementary banner contentinfo dialog search menu alert");

  private static final Set<String> BLOCK_TAGS =
      Words.setOf(
          "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre "
              + "table tr td th br hr address header footer figure");

  private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private static final int MIN_RELATED_WORDS = 3;
  private static final int MAX_RELATED_WORDS = 25;
  private static final int MAX_RELATED = 10;

  private HtmlMainText() {}

  /** Headlines of the stories linked from the page's related-stories blocks. */
  static List<String> relatedHeadlines(Document doc) {
    Set<String> headlines = new LinkedHashSet<>();
    for (Element block : doc.getAllElements()) {
      if (!nameWords(block).contains("related")) {
        continue;
      }
      for (Element link : block.select("a")) {
        String headline = normalise(link.text());
        int words = Words.count(headline);
        if (words >= MIN_RELATED_WORDS && words <= MAX_RELATED_WORDS) {
          headlines.add(headline);
        }
      }
      if (headlines.size() >= MAX_RELATED) {
        break;
      }
    }
    return headlines.stream().limit(MAX_RELATED).toList();
  }

  /**
   * One block of the main text.
   *
   * @param text the block's text, whitespace collapsed
   * @param linkDensity the share of its characters, from 0 to 1, that are the text of links
   */
  record Block(String text, double linkDensity) {}

  /** The article's paragraphs, in order. Removes the furniture from {@code doc}. */
  static List<Block> paragraphs(Document doc) {
    removeFurniture(doc);
    Element container = container(doc);
    container.select("h1").forEach(HtmlMainText::detach);
    return blocks(container);
  }

  private static void removeFurniture(Document doc) {
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element core : doc.select("h1, [itemprop=articleBody], main")) {
      kept.add(core);
      kept.addAll(core.parents());
    }
    List<Element> furniture = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      if (!kept.contains(element)
          && !PAGE_TAGS.contains(element.normalName())
          && isFurniture(element)) {
        furniture.add(element);
      }
    }
    furniture.forEach(HtmlMainText::detach);
  }

  private static boolean isFurniture(Element element) {
    if (JUNK_TAGS.contains(element.normalName())
        || JUNK_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
        || element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true")
        || DISPLAY_NONE.matcher(element.attr("style")).find()) {
      return true;
    }
    return nameWords(element).stream().anyMatch(JUNK_WORDS::contains);
  }

  /** The words of an element's class names and id: {@code share-bar shareButtons} gives four. */
  private static Set<String> nameWords(Element element) {
    String names = element.className() + " " + element.id();
    Set<String> words = new LinkedHashSet<>();
    for (String word : NAME_PARTS.split(names)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static Element container(Document doc) {
    Element body = doc.selectFirst("[itemprop=articleBody]");
    if (body != null && body.hasText()) {
      return body;
    }
    Element largest = null;
    for (Element article : doc.select("article")) {
      if (largest == null || paragraphChars(article) > paragraphChars(largest)) {
        largest = article;
      }
    }
    if (largest != null && largest.hasText()) {
      return largest;
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && main.hasText()) {
      return main;
    }
    return densestParagraphParent(doc);
  }

  /**
   * The element under which paragraph text gathers: each paragraph counts fully for its parent and
   * half for its grandparent, so text split into sibling wrappers still finds its container.
   */
  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    Element best = null;
    for (Element paragraph : doc.select("p")) {
      int chars = paragraph.text().length();
      Element parent = paragraph.parent();
      if (parent == null) {
        continue;
      }
      best = better(best, parent, scores.merge(parent, chars, Integer::sum), scores);
      Element grandparent = parent.parent();
      if (grandparent != null) {
        best =
            better(best, grandparent, scores.merge(grandparent, chars / 2, Integer::sum), scores);
      }
    }
    return best != null ? best : doc.body() != null ? doc.body() : doc;
  }

  private static Element better(
      Element best, Element candidate, int score, Map<Element, Integer> scores) {
    return best == null || score > scores.get(best) ? candidate : best;
  }

  private static int paragraphChars(Element element) {
    int chars = 0;
    for (Element paragraph : element.select("p")) {
      chars += paragraph.text().length();
    }
    return chars;
  }

  /** The text of {@code container} cut at block elements, whitespace collapsed. */
  private static List<Block> blocks(Element container) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder linked = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              current.append(text.getWholeText());
              if (inLink(text, container)) {
                linked.append(text.getWholeText());
              }
            } else if (isBlock(node)) {
              flush(current, linked, blocks);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBlock(node)) {
              flush(current, linked, blocks);
            }
          }
        },
        container);
    flush(current, linked, blocks);
    return blocks;
  }

  private static boolean inLink(Node node, Element container) {
    for (Element parent = node.parentNode() instanceof Element e ? e : null;
        parent != null && parent != container;
        parent = parent.parent()) {
      if (parent.normalName().equals("a")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
  }

  private static void flush(StringBuilder current, StringBuilder linked, List<Block> blocks) {
    String block = normalise(current.toString());
    if (!block.isEmpty()) {
      double density = Math.min(1, normalise(linked.toString()).length() / (double) block.length());
      blocks.add(new Block(block, density));
    }
    current.setLength(0);
    linked.setLength(0);
  }

  private static String normalise(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private static void detach(Element element) {
    if (element.parent() != null) {
      element.remove();
    }
  }
}
