import { dateElement, fill, h, highlighted } from './dom.js';
import { articleUrl, changed, hasFilters, urlFor } from './state.js';

const COUNT = new Intl.NumberFormat('en');

/** The line above the results: how many matched and how long it took, announced on change. */
export function renderSummary(element, response, state) {
  const total = Number(response.total) || 0;
  const what = `${COUNT.format(total)} ${total === 1 ? 'article' : 'articles'}`;
  const parts = state.q.trim() ? [`${what} for `, quoted(state.q)] : [what];
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
 * One hit as a list item: section breadcrumb, highlighted title linking to the article, date and
 * snippet.
 */
export function hitItem(hit, state) {
  const title = hit.title || 'Untitled article';
  const fragments = Array.isArray(hit.highlights?.body) ? hit.highlights.body : [];
  const date = dateElement(hit.date);
  return h(
    'li',
    { class: 'hit' },
    h(
      'article',
      {},
      hit.section ? breadcrumb(hit.section, state) : null,
      h(
        'h2',
        { class: 'hit-title' },
        h('a', { href: articleUrl(hit.id) }, highlighted(hit.highlights?.title, title)),
      ),
      date ? h('p', { class: 'hit-date' }, date) : null,
      fragments.length > 0 ? snippet(fragments) : null,
    ),
  );
}

/**
 * The section path ("News > Japan") as links, each narrowing the current search to that section.
 * A paragraph rather than a nav landmark: a page of hits would otherwise list ten landmarks.
 */
export function breadcrumb(section, state) {
  const parts = section
    .split('>')
    .map((part) => part.trim())
    .filter(Boolean);
  const nodes = [];
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(h('span', { class: 'crumb-separator', 'aria-hidden': 'true' }, ' › '));
    const path = parts.slice(0, i + 1).join(' > ');
    nodes.push(h('a', { href: urlFor(changed(state, { sections: [path] })) }, part));
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

/** "Did you mean …?" with a button that runs the corrected query; hidden when there is none. */
export function renderDidYouMean(element, suggestion, onPick) {
  const show = typeof suggestion === 'string' && suggestion.trim() !== '';
  element.hidden = !show;
  element.replaceChildren();
  if (show) {
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

/** The error state, with the server's message or the network failure. */
export function renderError(element, error) {
  element.className = 'message message-error';
  element.setAttribute('role', 'alert');
  element.hidden = false;
  element.replaceChildren(
    h('p', { class: 'message-title' }, 'The search could not be run.'),
    h('p', { class: 'error-text' }, error.message || 'Something went wrong.'),
  );
}

/** Hides the empty and error states. */
export function clearMessage(element) {
  element.hidden = true;
  element.removeAttribute('role');
  element.replaceChildren();
}
