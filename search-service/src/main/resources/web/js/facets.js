import { dateText, h } from './dom.js';

/**
 * The filter sidebar and the active-filter chips. Each control reports a change of the search
 * state through onChange({sections} | {from, to}); the page then searches and renders again.
 * Controls carry data-focus-key so that focus can follow a control across re-renders.
 */

const COUNT = new Intl.NumberFormat('en');

// Sections whose subsections are shown; kept across renders, as the reader left them.
const expanded = new Set();

/** The section tree with counts: a checkbox per section, any number checked (OR). */
export function renderSections(list, group, nodes, state, onChange) {
  const roots = Array.isArray(nodes) ? nodes : [];
  group.hidden = roots.length === 0;
  const toggle = (path, checked) =>
    onChange({
      sections: checked ? [...state.sections, path] : state.sections.filter((s) => s !== path),
    });
  // A single top section says little on its own, so its subsections are shown at once.
  const isOnlyRoot = roots.length === 1;
  list.replaceChildren(...roots.map((node) => sectionItem(node, '', state, toggle, isOnlyRoot)));
}

function sectionItem(node, parentPath, state, toggle, isOnlyRoot = false) {
  const path = parentPath ? `${parentPath} > ${node.value}` : node.value;
  const children = Array.isArray(node.children) ? node.children : [];
  if (state.sections.some((s) => s.startsWith(`${path} > `)) || (!parentPath && isOnlyRoot)) {
    expanded.add(path);
  }
  const open = expanded.has(path);
  const childList = h(
    'ul',
    { class: 'facet-tree' },
    children.map((c) => sectionItem(c, path, state, toggle)),
  );
  childList.hidden = !open;
  const expander =
    children.length > 0
      ? h('button', {
          class: 'facet-expand',
          type: 'button',
          'aria-expanded': String(open),
          'aria-label': `Subsections of ${node.value}`,
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
        { class: 'facet-option' },
        checkbox,
        h('span', { class: 'facet-label' }, node.value),
        count(node.count),
      ),
    ),
    childList,
  );
}

function count(n) {
  const value = Number(n) || 0;
  return h(
    'span',
    { class: 'count' },
    COUNT.format(value),
    h('span', { class: 'visually-hidden' }, value === 1 ? ' article' : ' articles'),
  );
}

/**
 * The recent periods that hold articles, as toggle buttons that set the start of the date range;
 * hidden when none does, as in an archive of old stories. The server defines the periods (day,
 * week, month, year): each is shown as "Past " and its name, so the page keeps no list of them.
 */
export function renderRecent(list, facets, state, onChange) {
  const periods = (Array.isArray(facets.recent) ? facets.recent : []).filter(
    (p) =>
      p.count > 0 &&
      /^[a-z]+$/.test(String(p.value)) &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(p.from)),
  );
  list.hidden = periods.length === 0;
  list.replaceChildren(
    ...periods.map((p) =>
      periodButton(`Past ${p.value}`, p.count, { from: p.from, to: '' }, state, onChange),
    ),
  );
}

/** Years as toggle buttons; the timeline above the results shows the months and days. */
export function renderPeriods(years, group, facets, state, onChange) {
  const yearValues = Array.isArray(facets.year) ? facets.year : [];
  group.hidden = yearValues.length === 0;
  years.replaceChildren(
    ...yearValues.map((y) =>
      periodButton(String(y.value), y.count, yearRange(y.value), state, onChange),
    ),
  );
}

function periodButton(label, n, range, state, onChange) {
  const pressed = state.from === range.from && state.to === range.to;
  return h(
    'li',
    {},
    h(
      'button',
      {
        class: 'facet-button',
        type: 'button',
        'aria-pressed': String(pressed),
        'data-focus-key': `period:${range.from}`,
        onclick: () =>
          onChange(pressed ? { from: '', to: '' } : { from: range.from, to: range.to }),
      },
      h('span', { class: 'facet-label' }, label),
      count(n),
    ),
  );
}

function yearRange(year) {
  return /^\d{4}$/.test(String(year)) ? { from: `${year}-01-01`, to: `${year}-12-31` } : null;
}

/** Removable chips for the active filters; hidden when there are none. */
export function renderChips(container, list, state, onChange) {
  const chips = state.sections.map((section) =>
    chip(section.split(/\s*>\s*/).join(' › '), `section ${section}`, `section:${section}`, () =>
      onChange({ sections: state.sections.filter((s) => s !== section) }),
    ),
  );
  const year = state.from.slice(0, 4);
  if (state.from && state.to && state.from === `${year}-01-01` && state.to === `${year}-12-31`) {
    chips.push(chip(year, `year ${year}`, 'dates', () => onChange({ from: '', to: '' })));
  } else {
    if (state.from)
      chips.push(
        chip(`From ${dateText(state.from)}`, `from ${state.from}`, 'from', () =>
          onChange({ from: '' }),
        ),
      );
    if (state.to)
      chips.push(
        chip(`To ${dateText(state.to)}`, `to ${state.to}`, 'to', () => onChange({ to: '' })),
      );
  }
  container.hidden = chips.length === 0;
  list.replaceChildren(...chips);
}

function chip(label, spoken, key, remove) {
  return h(
    'li',
    { class: 'chip' },
    h('span', { class: 'chip-label' }, label),
    h(
      'button',
      {
        class: 'chip-remove',
        type: 'button',
        'aria-label': `Remove filter: ${spoken}`,
        'data-focus-key': `chip:${key}`,
        onclick: remove,
      },
      h('span', { 'aria-hidden': 'true' }, '×'),
    ),
  );
}
