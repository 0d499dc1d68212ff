import { dateText } from './dom.js';

/**
 * The dates a reader types and the ranges the page shows. Dates are written as the API takes them
 * (year-month-day, the one form that reads the same in every country); a year or a year and month
 * stand for their first day in "From" and their last day in "To", so "1987" to "1987" is that
 * year. A range is shown in words: "1987", "October 1987", "20 October 1987", or its two ends.
 */

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The yyyy-mm-dd date that typed text stands for, as the start (`end` false) or the end of what it
 * names; '' for blank text; null when it is not a date.
 */
export function typedDate(text, end = false) {
  const value = String(text ?? '').trim();
  if (value === '') return '';
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? (end ? 12 : 1) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = lastDay(year, month);
  const day = match[3] === undefined ? (end ? last : 1) : Number(match[3]);
  if (day < 1 || day > last) return null;
  return iso(year, month, day);
}

/**
 * Checks the typed start and end of a range: {from, to} as yyyy-mm-dd ('' when open), or {error}
 * with a sentence saying what to change.
 */
export function typedRange(fromText, toText) {
  const from = typedDate(fromText, false);
  const to = typedDate(toText, true);
  if (from === null || to === null) {
    const which = from === null ? `"${String(fromText).trim()}"` : `"${String(toText).trim()}"`;
    return { error: `${which} is not a date. Write it as year-month-day, like 1987-10-20.` };
  }
  if (from && to && from > to) {
    return {
      error:
        `The start, ${dateText(from)}, is after the end, ${dateText(to)}.` +
        ' Swap them, or change one.',
    };
  }
  return { from, to };
}

/**
 * The range in words when it is one whole year, month or day ("1987", "October 1987"), else null.
 */
export function periodName(from, to) {
  if (!from || !to) return null;
  if (from === to) return dateText(from);
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy !== ty || fd !== 1) return null;
  if (fm === 1 && tm === 12 && td === 31) return String(fy);
  if (fm === tm && td === lastDay(fy, fm)) {
    return MONTH_YEAR.format(new Date(Date.UTC(fy, fm - 1, 1)));
  }
  return null;
}

/** The last day of a month, 28 to 31. */
export function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year, month, day) {
  const two = (n) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}
