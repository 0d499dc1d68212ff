import { findSections } from './api.js';
import { debounce, h } from './dom.js';
import { logFailure } from './messages.js';

/**
 * The section filter at archive scale: the largest sections of the results as a tree of
 * checkboxes (any number checked, OR), the first few shown and the rest behind "Show all", and a
 * box that finds any section of the archive by name through /api/facets/section. Sections are
 * shown by their display names (the service's labels); filters keep the values.
 */

/** Top-level sections listed before "Show all": few enough to keep the dates in view. */
const FIRST_SHOWN = 8;
const FIND_DELAY_MS = 200;
const COUNT = new Intl.NumberFormat('en');

// Sections whose subsections are shown, and whether all top-level sections are: kept across
// renders, as the reader left them.
const expanded = new Set();
let showAll = false;
// Display names by section path ("News > acq" -> "News › Acquisitions"), learned from answers.
const labels = new Map();

/** A section path under its display names, as far as answers have told them. */
export function sectionLabel(path) {
  return labels.get(path) ?? path.split(/\s*>\s*/).join(' › ');
}

/** Remembers the display names of `path`, given as a path of names (`News > Acquisitions`). */
export function learnLabel(path, labelPath) {
  if (typeof labelPath === 'string' && labelPath !== '') {
    labels.set(path, labelPath.split(/\s*>\s*/).join(' › '));
  }
}

/**
 * The section filter of the sidebar. `els` holds its elements: group, list (the tree), more (the
 * "Show all" button), find (the find box's block), findInput, matches and note. Each change of
 * the chosen sections goes to onChange({sections}).
 */
export class SectionFilter {
  #els;
  #onChange;
  #nodes = [];
  #state = null;
  #facetValues = null;
  #finding = null;

