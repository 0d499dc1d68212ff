/**
 * What to tell the reader when a request fails: a sentence in their words for each error code the
 * service sends, never the service's own message, which is written for developers (it goes to the
 * console instead). Codes not listed here get a general sentence by HTTP status.
 */

const BY_CODE = {
  network: 'The archive could not be reached. Check your connection and try again.',
  too_deep:
    'Results this far down cannot be shown.' +
    ' Narrow the search with a section or a date range, or change the order.',
  invalid_page: 'That page number does not exist. Go back to the first page of results.',
  invalid_cursor:
    'The results have changed since this page was loaded. Start again from the first page.',
  invalid_date: 'A date could not be read. Write dates as year-month-day, like 1987-10-20.',
  invalid_date_expression:
    'A date in the search could not be read. Write since:2021, before:2022-03-01 or when:7d.',
  invalid_distance: 'A distance in the search could not be read. Write NEAR/3 or "words"~3.',
  invalid_date_range: 'The start date is after the end date. Swap them, or change one of them.',
  invalid_sort: 'That order of results is not available. Choose another in "Sort by".',
  invalid_size: 'That number of results per page is not available.',
  query_too_long: 'The search is too long. Try fewer or shorter words.',
  too_many_terms: 'The search has too many words or wildcards. Try fewer, or more specific ones.',
  too_many_sections: 'Too many sections are chosen at once. Choose fewer sections.',
  too_many_parameters: 'Too many filters are chosen at once. Remove some of them.',
  bad_request: 'The search could not be understood. Try different words.',
  overloaded: 'The archive is busy right now. Try again in a moment.',
  client_share: 'You have several searches running already. Wait a moment and try again.',
  warming_up: 'The archive is starting up. Try again in a few seconds.',
  shutting_down: 'The archive is restarting. Try again in a few seconds.',
  index_busy: 'The archive is being updated. Try again in a moment.',
  not_found: 'This article is not in the archive. The link may be mistyped, or it was removed.',
};

/** The sentence for a failed request. */
export function readerMessage(error) {
  const known = BY_CODE[error?.code];
  if (known) return known;
  if (error?.status === 404) return BY_CODE.not_found;
  if (error?.status === 503 || error?.status === 429) return BY_CODE.overloaded;
  if (error?.status >= 400 && error?.status < 500) return BY_CODE.bad_request;
  return 'Something went wrong on our side. Try again in a moment.';
}

/** Notes the service's own message in the console, for whoever looks after the archive. */
export function logFailure(what, error) {
  const status = `${error?.status ?? '?'} ${error?.code ?? ''}`.trim();
  console.warn(`newsearch: ${what} failed (${status}): ${error?.message}`);
}
