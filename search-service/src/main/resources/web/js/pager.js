import { h } from './dom.js';
import { urlFor } from './state.js';

/** Page numbers shown on each side of the current page. */
const WINDOW = 2;
const COUNT = new Intl.NumberFormat('en');

/**
 * The one way through the results: numbered pages, each a real link to its address, so that Back
 * and Forward, a reload, a new tab and a shared link all land on the same page. On wide screens:
 * Previous, the first page, a window around the current one, the last page, Next; on narrow ones
 * Previous, "Page 3 of 234" and Next, on one line. The service answers page numbers only down to
 * its max_depth (from /api/config; null when unknown): no page beyond it is linked, nor offered as
 * "the last page" (it is not), and a note says that the results go on and how to reach them.
 */
export function renderPager(nav, note, response, state, maxDepth = null) {
  const total = Number(response.total) || 0;
  const size = Number(response.size) || 1;
  const pages = Math.ceil(total / size);
  const reachable = maxDepth ? Math.max(1, Math.floor(maxDepth / size)) : Infinity;
  const last = Math.min(pages, reachable);
  nav.hidden = last <= 1;
  const beyond = pages > reachable && state.page <= last;
  note.hidden = !beyond;
  note.textContent = beyond
    ? `Only the first ${COUNT.format(last * size)} of the ${COUNT.format(total)} results can be ` +
      'paged through. To reach the others, narrow the search with a section or dates, or change ' +
      'the order.'
    : '';
  if (last <= 1) {
    nav.replaceChildren();
    return;
  }
  const current = Math.min(state.page, last);
  const items = [pageLink(state, current - 1, 'Previous', current <= 1, 'pager-step pager-prev')];
  for (const page of pageNumbers(current, last, pages > last)) {
    items.push(
      page === null
        ? h('li', { class: 'pager-gap', 'aria-hidden': 'true' }, '…')
        : pageLink(state, page, COUNT.format(page), false, 'pager-number', page === current),
    );
  }
  items.push(
    h(
      'li',
      { class: 'pager-status', 'aria-hidden': 'true' },
      `Page ${COUNT.format(current)} of ${COUNT.format(pages)}`,
    ),
  );
  items.push(pageLink(state, current + 1, 'Next', current >= last, 'pager-step pager-next'));
  nav.replaceChildren(h('ul', {}, items));
}

/**
 * 1, a window around the current page, and the last page, with null where numbers are skipped; when
 * the results go on beyond the pages that can be reached (`cut`), the last reachable page is no
 * last page, so it is shown only within the window, and a gap ends the list.
 */
function pageNumbers(current, last, cut) {
  const pages = [];
  for (let page = 1; page <= last; page++) {
    if (page === 1 || (page === last && !cut) || Math.abs(page - current) <= WINDOW) {
      pages.push(page);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  if (cut && pages[pages.length - 1] !== null) pages.push(null);
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
        rel: kind.includes('pager-prev') ? 'prev' : kind.includes('pager-next') ? 'next' : null,
        'aria-current': isCurrent ? 'page' : null,
        'aria-label': kind === 'pager-number' ? `Page ${page}` : null,
      },
      label,
    ),
  );
}