  constructor(els, onChange) {
    this.#els = els;
    this.#onChange = onChange;
    els.more.addEventListener('click', () => {
      showAll = !showAll;
      this.render(this.#nodes, this.#state, this.#facetValues);
    });
    const find = debounce(() => this.#find(), FIND_DELAY_MS);
    els.findInput.addEventListener('input', find);
    els.findInput.addEventListener('keydown', (event) => {
      // Enter in the box would submit nothing useful; the matches are already listed.
      if (event.key === 'Enter') event.preventDefault();
    });
  }

  /**
   * Draws the response's section tree for `state`. `facetValues` is how many values per level the
   * service lists (from /api/config), so that the page can say when the archive has more.
   */
  render(nodes, state, facetValues = null) {
    const els = this.#els;
    const roots = Array.isArray(nodes) ? nodes : [];
    this.#nodes = roots;
    this.#state = state;
    this.#facetValues = facetValues;
    els.group.hidden = roots.length === 0 && state.sections.length === 0;
    // A single top section says little on its own, so its subsections are shown at once.
    const isOnlyRoot = roots.length === 1;
    const items = roots.map((node, i) => {
      const item = sectionItem(node, '', '', state, (p, c) => this.#toggle(p, c), isOnlyRoot);
      const chosen = state.sections.some(
        (s) => s === node.value || s.startsWith(`${node.value} > `),
      );
      item.hidden = !showAll && i >= FIRST_SHOWN && !chosen;
      return item;
    });
    els.list.replaceChildren(...items);
    els.list.classList.toggle('is-all', showAll && roots.length > FIRST_SHOWN);
    els.more.hidden = roots.length <= FIRST_SHOWN;
    els.more.setAttribute('aria-expanded', String(showAll));
    els.more.textContent = showAll ? 'Show fewer sections' : `Show all ${roots.length} sections`;
    const cut = facetValues !== null && roots.length >= facetValues;
    els.note.hidden = !cut || !showAll;
    els.note.textContent = `The ${roots.length} largest are listed; find any other by its name.`;
    els.find.hidden = roots.length <= FIRST_SHOWN && !cut;
    if (els.findInput.value.trim() !== '') this.#find();
  }

  #toggle(path, checked) {
    const chosen = this.#state.sections;
    this.#onChange({ sections: checked ? [...chosen, path] : chosen.filter((s) => s !== path) });
  }

  async #find() {
    const els = this.#els;
    this.#finding?.abort();
    const typed = els.findInput.value.trim();
    if (typed === '') {
      els.matches.hidden = true;
      els.matches.replaceChildren();
      return;
    }
    const controller = new AbortController();
    this.#finding = controller;
    let found;
    try {
      found = await findSections(typed, this.#facetValues, controller.signal);
    } catch (error) {
      if (error.name === 'AbortError') return;
      logFailure('finding sections', error);
      found = null;
    }
    if (controller.signal.aborted) return;
    els.matches.hidden = false;
    if (found === null || found.length === 0) {
      const none =
        found === null
          ? 'Sections cannot be searched just now.'
          : `No section is called “${typed}”.`;
      els.matches.replaceChildren(h('li', { class: 'facet-none' }, none));
      return;
    }
    els.matches.replaceChildren(...found.map((match) => this.#match(match)));
  }

  /** A found section: its whole path, and its count over the whole archive, said as such. */
  #match(match) {
    learnLabel(match.value, match.label);
    return h(
      'li',
      {},
      h(
        'label',
        { class: 'facet-option' },
        h('input', {
          type: 'checkbox',
          'data-focus-key': `found:${match.value}`,
          checked: this.#state.sections.includes(match.value),
          onchange: (event) => this.#toggle(match.value, event.currentTarget.checked),
        }),
        h('span', { class: 'facet-label' }, sectionLabel(match.value)),
        count(match.count, ' in the archive'),
      ),
    );
  }
}

function sectionItem(node, parentPath, parentLabel, state, toggle, isOnlyRoot = false) {
  const path = parentPath ? `${parentPath} > ${node.value}` : node.value;
  const name = typeof node.label === 'string' && node.label !== '' ? node.label : node.value;
  const labelPath = parentLabel ? `${parentLabel} > ${name}` : name;
  learnLabel(path, labelPath);
  const children = Array.isArray(node.children) ? node.children : [];
  if (state.sections.some((s) => s.startsWith(`${path} > `)) || (!parentPath && isOnlyRoot)) {
    expanded.add(path);
  }
  const open = expanded.has(path);
  const childList = h(
    'ul',
    { class: 'facet-tree' },
    children.map((c) => sectionItem(c, path, labelPath, state, toggle)),
  );
  childList.hidden = !open;
  const expander =
    children.length > 0
      ? h('button', {
          class: 'facet-expand',
          type: 'button',
          'aria-expanded': String(open),
          'aria-label': `Subsections of ${name}`,
          'data-focus-key': `expand:${path}`,
          onclick: (event) => {
            const nowOpen = childList.hidden;
            childList.hidden = !nowOpen;
            event.currentTarget.setAttribute('aria-expanded', String(nowOpen));
            if (nowOpen) expanded.add(path);
            else expanded.delete(path);
          },
        })
      : h('span', { class: 'facet-expand-spacer', 'aria-hidden': 'true' });
  const checkbox = h('input', {
    type: 'checkbox',
    'data-focus-key': `section:${path}`,
    checked: state.sections.includes(path),
    onchange: (event) => toggle(path, event.currentTarget.checked),
  });
  return h(
    'li',
    {},
    h(
      'div',
      { class: 'facet-row' },
      expander,
      h(
        'label',
        { class: 'facet-option', title: name === node.value ? null : node.value },
        checkbox,
        h('span', { class: 'facet-label' }, name),
        count(node.count),
      ),
    ),
    childList,
  );
}

/** An article count as a pill, read out with its unit. */
export function count(n, where = '') {
  const value = Number(n) || 0;
  return h(
    'span',
    { class: 'count' },
    COUNT.format(value),
    h('span', { class: 'visually-hidden' }, `${value === 1 ? ' article' : ' articles'}${where}`),
  );
}
