/**
 * The timeline's data and drawing: buckets from /api/timeline as periods with names and date
 * ranges, and the SVG of their bars with both axes. No state and no events; timeline.js owns
 * those.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The plot's height and the room kept around it for the axes, in CSS pixels. */
const HEIGHT = 168;
const MARGIN = { top: 10, right: 14, bottom: 26, left: 52 };
/** The least room a date label on the x axis gets. */
const LABEL_WIDTH = 84;
/** The widest a bar gets, so that a few buckets do not become blocks. */
const MAX_BAR_WIDTH = 40;

const COUNT = new Intl.NumberFormat('en');
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact' });
const PERCENT = new Intl.NumberFormat('en', { style: 'percent', maximumSignificantDigits: 2 });
// The page's date style (dom.js): day, month name, year, in UTC.
const LONG = utc({ day: 'numeric', month: 'long', year: 'numeric' });
const SHORT = utc({ day: 'numeric', month: 'short', year: 'numeric' });
const MONTH = utc({ month: 'long', year: 'numeric' });
const MONTH_SHORT = utc({ month: 'short', year: 'numeric' });
const YEAR = utc({ year: 'numeric' });

function utc(options) {
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
}

/**
 * The periods of a timeline answer, oldest first: each bucket with the last day it covers, its
 * name and its axis label. A bucket runs to the day before the next one starts; the last one runs
 * for one interval. Malformed buckets are left out.
 */
export function periodsOf(response) {
  const interval = String(response?.interval ?? '');
  const buckets = (Array.isArray(response?.buckets) ? response.buckets : []).filter(
    (b) => ISO_DAY.test(String(b?.start)) && Number.isFinite(Number(b.count)),
  );
  return buckets.map((b, i) => {
    const next = i + 1 < buckets.length ? buckets[i + 1].start : nextStart(b.start, interval);
    const end = next ? addDays(next, -1) : b.start;
    return {
      start: b.start,
      end,
      count: Math.max(0, Number(b.count)),
      share: Math.max(0, Number(b.share) || 0),
      name: periodName(b.start, end, interval),
      label: axisLabel(b.start, end, interval),
    };
  });
}

/** The text of one count: "1 article", "1,204 articles". */
export function countText(n) {
  return `${COUNT.format(n)} ${n === 1 ? 'article' : 'articles'}`;
}

/** A share (0.0031) as a percentage ("0.31%"). */
export function shareText(share) {
  return PERCENT.format(share);
}

/** "4 October 2021 – 31 March 2022", or one date when the range is one day. */
export function rangeText(from, to) {
  return from === to ? LONG.format(day(from)) : LONG.formatRange(day(from), day(to));
}

function periodName(start, end, interval) {
  switch (interval) {
    case 'year':
      return YEAR.format(day(start));
    case 'month':
      return MONTH.format(day(start));
    default:
      return rangeText(start, end);
  }
}

function axisLabel(start, end, interval) {
  switch (interval) {
    case 'year':
      return YEAR.format(day(start));
    case 'month':
      return MONTH_SHORT.format(day(start));
    default:
      return SHORT.format(day(start));
  }
}

function nextStart(start, interval) {
  const d = new Date(day(start));
  switch (interval) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    case 'year':
      return isoDay(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
    default:
      return null;
  }
}

function day(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function addDays(iso, n) {
  return isoDay(day(iso) + n * DAY_MS);
}

/**
 * Draws the bars of `periods` (buckets of `interval`) into `svg`, `width` pixels wide, measuring
 * `count` or `share`. Each
 * bucket is a focusable `g.timeline-bucket` (a full-height target and the visible bar) with
 * data-index; the axes are hidden from assistive technology, which reads the table instead.
 * Returns the geometry that maps a pointer's x back to a bucket.
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
  const bars = el('g', { class: 'timeline-bars', role: 'group' });
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
