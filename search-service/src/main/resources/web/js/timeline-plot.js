import { h } from './dom.js';
import { countText, rangeText, shareText } from './timeline-periods.js';

/**
 * The timeline's drawing: the SVG of the bars with both axes, the table of the same figures for
 * screen readers, and the tip that names the bars under the pointer or the focus. No state and no
 * events; timeline.js owns those.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The plot's height and the room kept around it for the axes, in CSS pixels. */
const HEIGHT = 168;
const MARGIN = { top: 10, right: 14, bottom: 26, left: 52 };
/** The least room a date label on the x axis gets. */
const LABEL_WIDTH = 84;
/** The widest a bar gets, so that a few buckets do not become blocks. */
const MAX_BAR_WIDTH = 40;
/** Between the tip and the bars it names. */
const TIP_GAP = 6;

const COMPACT = new Intl.NumberFormat('en', { notation: 'compact' });

/**
 * Draws the bars of `periods` (buckets of `interval`) into `svg`, `width` pixels wide, measuring
 * `count` or `share`. Each bucket is a `g.timeline-bucket` with data-index: a full-height target
 * and the visible bar, for the caller to label and make focusable. The axes are hidden from
 * assistive technology, since the bars' labels and the table say the same. Returns the geometry
 * that maps a pointer's x back to a bucket.
 */
export function drawPlot(svg, periods, interval, measure, width) {
  const value = (p) => (measure === 'share' ? p.share : p.count);
  const ticks = niceTicks(Math.max(...periods.map(value), 0), measure === 'share');
  const top = ticks[ticks.length - 1] || 1;
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / periods.length;
  const gap = step >= 4 ? Math.min(step * 0.2, 6) : 0;
  const barWidth = Math.min(Math.max(1, step - gap), MAX_BAR_WIDTH);
  const y = (v) => MARGIN.top + plotHeight - (v / top) * plotHeight;
  const format = measure === 'share' ? shareText : (v) => COMPACT.format(v);

  const grid = el('g', { class: 'timeline-grid', 'aria-hidden': 'true' });
  for (const tick of ticks) {
    grid.append(
      el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(tick), y2: y(tick) }),
      el(
        'text',
        { x: MARGIN.left - 8, y: y(tick), dy: '0.32em', 'text-anchor': 'end' },
        format(tick),
      ),
    );
  }
  const bars = el('g', { class: 'timeline-bars' });
  periods.forEach((p, i) => {
    const x = MARGIN.left + i * step;
    const height = Math.max(value(p) > 0 ? 1 : 0, y(0) - y(value(p)));
    bars.append(
      el(
        'g',
        { class: 'timeline-bucket', 'data-index': i, role: 'button', tabindex: -1 },
        el('rect', { class: 'timeline-hit', x, y: MARGIN.top, width: step, height: plotHeight }),
        el('rect', {
          class: 'timeline-bar',
          x: x + (step - barWidth) / 2,
          y: y(0) - height,
          width: barWidth,
          height,
        }),
      ),
    );
  });
  const axis = el('g', { class: 'timeline-axis', 'aria-hidden': 'true' });
  axis.append(el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(0), y2: y(0) }));
  for (const i of labelledIndexes(periods, interval, Math.floor(plotWidth / LABEL_WIDTH))) {
    const x = MARGIN.left + (i + 0.5) * step;
    axis.append(
      el('line', { x1: x, x2: x, y1: y(0), y2: y(0) + 4 }),
      el('text', { x, y: HEIGHT - 6, 'text-anchor': 'middle' }, periods[i].label),
    );
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(HEIGHT));
  svg.replaceChildren(grid, bars, axis);
  return { left: MARGIN.left, step, count: periods.length, bars };
}

/** Fills the visually hidden table with what the bars show: period, articles, share. */
export function fillTable(table, periods, caption) {
  const columns = ['Period', 'Articles', 'Share of all articles'];
  table.replaceChildren(
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      periods.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.name),
          h('td', {}, String(p.count)),
          h('td', {}, shareText(p.share)),
        ),
      ),
    ),
  );
}

/**
 * Fills `tip` with what bars `from` to `to` hold and puts it beside them, never over them: to
 * their right, or to their left near the end of a plot `plotWidth` wide. The tip must be shown.
 */
export function placeTip(tip, periods, geometry, from, to, plotWidth) {
  const count = periods.slice(from, to + 1).reduce((sum, p) => sum + p.count, 0);
  const name = from === to ? periods[from].name : rangeText(periods[from].start, periods[to].end);
  const share = from === to ? ` · ${shareText(periods[from].share)} of all articles` : '';
  tip.replaceChildren(h('strong', {}, name), h('span', {}, `${countText(count)}${share}`));
  const { left, step } = geometry;
  const width = tip.offsetWidth;
  const after = left + (to + 1) * step + TIP_GAP;
  const before = left + from * step - TIP_GAP - width;
  const x = after + width <= plotWidth || before < 0 ? after : before;
  tip.style.left = `${Math.max(0, x)}px`;
}

/** 0 and two to five round steps up to at least `max`; whole numbers for counts. */
function niceTicks(max, fractional) {
  if (max <= 0) return [0, fractional ? 0.01 : 1];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(
    fractional ? 0 : 1,
    [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw),
  );
  const ticks = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/**
 * Which buckets get a date under them: at most about `room` of them, evenly spaced and, for months
 * and years, on round ones (every January, every fifth year); the rest are named by hovering or
 * focusing them.
 */
function labelledIndexes(periods, interval, room) {
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, room)));
  const steps = { month: [1, 2, 3, 4, 6, 12, 24, 60, 120], year: [1, 2, 5, 10, 20, 50, 100] };
  const round = steps[interval]?.find((s) => s >= every);
  return periods
    .map((p, i) => i)
    .filter((i) => (round ? calendarNumber(periods[i].start, interval) % round : i % every) === 0);
}

/** A month's or a year's number counted from year 0, so that round ones divide evenly. */
function calendarNumber(iso, interval) {
  const year = Number(iso.slice(0, 4));
  return interval === 'month' ? year * 12 + Number(iso.slice(5, 7)) - 1 : year;
}

function el(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  element.append(...children);
  return element;
}
