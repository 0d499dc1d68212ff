/**
 * The timeline's periods: buckets from /api/timeline with the last day each covers, their names
 * and axis labels in the page's date style, and the texts of counts and shares.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const COUNT = new Intl.NumberFormat('en');
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
