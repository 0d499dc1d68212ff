import { timeline } from './api.js';
import { h } from './dom.js';
import { searchParams } from './state.js';
import { countText, periodsOf, shareText } from './timeline-periods.js';
import { drawPlot, fillTable, placeTip } from './timeline-plot.js';

/** What the chart's title calls one bucket, by the interval the service chose. */
const UNITS = { day: 'day', week: 'week', month: 'month', year: 'year' };

/**
 * The timeline above the results: how many matches each period holds, from /api/timeline with the
 * search's own query and filters, as a bar chart in the interval the service chose. Hovering or
 * focusing a bar names it; a click, or Enter, narrows the dates to its period; a drag across bars,
 * or Shift with the arrow keys, selects a range; a toggle switches between counts and each
 * period's share of all articles. A visually hidden table holds the same figures for screen
 * readers. When the service cannot draw it (no timeline route, an error, nothing dated) the chart
 * stays hidden: it adds to the results and never stands in their way.
 */
export class Timeline {
  #section;
  #onRange;
  #onMeasure;
  #title = h('h2', { class: 'timeline-title', id: 'timeline-title' });
  #reset;
  #measures;
  #plot = h('div', { class: 'timeline-plot' });
  #svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  #tip = h('div', { class: 'timeline-tip', 'aria-hidden': 'true', hidden: true });
  #note = h('p', { class: 'timeline-note' });
  #table = h('table');
  #state = null;
  #periods = [];
  #geometry = null;
  #active = 0; // the bar that takes focus (roving tabindex)
  #anchor = null; // where a keyboard selection started, or null
  #drag = null; // {from, to} while the pointer is down
  #loaded = { key: null, response: null };
  #loads = 0;
  #refocus = false;
  #drawnWidth = 0;

