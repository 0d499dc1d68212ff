import { terms, trending } from './api.js';
import { h, pause } from './dom.js';
import { searchParams } from './state.js';

/** How many related topics are asked for and shown. */
const TOPICS_SHOWN = 10;
/** The period that trending terms rise in, in days. */
const TRENDING_DAYS = 7;
/**
 * How long a search's results stay before its topics are asked for. Finding them reads a sample
 * of the matches and can take seconds in a large archive, so a reader still typing (each pause a
 * new search) asks for none.
 */
const SETTLE_MS = 500;

const SPAN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The chips under the search box. For a query, its related topics (/api/terms: words and
 * phrases much more frequent in the matches than in the whole archive), each adding itself to
 * the query when clicked; for the browse view (no query), what is trending (/api/trending: terms
 * rising in the last days against the days before), each searching for itself. Hidden when the
 * service has none, or cannot say: the chips are a suggestion, never an error.
 */
export class Topics {
  #aside;
  #onSearch;
  #title = h('h2', { class: 'topics-title', id: 'topics-title' });
  #list = h('ul', { class: 'topic-list' });
  #loaded = { key: null, body: null };
  #loads = 0;

  /**
   * @param aside the element to fill, hidden until there are chips
   * @param onSearch called with the query text a chip stands for
   */
  constructor(aside, { onSearch }) {
    this.#aside = aside;
    this.#onSearch = onSearch;
    aside.replaceChildren(this.#title, this.#list);
  }

  /**
   * Loads and shows the chips for a search state; resolves once they are shown or hidden. The
   * last answer is kept, so another page of the same search asks nothing again.
   */
  async show(state, signal) {
    const load = ++this.#loads;
    const q = state.q.trim();
    const params = searchParams(state);
    ['page', 'sort', 'size', 'cursor'].forEach((name) => params.delete(name));
    params.set('size', String(TOPICS_SHOWN));
    const key = q ? `terms?${params}` : 'trending';
    try {
      if (key !== this.#loaded.key) {
        this.#aside.setAttribute('aria-busy', 'true');
        await pause(SETTLE_MS, signal);
        const body = q
          ? await terms(params, signal)
          : await trending(TRENDING_DAYS, TOPICS_SHOWN, signal);
        this.#loaded = { key, body };
      }
      if (load !== this.#loads) return;
      const chips = q ? this.#related(q, this.#loaded.body) : this.#trending(this.#loaded.body);
      this.#list.replaceChildren(...chips);
      this.#aside.hidden = chips.length === 0;
    } catch (error) {
      if (error.name === 'AbortError') return;
      console.error(`newsearch: topics could not be loaded (${error.message})`);
      if (load === this.#loads) this.#aside.hidden = true;
    } finally {
      if (load === this.#loads) this.#aside.removeAttribute('aria-busy');
    }
  }

  /** Hides the chips and drops any load in flight, as when an article is shown. */
  hide() {
    this.#loads += 1;
    this.#aside.hidden = true;
    this.#aside.removeAttribute('aria-busy');
  }

  #related(q, body) {
    this.#title.textContent = 'Related topics';
    return termsOf(body).map((term) =>
      chip(term, `Add ${term} to the search`, () => this.#onSearch(`${q} ${queryText(term)}`)),
    );
  }

  #trending(body) {
    const span = spanText(body.from, body.to);
    this.#title.textContent = span ? `Trending ${span}` : 'Trending';
    return termsOf(body).map((term) =>
      chip(term, `Search for ${term}`, () => this.#onSearch(queryText(term))),
    );
  }
}

function termsOf(body) {
  const list = Array.isArray(body?.terms) ? body.terms : [];
  return list
    .map((t) => (typeof t?.term === 'string' ? t.term.trim() : ''))
    .filter((term) => term !== '')
    .slice(0, TOPICS_SHOWN);
}

/** A term as the search box reads it: a phrase of several words in quotes. */
function queryText(term) {
  return /\s/.test(term) ? `"${term.replaceAll('"', '')}"` : term;
}

/** "24–30 June 2025" for the trending period, or '' when the service did not give its dates. */
function spanText(from, to) {
  const [start, end] = [from, to].map((d) => Date.parse(`${String(d).slice(0, 10)}T00:00:00Z`));
  return Number.isNaN(start) || Number.isNaN(end) || start > end
    ? ''
    : SPAN.formatRange(start, end);
}

function chip(term, label, onClick) {
  return h(
    'li',
    {},
    h(
      'button',
      { class: 'topic', type: 'button', 'aria-label': label, onclick: onClick },
      term,
    ),
  );
}
