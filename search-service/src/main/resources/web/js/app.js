import { config, search } from './api.js';
import { renderArticle } from './article.js';
import { typedRange } from './dates.js';
import { debounce } from './dom.js';
import { renderChips, renderLanguages, renderPeriods, renderRecent } from './facets.js';
import { logFailure } from './messages.js';
import { wireFiltersPanel } from './panel.js';
import { renderPager } from './pager.js';
import {
  clearMessage,
  hitItem,
  renderRelaxed,
  renderSpelling,
  renderEmpty,
  renderError,
  renderSummary,
} from './results.js';
import { SearchBox } from './search-box.js';
import { SectionFilter } from './sections.js';
import { Timeline } from './timeline.js';
import { Topics } from './topics.js';
import {
  changed,
  emptySearch,
  searchParams,
  stateFromLocation,
  urlFor,
} from './state.js';

/**
 * The page's controller: keeps the state in the URL (pushState; popstate restores it), runs the
 * search or loads the article for it, and hands the answers to the views. Results are paged by
 * number only, so the address always says which page is shown and Back returns to it.
 */

const TYPING_DELAY_MS = 250;
const COUNT = new Intl.NumberFormat('en');
const $ = (id) => document.getElementById(id);

const els = {
  layout: $('layout'),
  filters: $('filters'),
  filtersToggle: $('filters-toggle'),
  filtersTitle: $('filters-title'),
  filtersClose: $('filters-close'),
  filtersDone: $('filters-done'),
  searchView: $('search-view'),
  articleView: $('article-view'),
  resultsTitle: $('results-title'),
  summary: $('summary'),
  sort: $('sort'),
  chips: $('chips'),
  chipList: $('chip-list'),
  clearFilters: $('clear-filters'),
  didYouMean: $('did-you-mean'),
  relaxedNote: $('relaxed-note'),
  message: $('message'),
  results: $('results'),
  pager: $('pager'),
  pagerNote: $('pager-note'),
  sectionsGroup: $('sections-group'),
  recent: $('recent'),
  years: $('years'),
  months: $('months'),
  yearsGroup: $('years-group'),
  languages: $('languages'),
  languagesGroup: $('languages-group'),
  queryLang: $('query-lang'),
  dateRange: $('date-range'),
  from: $('from'),
  to: $('to'),
  dateError: $('date-error'),
};

const sectionFilter = new SectionFilter(
  {
    group: els.sectionsGroup,
    list: $('sections'),
    more: $('sections-more'),
    note: $('sections-note'),
    find: $('section-find'),
    findInput: $('section-find-input'),
    matches: $('section-matches'),
  },
  (changes) => refine(changes),
);

let state = stateFromLocation(window.location);
let controller = null; // the search or article load in flight; a newer one aborts it
// True while the current history entry was made by typing, so that further typing replaces it
// instead of adding an entry per pause.
let typingEntry = false;

// Searches for what the reader has typed once they pause.
const typed = debounce((q) => {
  if (q.trim() === currentSearch().q.trim()) return;
  navigate(changed(currentSearch(), { q }), { replace: typingEntry, typing: true });
  typingEntry = true;
}, TYPING_DELAY_MS);

const searchBox = new SearchBox($('search-form'), $('q'), $('suggestions'), {
  onType: typed,
  onSubmit: (q) => navigate(changed(currentSearch(), { q }), { replace: typingEntry }),
});

const chart = new Timeline($('timeline'), {
  onRange: ({ from, to }) => refine({ from, to }),
  // Only the drawing changes: the same results page, so the page number stays.
  onMeasure: (measure) =>
    navigate({ ...currentSearch(), chart: measure === 'share' ? 'share' : '' }),
});

const topics = new Topics($('topics'), {
  onSearch: (q) => navigate(changed(currentSearch(), { q }), { focusResults: true }),
});

/** The search to refine: the current one, or a new one when an article is shown. */
function currentSearch() {
  return state.view === 'search' ? state : emptySearch();
}

/**
 * Moves to a new state: a new history entry (or a replaced one), then renders it. Typing leaves
 * the field as the reader is editing it; a new page of results or a new view starts at the top.
 */
