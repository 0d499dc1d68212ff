import { article, config, related } from './api.js';
import { dateElement, fill, h } from './dom.js';
import { readerMessage } from './messages.js';
import { breadcrumb } from './results.js';
import { articleUrl, emptySearch } from './state.js';

/**
 * Renders the article view for an id: title, section, date, summary, the full text as paragraphs,
 * and related stories when the service can list them. Resolves to the article's title for the
 * document title, or null when the article could not be shown. Rejects only with AbortError.
 */
export async function renderArticle(container, id, signal) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(backLink(), h('p', { class: 'loading' }, 'Loading the article…'));
  // Started together: the related stories need not wait for the article. As many are listed as
  // the service's related_count, which it also applies when /api/config could not say.
  const relatedHits = config()
    .then((settings) => related(id, signal, settings?.related_count))
    .then(
      (body) => (Array.isArray(body.hits) ? body.hits : []),
      () => [],
    );
  let stored;
  try {
    stored = await article(id, signal);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    container.replaceChildren(backLink(), failure(error));
    container.removeAttribute('aria-busy');
    return null;
  }
  const title = stored.title || 'Untitled article';
  const relatedBlock = h('section', { class: 'related', 'aria-labelledby': 'related-title' });
  relatedBlock.hidden = true;
  fill(container, backLink(), header(stored, title), body(stored), source(stored), relatedBlock);
  container.removeAttribute('aria-busy');
  fillRelated(
    relatedBlock,
    (await relatedHits).filter((hit) => hit?.id && hit.id !== id),
  );
  return title;
}

/** The way back to the results; app.js points it at the search the reader came from. */
function backLink() {
  return h(
    'a',
    { class: 'back-link', href: '/', 'data-back': '' },
    h('span', { 'aria-hidden': 'true' }, '← '),
    'Back to results',
  );
}

function header(stored, title) {
  const date = dateElement(stored.date);
  const meta = [date, stored.author ? `By ${stored.author}` : null, stored.source].filter(Boolean);
  return h(
    'header',
    { class: 'article-header' },
    stored.section ? breadcrumb(stored.section, emptySearch(), stored.section_label) : null,
    h('h1', { class: 'article-title', tabindex: '-1' }, title),
    meta.length > 0 ? h('p', { class: 'article-meta' }, separated(meta)) : null,
    stored.summary ? h('p', { class: 'lede' }, stored.summary) : null,
  );
}

function separated(items) {
  return items.flatMap((item, i) =>
    i === 0 ? [item] : [h('span', { 'aria-hidden': 'true' }, ' · '), item],
  );
}

/**
 * The full text: paragraphs are separated by blank lines, and each is added as text. The server
 * cuts a very long body and says so; the page says so too, rather than end mid-sentence unexplained.
 */
function body(stored) {
  const paragraphs = String(stored.body ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return h(
    'div',
    { class: 'article-body' },
    paragraphs.map((p) => h('p', {}, p)),
    stored.body_truncated
      ? h(
          'p',
          { class: 'article-cut' },
          'The text is cut here: the article is longer than this page shows.',
        )
      : null,
  );
}

/** A link to where the article was published; only web addresses, never javascript: or data:. */
function source(stored) {
  let url;
  try {
    url = new URL(stored.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return null;
  }
  return h(
    'p',
    { class: 'source-link' },
    h(
      'a',
      { href: url.href, rel: 'noopener noreferrer external' },
      `Read the original at ${url.hostname}`,
    ),
  );
}

function fillRelated(block, hits) {
  if (hits.length === 0) {
    return;
  }
  block.replaceChildren(
    h('h2', { id: 'related-title' }, 'Related stories'),
    h(
      'ul',
      { class: 'related-list' },
      hits.map((hit) => {
        const date = dateElement(hit.date);
        return h(
          'li',
          {},
          h('a', { href: articleUrl(hit.id) }, hit.title || 'Untitled article'),
          hit.section || date
            ? h(
                'p',
                { class: 'related-meta' },
                separated([labelled(hit), date].filter(Boolean)),
              )
            : null,
        );
      }),
    ),
  );
  block.hidden = false;
}

/** A hit's section under its display names ("News › Acquisitions"), or null. */
function labelled(hit) {
  const path = hit.section_label || hit.section;
  return path ? path.split(/\s*>\s*/).join(' › ') : null;
}

function failure(error) {
  const missing = error.status === 404;
  return h(
    'div',
    { class: 'message message-error', role: 'alert' },
    h(
      'p',
      { class: 'message-title' },
      missing ? 'This article is not in the archive.' : 'The article could not be loaded.',
    ),
    h(
      'p',
      { class: 'error-text' },
      missing ? 'The link may be mistyped, or the article was removed.' : readerMessage(error),
    ),
  );
}
