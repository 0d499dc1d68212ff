import { h } from './dom.js';
import { urlFor } from './state.js';

/** Page numbers shown on each side of the current page. */
const WINDOW = 2;

/**
 * Numbered page links: Previous, the first page, a window around the current one, the last page,
 * Next. Each is a real link to that page's address, so it can be opened in a new tab too. Pages
 * have the size the service answered with; they go as deep as `maxDepth` (the service's max_depth
 * from /api/config, null when unknown) lets page numbers reach, and "Load more", which pages by
 * cursor, goes on from there.
 */
export function renderPager(nav, response, state, maxDepth = null) {
  const total = Number(response.total) || 0;
  const size = Number(response.size) || 1;
  const reachable = maxDepth ? Math.floor(maxDepth / size) : Infinity;
  const last = Math.min(Math.ceil(total / size), reachable);
  nav.hidden = last <= 1;
  if (last <= 1) {
    nav.replaceChildren();
    return;
  }
  const current = Math.min(state.page, last);
  const items = [pageLink(state, current - 1, 'Previous', current <= 1, 'pager-step')];
  for (const page of pageNumbers(current, last)) {
    items.push(
      page === null
        ? h('li', { class: 'pager-gap', 'aria-hidden': 'true' }, '…')
        : pageLink(state, page, String(page), false, 'pager-number', page === current),
    );
  }
  items.push(pageLink(state, current + 1, 'Next', current >= last, 'pager-step'));
  nav.replaceChildren(h('ul', {}, items));
}

/** 1, a window around the current page, and the last page, with null where numbers are skipped. */
function pageNumbers(current, last) {
  const pages = [];
  for (let page = 1; page <= last; page++) {
    if (page === 1 || page === last || Math.abs(page - current) <= WINDOW) {
      pages.push(page);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  return pages;
}

function pageLink(state, page, label, disabled, kind, isCurrent = false) {
  if (disabled) {
    return h('li', {}, h('span', { class: `${kind} is-disabled`, 'aria-disabled': 'true' }, label));
  }
  return h(
    'li',
    {},
    h(
      'a',
      {
        class: kind,
        href: urlFor({ ...state, page }),
        'aria-current': isCurrent ? 'page' : null,
        'aria-label': kind === 'pager-number' ? `Page ${page}` : null,
      },
      label,
    ),
  );
}