function navigate(next, { replace = false, typing = false, focusResults = false } = {}) {
  const url = urlFor(next);
  if (url !== window.location.pathname + window.location.search) {
    if (replace) {
      history.replaceState({ ...history.state, scrollY: undefined }, '', url);
    } else {
      // Remembered so that Back returns to where the reader was on this page.
      history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
      history.pushState(
        {
          fromSearch: state.view === 'search' && next.view === 'article',
          // The results an article was reached from, even through related stories.
          backTo: state.view === 'search' ? urlFor(state) : history.state?.backTo,
        },
        '',
        url,
      );
    }
  }
  if (!typing) {
    // Any other move supersedes a pause-search still pending, which would otherwise land after it.
    typed.cancel();
  }
  const newView = next.view !== state.view || next.page !== state.page || next.view === 'article';
  typingEntry = false;
  state = next;
  render({ focus: focusResults, scrollY: newView ? 0 : null, keepInput: typing, partial: typing });
}

window.addEventListener('popstate', () => {
  typed.cancel();
  typingEntry = false;
  state = stateFromLocation(window.location);
  render({ scrollY: history.state?.scrollY ?? 0 });
});

async function render({ focus = false, scrollY = null, keepInput = false, partial = false } = {}) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  const article = state.view === 'article';
  els.searchView.hidden = article;
  els.articleView.hidden = !article;
  els.layout.classList.toggle('is-article', article);
  try {
    if (article) {
      chart.hide();
      topics.hide();
      const title = await renderArticle(els.articleView, state.id, signal);
      document.title = `${title ?? 'Article not found'} · newsearch`;
      els.articleView
        .querySelector('[data-back]')
        ?.setAttribute('href', history.state?.backTo ?? '/');
      els.articleView.querySelector('h1')?.focus({ preventScroll: true });
    } else {
      if (!keepInput) searchBox.value = state.q;
      document.title = state.q.trim() ? `${state.q.trim()} · newsearch` : 'newsearch';
      await runSearch(signal, partial);
      if (focus) els.resultsTitle.focus({ preventScroll: true });
    }
    if (scrollY !== null) window.scrollTo(0, scrollY);
  } catch (error) {
    if (error.name !== 'AbortError') throw error;
  }
}

/** Runs the search of the state; `partial` while the reader is typing its last word. */
async function runSearch(signal, partial = false) {
  const shown = state;
  els.results.setAttribute('aria-busy', 'true');
  syncControls(shown);
  try {
    // Asked once; every later search gets the same answer at once.
    const settings = await config();
    const params = searchParams(shown, null, settings?.page_size);
    if (partial) params.set('partial', 'true');
    const response = await search(params, signal);
    // Asked once the results are in, so that they never wait behind them in the service's share
    // for one reader; each hides itself when it cannot be drawn.
    chart.show(shown, signal);
    topics.show(shown, signal);
    showResponse(response, shown, settings);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    showFailure(error, shown);
  } finally {
    if (!signal.aborted) els.results.removeAttribute('aria-busy');
  }
}

function showResponse(response, shown, settings) {
  const hits = Array.isArray(response.hits) ? response.hits : [];
  const facets = response.facets ?? {};
  // The order the server used: the one chosen, or its own rule when none was.
  if (typeof response.sort === 'string') els.sort.value = response.sort;
  renderSummary(els.summary, response, shown);
  renderSpelling(els.didYouMean, response, shown, (q) =>
    navigate(changed(shown, { q }), { focusResults: true }),
  );
  renderRelaxed(els.relaxedNote, response);
  keepingFocus(() => {
    sectionFilter.render(facets.section, shown, settings?.facet_values ?? null);
    renderLanguages(els.languages, els.languagesGroup, facets, shown, refine);
    renderRecent(els.recent, facets, shown, refine);
    renderPeriods(els.years, els.months, els.yearsGroup, facets, shown, refine);
    // Again, now that the answer has told the display names of the chosen sections.
    renderChips(els.chips, els.chipList, shown, refine);
  });
  els.results.replaceChildren(...hits.map((hit) => hitItem(hit, shown)));
  if (hits.length === 0) {
    renderEmpty(els.message, response, shown, () =>
      refine({ sections: [], languages: [], from: '', to: '', undated: '' }),
    );
  } else {
    clearMessage(els.message);
  }
  renderPager(els.pager, els.pagerNote, response, shown, settings?.max_depth);
  const total = Number(response.total) || 0;
  els.filtersDone.textContent =
    total === 0 ? 'No results: change the filters' : `Show ${COUNT.format(total)} results`;
}

