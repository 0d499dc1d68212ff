package newsearch.search.alert;

import java.time.Instant;

/**
 * An article a saved search matched, as its feed and its webhook show it: a copy taken when it
 * matched, so that the feed still lists it after the article is changed or removed.
 *
 * @param articleId the article's id
 * @param title its title, or null
 * @param summary its summary, or the start of its body, as plain text
 * @param url its own address, or null
 * @param section its section path as displayed, or null
 * @param published its publication day ({@code yyyy-mm-dd}), or null
 * @param matched when the saved search matched it
 */
public record AlertMatch(
    String articleId,
    String title,
    String summary,
    String url,
    String section,
    String published,
    Instant matched) {}
