package newsearch.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The section tree of the generated newspaper: eight top sections with four to six subsections
 * each, displayed as {@code Top > Sub}. Popular sections (news, sport) carry more articles, with a
 * Zipf-like share. Immutable and thread-safe.
 */
final class Sections {

  private static final String[][] TREE = {
    {"News", "World", "Politics", "UK", "Americas", "Asia", "Africa"},
    {"Sport", "Football", "Tennis", "Cricket", "Athletics", "Motor racing"},
    {"Business", "Markets", "Companies", "Economy", "Technology", "Energy"},
    {"Culture", "Film", "Music", "Books", "Art", "Theatre"},
    {"Opinion", "Editorials", "Columns", "Letters", "Analysis"},
    {"Science", "Space", "Environment", "Medicine", "Physics"},
    {"Travel", "Europe", "Asia", "Americas", "Africa"},
    {"Life", "Food", "Fashion", "Family", "Money", "Property"}
  };

  private final List<String> paths;
  private final List<String> tops;
  private final ZipfSampler ranks;

  Sections() {
    List<String> all = new ArrayList<>();
    List<String> top = new ArrayList<>();
    for (String[] branch : TREE) {
      top.add(branch[0]);
      for (int i = 1; i < branch.length; i++) {
        all.add(branch[0] + " > " + branch[i]);
      }
    }
    this.paths = List.copyOf(all);
    this.tops = List.copyOf(top);
    // A flat exponent: every subsection gets a fair share, the first ones more.
    this.ranks = new ZipfSampler(paths.size(), 0.6);
  }

  /** The index of a section drawn with its share of articles. */
  int next(SplittableRandom random) {
    return ranks.next(random);
  }

  /** Every section path, such as {@code News > World}, in a fixed order. */
  List<String> paths() {
    return paths;
  }

  /** The top-level sections. */
  List<String> tops() {
    return tops;
  }
}
