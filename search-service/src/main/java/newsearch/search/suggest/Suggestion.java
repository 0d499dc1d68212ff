package newsearch.search.suggest;

/**
 * One completion of what a user has typed.
 *
 * @param text the completion as plain text
 * @param html the completion safe to put into HTML as it is: every character is escaped and the
 *     typed words, or the typed start of a word, are wrapped in {@code <mark>…</mark>}
 */
public record Suggestion(String text, String html) {}
