/**
 * Small DOM helpers. Text from the index is only ever added as text nodes; the one exception is
 * highlighted fragments, which markedText() checks and builds node by node, never via innerHTML.
 */

/**
 * Creates an element. Props become attributes (`class` sets the class, `on…` adds a listener,
 * false/null/undefined are skipped); children are nodes or strings, and strings become text nodes.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...present(children));
  return element;
}

/** Replaces an element's content; children are as for h(), and absent ones are skipped. */
export function fill(element, ...children) {
  element.replaceChildren(...present(children));
}

function present(children) {
  return children.flat().filter((c) => c !== null && c !== undefined && c !== false);
}

const MARK_TAG = /(<mark>|<\/mark>)/;
const ENTITY = /&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The DOM for a highlighted fragment from the API, or null when the fragment is not what the API
 * promises: escaped text in which `<mark>` and `</mark>` are the only tags, not nested. Callers
 * then show plain text instead, so markup that is not a mark can never reach the page.
 */
export function markedText(fragment) {
  if (typeof fragment !== 'string') {
    return null;
  }
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of fragment.split(MARK_TAG)) {
    if (part === '<mark>') {
      if (mark) return null;
      mark = document.createElement('mark');
    } else if (part === '</mark>') {
      if (!mark) return null;
      out.append(mark);
      mark = null;
    } else if (part !== '') {
      const text = unescapeText(part);
      if (text === null) return null;
      (mark ?? out).append(text);
    }
  }
  return mark ? null : out;
}

/** Escaped HTML text as plain text, or null if it holds a tag or an unescaped ampersand. */
function unescapeText(escaped) {
  if (/[<>]/.test(escaped) || escaped.replace(ENTITY, '').includes('&')) {
    return null;
  }
  try {
    return escaped.replace(ENTITY, (_, name) => NAMED[name] ?? codePoint(name));
  } catch {
    return null; // a numeric reference beyond Unicode
  }
}

function codePoint(reference) {
  const hex = reference.startsWith('#x') || reference.startsWith('#X');
  return String.fromCodePoint(parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10));
}

/** A highlighted fragment as nodes, or the fallback text when the fragment fails the check. */
export function highlighted(fragment, fallback) {
  return markedText(fragment) ?? document.createTextNode(fallback ?? '');
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A yyyy-mm-dd date as a time element ("15 November 2018"), or null for anything else. */
export function dateElement(iso) {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return null;
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : h('time', { datetime: iso }, LONG_DATE.format(date));
}

/** The text of a yyyy-mm-dd date in the page's style, or the text itself if it is not one. */
export function dateText(iso) {
  return dateElement(iso)?.textContent ?? iso;
}

/** A function that runs `fn` once calls have paused for `ms`; `.cancel()` drops a pending call. */
export function debounce(fn, ms) {
  let timer = 0;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The wait was superseded', 'AbortError'));
    });
  });
}
