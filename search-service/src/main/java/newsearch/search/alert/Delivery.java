package newsearch.search.alert;

import java.time.Instant;

/**
 * One call of a saved search's webhook, as its delivery log lists it.
 *
 * @param at when the call was made
 * @param attempt which call of its batch this was, from 1
 * @param articles how many matches the batch held
 * @param status the receiver's HTTP status, or 0 when it gave none (refused, timed out)
 * @param outcome {@code delivered}, {@code retrying}, or {@code failed} for the last call before
 *     the search was marked failing
 * @param error what went wrong, or null
 */
public record Delivery(
    Instant at, int attempt, int articles, int status, String outcome, String error) {}