function showFailure(error, shown) {
  logFailure('the search', error);
  chart.hide();
  topics.hide();
  els.summary.replaceChildren();
  renderSpelling(els.didYouMean, null, shown);
  renderRelaxed(els.relaxedNote, null);
  els.results.replaceChildren();
  els.pager.hidden = true;
  els.pagerNote.hidden = true;
  // Counts from an earlier search would not describe this one.
  els.sectionsGroup.hidden = true;
  els.yearsGroup.hidden = true;
  els.languagesGroup.hidden = true;
  els.filtersDone.textContent = 'Show results';
  renderError(els.message, error, shown);
}

/** Puts the state into the controls that are not re-rendered from the response. */
function syncControls(shown) {
  if (shown.sort) els.sort.value = shown.sort;
  els.from.value = shown.from;
  els.to.value = shown.to;
  els.queryLang.value = shown.lang;
  showDateError(null);
  const active =
    shown.sections.length + shown.languages.length + (shown.from ? 1 : 0) + (shown.to ? 1 : 0);
  els.filtersToggle.textContent = active > 0 ? `Filters (${active})` : 'Filters';
  keepingFocus(() => renderChips(els.chips, els.chipList, shown, refine));
}

/** Applies a filter or sort change from the sidebar, the chips or the toolbar. */
function refine(changes) {
  navigate(changed(currentSearch(), changes));
}

/**
 * Re-renders controls without losing the reader's place: focus returns to the control with the
 * same data-focus-key, or, if that one is gone (a removed chip), to the results heading.
 */
function keepingFocus(renderControls) {
  const key = document.activeElement?.dataset?.focusKey;
  renderControls();
  if (key && document.activeElement?.dataset?.focusKey !== key) {
    const same = [...document.querySelectorAll('[data-focus-key]')].find(
      (e) => e.dataset.focusKey === key,
    );
    (same ?? els.resultsTitle).focus();
  }
}

/** Same-page links (results, breadcrumbs, pages) change the state instead of reloading. */
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href]');
  if (
    !link ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || link.target || link.hasAttribute('download')) {
    return;
  }
  event.preventDefault();
  if (link.hasAttribute('data-back') && history.state?.fromSearch) {
    // The results are the entry just behind: going back restores them where the reader left.
    history.back();
    return;
  }
  const next = stateFromLocation(url);
  navigate(next, { focusResults: next.view === 'search' && link.closest('#pager') !== null });
});

els.sort.addEventListener('change', () => refine({ sort: els.sort.value }));
els.queryLang.addEventListener('change', () => refine({ lang: els.queryLang.value }));
els.clearFilters.addEventListener('click', () =>
  refine({ sections: [], languages: [], from: '', to: '', undated: '' }),
);
els.dateRange.addEventListener('submit', (event) => {
  event.preventDefault();
  // Checked here, so that a date that is not one, or a range that ends before it starts, is
  // explained beside the fields and never sent.
  const range = typedRange(els.from.value, els.to.value);
  if (range.error) {
    showDateError(range.error);
    return;
  }
  showDateError(null);
  refine({ from: range.from, to: range.to });
});

function showDateError(text) {
  els.dateError.hidden = !text;
  els.dateError.textContent = text ?? '';
  els.from.toggleAttribute('aria-invalid', Boolean(text));
  els.to.toggleAttribute('aria-invalid', Boolean(text));
}

wireFiltersPanel({
  layout: els.layout,
  panel: els.filters,
  toggle: els.filtersToggle,
  title: els.filtersTitle,
  close: els.filtersClose,
  done: els.filtersDone,
});

// Back to a results page lands where the reader left it, once the results are drawn again.
history.scrollRestoration = 'manual';
render();
