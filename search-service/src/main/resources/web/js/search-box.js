import { suggest } from './api.js';
import { debounce, h, highlighted } from './dom.js';

const SUGGEST_DELAY_MS = 150;

/**
 * The search field as an ARIA 1.2 combobox with a listbox popup: suggestions from /api/suggest
 * appear as the reader types; ArrowDown/ArrowUp move through them, Enter picks one, Escape closes
 * the list. Focus stays in the field throughout; the active option is named by
 * aria-activedescendant.
 */
export class SearchBox {
  #input;
  #listbox;
  #onType;
  #onSubmit;
  #suggestions = [];
  #active = -1;
  #controller = null;
  #requestSuggestions = debounce(() => this.#loadSuggestions(), SUGGEST_DELAY_MS);

  /**
   * @param form the search form; submitting it searches for the field's text
   * @param input the text field (role=combobox)
   * @param listbox the popup list (role=listbox)
   * @param onType called with the text after every edit
   * @param onSubmit called with the text to search for on Enter or when a suggestion is picked
   */
  constructor(form, input, listbox, { onType, onSubmit }) {
    this.#input = input;
    this.#listbox = listbox;
    this.#onType = onType;
    this.#onSubmit = onSubmit;
    input.addEventListener('input', () => {
      this.#requestSuggestions();
      this.#onType(input.value);
    });
    input.addEventListener('keydown', (event) => this.#onKey(event));
    input.addEventListener('blur', () => this.close());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.close();
      this.#onSubmit(input.value);
    });
    // Keeps focus in the field when an option is clicked, so the click lands before blur closes.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.#pick(Number(option.dataset.index));
    });
  }

  /** The text in the field. */
  get value() {
    return this.#input.value;
  }

  /** Replaces the text in the field, as when Back restores an earlier search. */
  set value(text) {
    if (this.#input.value !== text) {
      this.#input.value = text;
    }
    this.close();
  }

  /** Hides the suggestions and forgets any that are still loading. */
  close() {
    this.#requestSuggestions.cancel();
    this.#controller?.abort();
    this.#listbox.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  #isOpen() {
    return !this.#listbox.hidden;
  }

  #onKey(event) {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (this.#suggestions.length > 0) {
          event.preventDefault();
          this.#open();
          this.#move(event.key === 'ArrowDown' ? 1 : -1);
        }
        break;
      case 'Enter':
        if (this.#isOpen() && this.#active >= 0) {
          event.preventDefault();
          this.#pick(this.#active);
        }
        break;
      case 'Escape':
        if (this.#isOpen()) {
          // Without this, Escape in a search field would also clear the text.
          event.preventDefault();
          this.close();
        }
        break;
      default:
    }
  }

  async #loadSuggestions() {
    this.#controller?.abort();
    const text = this.#input.value.trim();
    if (text === '') {
      this.#show([]);
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const suggestions = await suggest(text, controller.signal);
      if (!controller.signal.aborted && document.activeElement === this.#input) {
        this.#show(suggestions.filter((s) => typeof s?.text === 'string' && s.text !== ''));
      }
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  }

  #show(suggestions) {
    this.#suggestions = suggestions;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#listbox.replaceChildren(
      ...suggestions.map((s, i) =>
        h(
          'li',
          { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': i },
          highlighted(s.html, s.text),
        ),
      ),
    );
    if (suggestions.length > 0) {
      this.#open();
    } else {
      this.close();
    }
  }

  #open() {
    this.#listbox.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #move(step) {
    const count = this.#suggestions.length;
    // From "none active", Down goes to the first option and Up to the last.
    const next =
      this.#active < 0 ? (step > 0 ? 0 : count - 1) : (this.#active + step + count) % count;
    const options = this.#listbox.children;
    options[this.#active]?.setAttribute('aria-selected', 'false');
    options[next].setAttribute('aria-selected', 'true');
    options[next].scrollIntoView({ block: 'nearest' });
    this.#input.setAttribute('aria-activedescendant', options[next].id);
    this.#active = next;
  }

  #pick(index) {
    const suggestion = this.#suggestions[index];
    if (!suggestion) return;
    this.#input.value = suggestion.text;
    this.close();
    this.#onSubmit(suggestion.text);
  }
}
