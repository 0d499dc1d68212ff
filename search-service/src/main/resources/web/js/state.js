/**
 * The page's state and its address. The URL holds the whole state, so that a link can be shared
 * and Back/Forward restore it: `/` with q, section (repeatable), language (repeatable), lang (the
 * query's language), from, to, sort, page, spell (exact: search the words as typed, without
 * spelling correction) and undated (only, exclude or include: articles without a date) is the
 * search view, and chart=share shows the timeline's shares instead of its counts;
 * `/article/{id}` is the article view.
 */

const ARTICLE_PREFIX = '/article/';

/** The state that a location (window.location or a URL) describes. */
export function stateFromLocation(location) {
  if (location.pathname.startsWith(ARTICLE_PREFIX)) {
    return { view: 'article', id: decodeId(location.pathname.slice(ARTICLE_PREFIX.length)) };
  }
  const params = new URLSearchParams(location.search);
  return {
    view: 'search',
    q: params.get('q') ?? '',
    sections: [...new Set(params.getAll('section').filter((s) => s.trim() !== ''))],
    languages: languageCodes(params.getAll('language')),
    lang: LANGUAGE_CODE.test(params.get('lang') ?? '') ? params.get('lang') : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
    page: wholeAtLeastOne(params.get('page')),
    chart: params.get('chart') === 'share' ? 'share' : '',
    spell: params.get('spell') === 'exact' ? 'exact' : '',
    undated: ['only', 'exclude', 'include'].includes(params.get('undated'))
      ? params.get('undated')
      : '',
  };
}

/** A search state with nothing chosen: the newest articles. */
export function emptySearch() {
  return {
    view: 'search',
    q: '',
    sections: [],
    languages: [],
    lang: '',
    from: '',
    to: '',
    sort: '',
    page: 1,
    chart: '',
    spell: '',
    undated: '',
  };
}

/** The address of a state; defaults are left out so that addresses stay short. */
export function urlFor(state) {
  if (state.view === 'article') {
    return articleUrl(state.id);
  }
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  state.sections.forEach((section) => params.append('section', section));
  state.languages.forEach((language) => params.append('language', language));
  if (state.lang) params.set('lang', state.lang);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.chart) params.set('chart', state.chart);
  if (state.spell) params.set('spell', state.spell);
  if (state.undated) params.set('undated', state.undated);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The address of an article's view; ids can be URLs, so the whole id is encoded. */
export function articleUrl(id) {
  return ARTICLE_PREFIX + encodeURIComponent(id);
}

/**
 * A copy of a search state with some values changed; any change but the page starts at page 1,
 * and new words are read with spelling correction again unless the change says otherwise.
 */
export function changed(state, changes) {
  const spell = 'q' in changes ? '' : state.spell;
  // Only undated articles and a date range exclude each other: a new range ends the first.
  const newRange = Boolean(changes.from) || Boolean(changes.to);
  const undated = newRange && state.undated === 'only' ? '' : (state.undated ?? '');
  return { ...state, page: 1, spell, undated, ...changes };
}

/** Whether any filter (section, language or date) narrows the search. */
export function hasFilters(state) {
  return (
    state.sections.length > 0 ||
    state.languages.length > 0 ||
    Boolean(state.from) ||
    Boolean(state.to) ||
    Boolean(state.undated)
  );
}

/**
 * The /api/search parameters for a state; with a cursor, the page after that cursor. `pageSize`
 * is the service's page_size from /api/config; without it the service applies its own.
 */
export function searchParams(state, cursor = null, pageSize = null) {
  const params = new URLSearchParams();
  params.set('q', state.q);
  state.sections.forEach((section) => params.append('section', section));
  state.languages.forEach((language) => params.append('language', language));
  if (state.lang) params.set('lang', state.lang);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  // Without a chosen order the server picks one, and says which in its response.
  if (state.sort) params.set('sort', state.sort);
  if (cursor) {
    params.set('cursor', cursor);
  } else {
    params.set('page', String(state.page));
  }
  if (pageSize) params.set('size', String(pageSize));
  if (state.spell) params.set('spell', state.spell);
  if (state.undated) params.set('undated', state.undated);
  return params;
}

/** An ISO 639-1 code, as the server takes them. */
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The codes of repeated or comma-listed language values, each once; others are dropped. */
function languageCodes(values) {
  const codes = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());
  return [...new Set(codes.filter((c) => LANGUAGE_CODE.test(c)))];
}

function wholeAtLeastOne(text) {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function decodeId(encoded) {
  try {
    return decodeURIComponent(encoded);
  } catch {
    // A malformed escape cannot name a stored id; keeping it raw lets the API say "not found".
    return encoded;
  }
}
