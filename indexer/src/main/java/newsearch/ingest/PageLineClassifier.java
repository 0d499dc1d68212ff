package newsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsearch.ingest.DateLineParser.DateLine;

/**
 * Tells what each line of an article page is: furniture, a breadcrumb, a byline or date line, a
 * dateline, a related headline, the end of the article, or text. Whether a text line is the
 * headline, the lede or the body depends on where it stands, which {@link PageAssembler} decides.
 * Stateless and thread-safe.
 */
final class PageLineClassifier {

  private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦‣]\\s*|[*–-]\\s)");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** Parts of a meta line such as {@code By Jane Doe | 7 October 2021 | 3 min read}. */
  private static final Pattern META_SEGMENTS = Pattern.compile(" [|·•—–-] |\\|");

  /** Related-story lists are short; a longer run of headlines is part of the article. */
  private static final int MAX_RELATED_RUN = 6;

  /** A date and a byline in one segment: {@code Posted on June 2, 2022 by Sam Reed}. */
  private static final Pattern DATE_THEN_BYLINE =
      Pattern.compile(
          "^(.+?)\\s+((?:by|por|par|von)\\s+\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Tags are names of one to a few words, listed one a line under their label. */
  private static final int MAX_TAG_WORDS = 4;

  private static final int MAX_TAG_RUN = 12;

  private static final int MIN_RELATED_WORDS = 3;
  private static final int MAX_RELATED_WORDS = 20;

  private final DateLineParser dates = new DateLineParser();

  /** Classifies every line, in order. */
  List<PageLine> classify(List<String> lines) {
    List<PageLine> classified = new ArrayList<>(lines.size());
    int relatedRun = -1;
    int tagRun = -1;
    for (String raw : lines) {
      String line = WHITESPACE.matcher(raw).replaceAll(" ").strip();
      Matcher bullet = BULLET.matcher(line);
      boolean bulleted = bullet.find();
      if (bulleted) {
        line = line.substring(bullet.end()).strip();
      }
      if (line.isEmpty()) {
        classified.add(new PageLine.Blank());
      } else if (tagRun >= 0 && tagRun < MAX_TAG_RUN && isTag(line)) {
        classified.add(new PageLine.Furniture(line));
        tagRun++;
      } else if (relatedRun >= 0 && relatedRun < MAX_RELATED_RUN && isRelatedHeadline(line)) {
        classified.add(new PageLine.Related(line));
        relatedRun++;
      } else {
        relatedRun = PageFurniture.isRelatedLabel(line) ? 0 : -1;
        tagRun = PageFurniture.isTagLabel(line) ? 0 : -1;
        classified.add(classify(line, bulleted));
      }
    }
    return classified;
  }

  private PageLine classify(String line, boolean bulleted) {
    if (PageFurniture.endsArticle(line)) {
      return new PageLine.End();
    }
    Optional<String> related = PageFurniture.inlineRelated(line);
    if (related.isPresent()) {
      return new PageLine.Related(related.get());
    }
    if (PageFurniture.isRelatedLabel(line)
        || PageFurniture.isTagLabel(line)
        || PageFurniture.isCaption(line)
        || PageFurniture.isFurniture(line) && !BlockScore.outweighsKeywords(line)) {
      return new PageLine.Furniture(line);
    }
    var crumb = Breadcrumbs.read(line);
    if (crumb.isPresent()) {
      return new PageLine.Section(crumb.get());
    }
    Optional<PageLine.Meta> meta = meta(line);
    if (meta.isPresent()) {
      return meta.get();
    }
    if (Dateline.isWhole(line)) {
      return new PageLine.DatelineOnly(line);
    }
    return new PageLine.Text(line, bulleted);
  }

  /**
   * The byline and dates of a line made only of them, possibly with furniture between: {@code By
   * Jane Doe | Published 7 October 2021 | 3 min read}.
   */
  private Optional<PageLine.Meta> meta(String line) {
    DateLine found = null;
    String author = Byline.author(line).orElse(null);
    if (author != null) {
      return Optional.of(new PageLine.Meta(null, author));
    }
    for (String part : META_SEGMENTS.split(line)) {
      String segment = part.strip();
      Optional<DateLine> date = dates.dateLine(segment);
      Optional<String> byline = date.isPresent() ? Optional.empty() : Byline.author(segment);
      Matcher pair = DATE_THEN_BYLINE.matcher(segment);
      if (date.isEmpty() && byline.isEmpty() && pair.matches()) {
        date = dates.dateLine(pair.group(1));
        byline = date.isPresent() ? Byline.author(pair.group(2)) : Optional.empty();
        date = byline.isPresent() ? date : Optional.empty();
      }
      if (date.isPresent() && byline.isPresent()) {
        found = found == null ? date.get() : found.or(date.get());
        author = author == null ? byline.get() : author;
      } else if (date.isPresent()) {
        found = found == null ? date.get() : found.or(date.get());
      } else if (byline.isPresent()) {
        author = author == null ? byline.get() : author;
      } else if (!segment.isEmpty() && !PageFurniture.isFurniture(segment)) {
        return Optional.empty();
      }
    }
    return found == null && author == null
        ? Optional.empty()
        : Optional.of(new PageLine.Meta(found, author));
  }

  private static boolean isTag(String line) {
    return Words.count(line) <= MAX_TAG_WORDS && !PageLine.Text.endsSentence(line);
  }

  private static boolean isRelatedHeadline(String line) {
    int words = Words.count(line);
    return words >= MIN_RELATED_WORDS
        && words <= MAX_RELATED_WORDS
        && !PageLine.Text.endsSentence(line)
        && !PageFurniture.endsArticle(line)
        && !PageFurniture.isFurniture(line);
  }
}
