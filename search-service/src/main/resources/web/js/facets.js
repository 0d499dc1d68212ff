import { lastDay, periodName } from './dates.js';
import { dateText, h } from './dom.js';
import { count, sectionLabel } from './sections.js';

/**
 * The date and language filters of the sidebar and the active-filter chips (the section filter is
 * sections.js). Each control reports a change of the search state through onChange({sections} |
 * {languages} | {from, to}); the page then searches and renders again. Controls carry data-focus-key so that
 * focus can follow a control across re-renders.
 */

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

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

/**
 * Years as toggle buttons; and, once the dates lie within one year, that year's months, so that
 * a long archive's hundreds of months never push the date range out of view.
 */
export function renderPeriods(years, months, group, facets, state, onChange) {
  const yearValues = Array.isArray(facets.year) ? facets.year : [];
  const undated = Number(facets.undated) || 0;
  group.hidden = yearValues.length === 0 && undated === 0;
  years.replaceChildren(
    ...yearValues.map((y) =>
      periodButton(String(y.value), y.count, yearRange(y.value), state, onChange),
    ),
    ...(undated > 0 ? [undatedButton(undated, state, onChange)] : []),
  );
  const fromYear = state.from.slice(0, 4);
  const year = fromYear && fromYear === state.to.slice(0, 4) ? fromYear : '';
  const monthValues = (Array.isArray(facets.month) ? facets.month : [])
    .map((m) => ({ ...m, range: monthRange(m.value, state) }))
    .filter((m) => m.range && year && m.range.from.startsWith(`${year}-`))
    .map((m) => ({ ...m, range: { ...m.range, label: m.range.label.replace(` ${year}`, '') } }));
  months.hidden = monthValues.length === 0;
  months.replaceChildren(
    ...monthValues.map((m) => periodButton(m.range.label, m.count, m.range, state, onChange)),
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

/** The articles without a date, as one more value after the years (undated=only). */
function undatedButton(n, state, onChange) {
  const pressed = state.undated === 'only';
  return h(
    'li',
    {},
    h(
      'button',
      {
        class: 'facet-button facet-undated',
        type: 'button',
        'aria-pressed': String(pressed),
        'data-focus-key': 'period:undated',
        onclick: () => onChange(pressed ? { undated: '' } : { undated: 'only', from: '', to: '' }),
      },
      h('span', { class: 'facet-label' }, 'Undated'),
      count(n),
    ),
  );
}

function yearRange(year) {
  return /^\d{4}$/.test(String(year)) ? { from: `${year}-01-01`, to: `${year}-12-31` } : null;
}

/**
 * The dates of a month facet value: "2021-03", or a month number within the year the date filter
 * already spans; null for anything else.
 */
function monthRange(value, state) {
  const text = String(value);
  const full = /^(\d{4})-(\d{1,2})$/.exec(text);
  const filteredYear =
    state.from.slice(0, 4) === state.to.slice(0, 4) ? state.from.slice(0, 4) : '';
  const year = full ? Number(full[1]) : /^\d{1,2}$/.test(text) ? Number(filteredYear) : 0;
  const month = full ? Number(full[2]) : Number(text);
  if (!year || !(month >= 1 && month <= 12)) {
    return null;
  }
  const mm = String(month).padStart(2, '0');
  const name = MONTH.format(new Date(Date.UTC(year, month - 1, 1)));
  return {
    from: `${year}-${mm}-01`,
    to: `${year}-${mm}-${lastDay(year, month)}`,
    label: full ? `${name} ${year}` : name,
  };
}

/** The name of each language code the last answer counted, for the chips. */
const languageNames = new Map();

/**
 * The languages of the matches as toggle buttons named in their own language ("Español"), as the
 * server labels them; several may be chosen, and a match may be in any of them. Hidden when the
 * archive knows no language.
 */
export function renderLanguages(list, group, facets, state, onChange) {
  const values = (Array.isArray(facets.language) ? facets.language : []).filter((l) =>
    /^[a-z]{2}$/.test(String(l.value)),
  );
  values.forEach((l) => languageNames.set(l.value, String(l.label ?? l.value)));
  group.hidden = values.length === 0 && state.languages.length === 0;
  list.replaceChildren(
    ...values.map((l) => {
      const pressed = state.languages.includes(l.value);
      const languages = pressed
        ? state.languages.filter((c) => c !== l.value)
        : [...state.languages, l.value];
      return h(
        'li',
        {},
        h(
          'button',
          {
            class: 'facet-button',
            type: 'button',
            lang: l.value,
            'aria-pressed': String(pressed),
            'data-focus-key': `language:${l.value}`,
            onclick: () => onChange({ languages }),
          },
          h('span', { class: 'facet-label' }, languageNames.get(l.value)),
          count(l.count),
        ),
      );
    }),
  );
}

/** Removable chips for the active filters; hidden when there are none. */
export function renderChips(container, list, state, onChange) {
  const chips = state.sections.map((section) =>
    chip(sectionLabel(section), `section ${sectionLabel(section)}`, `section:${section}`, () =>
      onChange({ sections: state.sections.filter((s) => s !== section) }),
    ),
  );
  state.languages.forEach((code) => {
    const name = languageNames.get(code) ?? code;
    chips.push(
      chip(name, `language ${name}`, `language:${code}`, () =>
        onChange({ languages: state.languages.filter((c) => c !== code) }),
      ),
    );
  });
  // A whole year, month or day is one chip, named as such; any other range is its two ends.
  const period = periodName(state.from, state.to);
  if (period) {
    chips.push(chip(period, period, 'dates', () => onChange({ from: '', to: '' })));
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
  if (state.undated === 'only') {
    chips.push(chip('Undated', 'undated articles', 'undated', () => onChange({ undated: '' })));
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
