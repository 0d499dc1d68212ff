/**
 * On narrow screens the filters are a panel over the results rather than a block above them: the
 * Filters button opens it, and its × button, Escape, or "Show N results" close it. Filters apply
 * as they are chosen, so the count on that last button is always that of the filters in view. On
 * wide screens the same element is the sidebar, and none of this shows.
 */
export function wireFiltersPanel({ layout, panel, toggle, title, close, done }) {
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    layout.classList.toggle('filters-open', open);
    // The results behind the panel stay where they are instead of scrolling under it.
    document.body.classList.toggle('has-panel', open);
    // Open, it is a dialog over the page; closed, or on a wide screen, the sidebar it always is.
    if (open) {
      panel.setAttribute('role', 'dialog');
      panel.setAttribute('aria-modal', 'true');
    } else {
      panel.removeAttribute('role');
      panel.removeAttribute('aria-modal');
    }
    if (open) {
      title.focus({ preventScroll: true });
    } else if (panel.contains(document.activeElement)) {
      toggle.focus({ preventScroll: true });
    }
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  close.addEventListener('click', () => setOpen(false));
  done.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && layout.classList.contains('filters-open')) setOpen(false);
  });
}