  /**
   * @param section the element to draw into, hidden until there is something to show
   * @param onRange called with {from, to}: the dates of the chosen bar or bars ('' for all)
   * @param onMeasure called with 'count' or 'share' when the reader switches
   */
  constructor(section, { onRange, onMeasure }) {
    this.#section = section;
    this.#onRange = onRange;
    this.#onMeasure = onMeasure;
    this.#reset = h(
      'button',
      {
        class: 'link-button',
        type: 'button',
        onclick: () => {
          // The button goes once all dates are shown; a keyboard reader goes on at the bars.
          this.#refocus = document.activeElement === this.#reset;
          this.#choose({ from: '', to: '' });
        },
      },
      'All dates',
    );
    this.#measures = ['count', 'share'].map((measure) =>
      h(
        'button',
        { class: 'timeline-measure', type: 'button', 'data-measure': measure },
        measure === 'count' ? 'Count' : 'Share',
      ),
    );
    this.#measures.forEach((button) =>
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-pressed') !== 'true') onMeasure(button.dataset.measure);
      }),
    );
    this.#svg.classList.add('timeline-svg');
    // A group of bar buttons, not one picture: screen readers reach each bar.
    this.#svg.setAttribute('role', 'group');
    this.#plot.append(this.#svg, this.#tip);
    section.replaceChildren(
      h(
        'div',
        { class: 'timeline-head' },
        this.#title,
        this.#reset,
        h(
          'div',
          { class: 'timeline-measures', role: 'group', 'aria-label': 'Show' },
          this.#measures,
        ),
      ),
      this.#plot,
      this.#note,
      // In a block of its own: a table sizes to its cells whatever its width, and would widen
      // the page on a phone.
      h('div', { class: 'visually-hidden' }, this.#table),
    );
    this.#listen();
    // A narrower window (or a scroll bar coming or going) redraws the bars to the new width.
    new ResizeObserver(() => {
      if (this.#plot.clientWidth !== this.#drawnWidth) this.#draw();
    }).observe(this.#plot);
  }

  /** Loads and draws the timeline of a search state; resolves once it is drawn or hidden. */
  async show(state, signal) {
    const load = ++this.#loads;
    const params = searchParams(state);
    ['page', 'sort', 'size', 'cursor'].forEach((name) => params.delete(name));
    const key = params.toString();
    try {
      if (key !== this.#loaded.key) {
        this.#section.setAttribute('aria-busy', 'true');
        const response = await timeline(params, signal);
        this.#loaded = { key, response };
        this.#active = 0;
      }
      if (load === this.#loads) this.#render(state);
    } catch (error) {
      if (error.name === 'AbortError') return;
      console.error(`newsearch: the timeline could not be loaded (${error.message})`);
      if (load === this.#loads) this.#section.hidden = true;
    } finally {
      if (load === this.#loads) this.#section.removeAttribute('aria-busy');
    }
  }

  /** Hides the chart and drops any load in flight, as when an article is shown. */
  hide() {
    this.#loads += 1;
    this.#section.hidden = true;
    this.#section.removeAttribute('aria-busy');
  }

  #render(state) {
    const response = this.#loaded.response;
    const periods = periodsOf(response);
    // Nothing dated matches: no chart, unless the dates chosen are why, which it can undo.
    const narrowed = Boolean(state.from || state.to);
    if (periods.length === 0 || (!narrowed && !periods.some((p) => p.count > 0))) {
      this.#section.hidden = true;
      return;
    }
    this.#state = state;
    this.#periods = periods;
    this.#active = Math.min(this.#active, periods.length - 1);
    this.#anchor = null;
    const share = state.chart === 'share';
    const unit = UNITS[response.interval] ?? 'period';
    this.#title.textContent = share ? `Share of all articles, per ${unit}` : `Articles per ${unit}`;
    this.#measures.forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset.measure === (share ? 'share' : 'count'))),
    );
    this.#reset.hidden = !narrowed;
    const undated = Number(response.undated) || 0;
    this.#note.textContent =
      'Click a bar for its articles, or drag across bars for a range.' +
      (undated > 0 ? ` ${countText(undated)} without a date are not shown.` : '');
    const q = state.q.trim();
    fillTable(this.#table, periods, `Articles per ${unit}${q ? ` for “${q}”` : ''}`);
    this.#section.hidden = false;
    this.#draw();
    if (this.#refocus) {
      this.#refocus = false;
      this.#bucket(this.#active)?.focus();
    }
  }

  #draw() {
    const width = this.#plot.clientWidth;
    if (this.#periods.length === 0 || width === 0 || this.#section.hidden) return;
    const measure = this.#state.chart === 'share' ? 'share' : 'count';
    const interval = String(this.#loaded.response?.interval ?? '');
    // Drawing replaces the bars; a reader on one goes on from the same place.
    const focused = this.#svg.contains(document.activeElement);
    this.#drawnWidth = width;
    this.#geometry = drawPlot(this.#svg, this.#periods, interval, measure, width);
    const help = 'arrow keys move, Enter chooses';
    this.#svg.setAttribute('aria-label', `${this.#title.textContent}: ${help}`);
    [...this.#geometry.bars.children].forEach((bucket, i) => {
      const p = this.#periods[i];
      bucket.setAttribute(
        'aria-label',
        `${p.name}: ${countText(p.count)}, ${shareText(p.share)} of all articles`,
      );
      bucket.setAttribute('tabindex', i === this.#active ? '0' : '-1');
    });
    if (focused) this.#bucket(this.#active)?.focus();
    this.#mark();
  }

  #listen() {
    const svg = this.#svg;
    svg.addEventListener('pointerdown', (event) => {
      const i = this.#indexAt(event.clientX, false);
      if (event.button !== 0 || i < 0) return;
      svg.setPointerCapture(event.pointerId);
      this.#drag = { from: i, to: i };
      this.#activate(i, false);
    });
    svg.addEventListener('pointermove', (event) => {
      const i = this.#indexAt(event.clientX, this.#drag !== null);
      if (this.#drag && i >= 0) {
        this.#drag.to = i;
        this.#mark();
      } else if (!this.#drag) {
        this.#showTip(i, i);
      }
    });
    svg.addEventListener('pointerup', () => {
      if (!this.#drag) return;
      const { from, to } = this.#drag;
      this.#drag = null;
      this.#choose(this.#rangeOf(Math.min(from, to), Math.max(from, to)));
    });
    svg.addEventListener('pointercancel', () => {
      this.#drag = null;
      this.#mark();
    });
    svg.addEventListener('pointerleave', () => {
      if (!this.#drag) this.#showTip(-1, -1);
    });
    svg.addEventListener('keydown', (event) => this.#onKey(event));
    svg.addEventListener('focusin', () => this.#mark());
    svg.addEventListener('focusout', () => this.#showTip(-1, -1));
  }

  #onKey(event) {
    const last = this.#periods.length - 1;
    const moves = {
      ArrowRight: this.#active + 1,
      ArrowLeft: this.#active - 1,
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const [from, to] = this.#selection();
      this.#refocus = true;
      this.#choose(this.#rangeOf(from, to));
    } else if (event.key === 'Escape' && this.#anchor !== null) {
      this.#anchor = null;
      this.#mark();
    } else if (event.key in moves) {
      event.preventDefault();
      if (event.shiftKey) this.#anchor ??= this.#active;
      else this.#anchor = null;
      this.#activate(Math.max(0, Math.min(last, moves[event.key])), true);
    }
  }

  #activate(i, focus) {
    this.#bucket(this.#active)?.setAttribute('tabindex', '-1');
    this.#active = i;
    const bucket = this.#bucket(i);
    bucket?.setAttribute('tabindex', '0');
    if (focus) bucket?.focus();
    this.#mark();
  }

  /** The first and last bar chosen: dragged over, selected with Shift, or the active one. */
  #selection() {
    const [a, b] = this.#drag
      ? [this.#drag.from, this.#drag.to]
      : [this.#anchor ?? this.#active, this.#active];
    return [Math.min(a, b), Math.max(a, b)];
  }

  /** Shows which bars are selected, and names them in the tip. */
  #mark() {
    const selecting = this.#drag !== null || this.#anchor !== null;
    const [from, to] = this.#selection();
    [...(this.#geometry?.bars.children ?? [])].forEach((bucket, i) =>
      bucket.classList.toggle('is-selected', selecting && i >= from && i <= to),
    );
    // A bar focused from the keyboard is named; one focused by a click leaves the tip to hovering.
    const active = document.activeElement;
    const focused = this.#svg.contains(active) && active.matches(':focus-visible');
    if (selecting || focused) this.#showTip(from, to);
  }

  #showTip(from, to) {
    const shown = from >= 0 && this.#geometry !== null && from < this.#periods.length;
    this.#tip.hidden = !shown;
    if (shown) placeTip(this.#tip, this.#periods, this.#geometry, from, to, this.#plot.clientWidth);
  }

  /** The bar under a pointer's x, or -1 off the bars; `clamp` gives the nearest bar instead. */
  #indexAt(clientX, clamp) {
    if (!this.#geometry) return -1;
    const { left, step, count } = this.#geometry;
    const x = clientX - this.#svg.getBoundingClientRect().left - left;
    const i = Math.floor(x / step);
    if (clamp) return Math.max(0, Math.min(count - 1, i));
    return i >= 0 && i < count ? i : -1;
  }

  /** The dates of bars `from` to `to`, kept within the dates the search already has. */
  #rangeOf(from, to) {
    const state = this.#state;
    const start = this.#periods[from].start;
    const end = this.#periods[to].end;
    return {
      from: state.from > start ? state.from : start,
      to: state.to && state.to < end ? state.to : end,
    };
  }

  #choose(range) {
    this.#anchor = null;
    this.#showTip(-1, -1);
    this.#onRange(range);
  }

  #bucket(i) {
    return this.#geometry?.bars.children[i] ?? null;
  }
}
