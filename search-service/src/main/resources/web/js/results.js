import { dateElement, fill, h, highlighted } from './dom.js';
import { readerMessage } from './messages.js';
import { learnLabel } from './sections.js';
import { articleUrl, changed, hasFilters, urlFor } from './state.js';

const COUNT = new Intl.NumberFormat('en');

/**
 * The line above the results, announced on change: which of how many matches this page shows
 * ("Showing 11–20 of 4,517 articles for “harbour”"), or only how many when one page holds all.
 */
export function renderSummary(element, response, state) {
  const total = Number(response.total) || 0;
  const shown = Array.isArray(response.hits) ? response.hits.length : 0;
  const size = Number(response.size) || shown;
  const first = (Math.max(1, Number(response.page) || 1) - 1) * size + 1;
  const counted = `${response.total_exact === false ? 'at least ' : ''}${COUNT.format(total)}`;
  const what = `${counted} ${total === 1 ? 'article' : 'articles'}`;
  const range =
    shown > 0 && (first > 1 || shown < total)
      ? `Showing ${COUNT.format(first)}–${COUNT.format(first + shown - 1)} of ${what}`
      : what;
  const parts = state.q.trim() ? [`${range} for `, quoted(state.q)] : [range];
  element.replaceChildren(...parts, h('span', { class: 'took' }, ` · ${response.took_ms} ms`));
  const feed = feedUrl(state);
  document.getElementById('feed')?.setAttribute('href', feed);
  document.getElementById('feed-link')?.setAttribute('href', feed);
}

/** The Atom feed of the search of `state`, newest first: its words and filters, not its page. */
export function feedUrl(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  state.sections.forEach((section) => params.append('section', section));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const query = params.toString();
  return query ? `/api/search.atom?${query}` : '/api/search.atom';
}

/** The query in curly quotes that, unlike a q element's, are part of the text. */
function quoted(q) {
  return h('span', { class: 'query' }, `“${q.trim()}”`);
}

/**
 * One hit as a list item: section breadcrumb, highlighted title linking to the article, snippet,
 * and beside them the date and, for a story collapsed from several copies, "+3 similar", which
 * lists the copies.
 */
export function hitItem(hit, state) {
  const title = hit.title || 'Untitled article';
  const fragments = Array.isArray(hit.highlights?.body) ? hit.highlights.body : [];
  const date = dateElement(hit.date);
  const copies = copiesOf(hit);
  return h(
    'li',
    { class: 'hit' },
    h(
      'article',
      {},
      hit.section ? breadcrumb(hit.section, state, hit.section_label) : null,
      h(
        'h2',
        { class: 'hit-title' },
        h('a', { href: articleUrl(hit.id) }, highlighted(hit.highlights?.title, title)),
      ),
      date || copies
        ? h(
            'div',
            { class: 'hit-aside' },
            date ? h('p', { class: 'hit-date' }, date) : null,
            copies?.toggle,
          )
        : null,
      fragments.length > 0 ? snippet(fragments) : null,
      copies?.list,
    ),
  );
}

/**
 * The toggle and the list of the copies collapsed into a hit, or null for a hit without copies.
 * The service lists the first few copies; the rest are counted in a last line.
 */
function copiesOf(hit) {
  const duplicates = Number(hit.duplicates) || 0;
  if (duplicates <= 0) return null;
  const listed = Array.isArray(hit.copies) ? hit.copies.filter((c) => c?.id) : [];
  const items = listed.map((copy) =>
    h(
      'li',
      {},
      h('a', { href: articleUrl(copy.id) }, copy.title || 'Untitled article'),
      copyMeta(copy),
    ),
  );
  if (duplicates > listed.length) {
    const more = duplicates - listed.length;
    items.push(h('li', { class: 'copies-more' }, `and ${COUNT.format(more)} more`));
  }
  const list = h(
    'ul',
    { class: 'copies-list', 'aria-label': `Copies of “${hit.title || 'this story'}”` },
    items,
  );
  list.hidden = true;
  const toggle = h(
    'button',
    {
      class: 'copies-toggle',
      type: 'button',
      'aria-expanded': 'false',
      'aria-label': `${duplicates} similar ${duplicates === 1 ? 'copy' : 'copies'} of this story`,
      onclick: (event) => {
        const open = list.hidden;
        list.hidden = !open;
        event.currentTarget.setAttribute('aria-expanded', String(open));
      },
    },
    `+${COUNT.format(duplicates)} similar`,
  );
  return { toggle, list };
}

function copyMeta(copy) {
  const section = copy.section
    ? (copy.section_label || copy.section).split(/\s*>\s*/).join(' › ')
    : null;
  const parts = [copy.source, section, dateElement(copy.date)]
    .filter(Boolean)
    .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));
  return parts.length > 0 ? h('span', { class: 'copy-meta' }, ' — ', parts) : null;
}

