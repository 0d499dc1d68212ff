package newsearch.search;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Every ranking knob and search limit, in one place, grouped by what they govern. The service reads
 * it from a file ({@code serve --config}, see {@link SearchConfigFile}); the relevance harness
 * varies it. Build one with {@code SearchConfig.builder().limits(l -> l.maxDepth(500)).build()}, or
 * change some values of another with {@link #toBuilder}.
 *
 * @param ranking how matches are weighed and ordered
 * @param limits what one request may ask for and spend
 * @param page how much one answer shows when its request does not say
 * @param highlighting how hits are highlighted
 * @param suggestions how completions and spelling corrections are offered
 * @param fusion how semantic and hybrid rankings are made, and which ranking is the default
 */
public record SearchConfig(
    RankingConfig ranking,
    LimitsConfig limits,
    PageConfig page,
    HighlightConfig highlighting,
    SuggestConfig suggestions,
    FusionConfig fusion) {

  /**
   * The defaults: our best measured values. The ranking knobs come from grid searches on the
   * Cranfield and CISI judged collections (see {@code relevance/BASELINES.md}); equal field weights
   * and k1 = 2 beat a title boost there. Proximity applies to short, search-box queries only.
   */
  public static final SearchConfig DEFAULTS = builder().build();

  /** Requires every group, and default sizes that requests of those sizes may ask for. */
  public SearchConfig {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(highlighting, "highlighting");
    Objects.requireNonNull(suggestions, "suggestions");
    Objects.requireNonNull(fusion, "fusion");
    requireWithinPageSize("pageSize", page.pageSize(), limits.maxPageSize());
    requireWithinPageSize("relatedCount", page.relatedCount(), limits.maxPageSize());
  }

  private static void requireWithinPageSize(String name, int value, int maxPageSize) {
    if (value > maxPageSize) {
      throw new IllegalArgumentException(
          name + " must be at most maxPageSize (" + maxPageSize + "), got " + value);
    }
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder(
        RankingConfig.DEFAULTS,
        LimitsConfig.DEFAULTS,
        PageConfig.DEFAULTS,
        HighlightConfig.DEFAULTS,
        SuggestConfig.DEFAULTS,
        FusionConfig.DEFAULTS);
  }

  /** A builder holding these values, to change some of them. */
  public Builder toBuilder() {
    return new Builder(ranking, limits, page, highlighting, suggestions, fusion);
  }

  /**
   * Collects the groups, each as its own builder that the {@code Consumer} overloads edit in place;
   * {@link #build} validates them. Not thread-safe.
   */
  public static final class Builder {
    private RankingConfig.Builder ranking;
    private LimitsConfig.Builder limits;
    private PageConfig.Builder page;
    private HighlightConfig.Builder highlighting;
    private SuggestConfig.Builder suggestions;
    private FusionConfig.Builder fusion;

    private Builder(
        RankingConfig ranking,
        LimitsConfig limits,
        PageConfig page,
        HighlightConfig highlighting,
        SuggestConfig suggestions,
        FusionConfig fusion) {
      this.ranking = ranking.toBuilder();
      this.limits = limits.toBuilder();
      this.page = page.toBuilder();
      this.highlighting = highlighting.toBuilder();
      this.suggestions = suggestions.toBuilder();
      this.fusion = fusion.toBuilder();
    }

    public Builder ranking(RankingConfig value) {
      ranking = value.toBuilder();
      return this;
    }

    /** Changes some ranking knobs, such as {@code ranking(r -> r.k1(1.2).b(0.6))}. */
    public Builder ranking(Consumer<RankingConfig.Builder> change) {
      change.accept(ranking);
      return this;
    }

    public Builder limits(LimitsConfig value) {
      limits = value.toBuilder();
      return this;
    }

    /** Changes some limits, such as {@code limits(l -> l.maxDepth(500))}. */
    public Builder limits(Consumer<LimitsConfig.Builder> change) {
      change.accept(limits);
      return this;
    }

    public Builder page(PageConfig value) {
      page = value.toBuilder();
      return this;
    }

    /** Changes some page sizes, such as {@code page(p -> p.facetValues(5))}. */
    public Builder page(Consumer<PageConfig.Builder> change) {
      change.accept(page);
      return this;
    }

    public Builder highlighting(HighlightConfig value) {
      highlighting = value.toBuilder();
      return this;
    }

    /** Changes some highlighting values, such as {@code highlighting(h -> h.snippets(1))}. */
    public Builder highlighting(Consumer<HighlightConfig.Builder> change) {
      change.accept(highlighting);
      return this;
    }

    public Builder suggestions(SuggestConfig value) {
      suggestions = value.toBuilder();
      return this;
    }

    /** Changes some suggestion values, such as {@code suggestions(s -> s.spelling(false))}. */
    public Builder suggestions(Consumer<SuggestConfig.Builder> change) {
      change.accept(suggestions);
      return this;
    }

    public Builder fusion(FusionConfig value) {
      fusion = value.toBuilder();
      return this;
    }

    /** Changes some fusion values, such as {@code fusion(f -> f.ranking(Ranking.HYBRID))}. */
    public Builder fusion(Consumer<FusionConfig.Builder> change) {
      change.accept(fusion);
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first value out of range
     */
    public SearchConfig build() {
      return new SearchConfig(
          ranking.build(),
          limits.build(),
          page.build(),
          highlighting.build(),
          suggestions.build(),
          fusion.build());
    }
  }
}