/**
 * The section path ("News > Japan") as links, each narrowing the current search to that section,
 * each level under its display name when `labelPath` ("News > Acquisitions") gives one. A
 * paragraph rather than a nav landmark: a page of hits would otherwise list ten landmarks.
 */
export function breadcrumb(section, state, labelPath = null) {
  const split = (text) =>
    String(text)
      .split('>')
      .map((part) => part.trim())
      .filter(Boolean);
  const parts = split(section);
  const names = labelPath ? split(labelPath) : [];
  const nodes = [];
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(h('span', { class: 'crumb-separator', 'aria-hidden': 'true' }, ' › '));
    const path = parts.slice(0, i + 1).join(' > ');
    const name = names.length === parts.length ? names[i] : part;
    learnLabel(path, names.length === parts.length ? names.slice(0, i + 1).join(' > ') : null);
    nodes.push(h('a', { href: urlFor(changed(state, { sections: [path] })) }, name));
  });
  return h('p', { class: 'crumbs' }, nodes);
}

function snippet(fragments) {
  const nodes = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) nodes.push(h('span', { class: 'gap', 'aria-hidden': 'true' }, ' … '));
    // A fragment that fails the check is shown as the characters it holds, never parsed.
    nodes.push(highlighted(fragment, String(fragment ?? '')));
  });
  return h('p', { class: 'snippet' }, nodes);
}

/**
 * Says when the results are not all articles with every word: none had them all (and which words
 * were left out), or too few did, so articles with most of them are shown too.
 */
export function renderRelaxed(element, response) {
  const dropped = Array.isArray(response?.dropped_words) ? response.dropped_words : [];
  element.hidden = response?.relaxed !== true;
  element.textContent = element.hidden
    ? ''
    : dropped.length > 0
      ? `No article has all of these words; showing articles with most of them. Missing: ${dropped.join(', ')}`
      : 'Few articles have all of these words; showing articles with most of them too.';
}

/**
 * What the spelling step did: "Showing results for interest rates · Search instead for intrest
 * rates" when the hits are those of the corrected query (the link searches as typed, with
 * spell=exact), or "Did you mean interest rates?" when a better spelling was only offered.
 */
export function renderSpelling(element, response, state, onPick) {
  const corrected = nonBlank(response?.corrected_query);
  const suggestion = nonBlank(response?.suggestion);
  element.replaceChildren();
  element.hidden = !corrected && !suggestion;
  if (corrected) {
    const original = nonBlank(response.original_query) ?? state.q;
    element.append(
      'Showing results for ',
      h('strong', { class: 'corrected-query' }, corrected),
      ' · Search instead for ',
      h(
        'a',
        { class: 'original-query', href: urlFor({ ...state, q: original, page: 1, spell: 'exact' }) },
        original,
      ),
    );
  } else if (suggestion) {
    element.append(
      'Did you mean ',
      h(
        'button',
        { class: 'link-button', type: 'button', onclick: () => onPick(suggestion) },
        suggestion,
      ),
      '?',
    );
  }
}

function nonBlank(text) {
  return typeof text === 'string' && text.trim() !== '' ? text : null;
}

/**
 * The empty state: what found nothing, and what to try instead; or, for a page past the last one
 * (an old link), a way back to the first page.
 */
export function renderEmpty(element, response, state, onClearFilters) {
  element.className = 'message message-empty';
  element.removeAttribute('role');
  element.hidden = false;
  if (Number(response.total) > 0) {
    element.replaceChildren(
      h('p', { class: 'message-title' }, `There is no page ${state.page} of these results.`),
      h('p', {}, h('a', { href: urlFor({ ...state, page: 1 }) }, 'Go to the first page')),
    );
    return;
  }
  const heading = state.q.trim()
    ? ['No articles match ', quoted(state.q), hasFilters(state) ? ' with these filters.' : '.']
    : ['No articles match these filters.'];
  fill(
    element,
    h('p', { class: 'message-title' }, heading),
    h('p', {}, 'Check the spelling, try fewer or more general words, or remove a filter.'),
    hasFilters(state)
      ? h(
          'button',
          { class: 'button', type: 'button', onclick: onClearFilters },
          'Remove all filters',
        )
      : null,
  );
}

/** The error state: what failed, in the reader's words, and a way on when there is one. */
export function renderError(element, error, state) {
  element.className = 'message message-error';
  element.setAttribute('role', 'alert');
  element.hidden = false;
  const deep = error.code === 'too_deep' || error.code === 'invalid_page';
  fill(
    element,
    h('p', { class: 'message-title' }, 'The search could not be run.'),
    h('p', { class: 'error-text' }, readerMessage(error)),
    deep || error.code === 'invalid_cursor'
      ? h('p', {}, h('a', { href: urlFor({ ...state, page: 1 }) }, 'Go to the first page'))
      : null,
  );
}

/** Hides the empty and error states. */
export function clearMessage(element) {
  element.hidden = true;
  element.removeAttribute('role');
  element.replaceChildren();
}
