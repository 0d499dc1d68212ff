/**
 * The JSON API of the search service. Every call takes an AbortSignal so that a newer request can
 * cancel an older one; failures become ApiErrors whose message can be shown to the reader.
 */

/** A failed call: the server's error message, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** GET /api/search with the given URLSearchParams. */
export function search(params, signal) {
  return getJson(`/api/search?${params}`, signal);
}

/** GET /api/articles/{id}. */
export function article(id, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}`, signal);
}

/** GET /api/articles/{id}/related: stories related to an article, in the shape of search hits. */
export function related(id, signal) {
  return getJson(`/api/articles/${encodeURIComponent(id)}/related`, signal);
}

// Set once /api/suggest answers 404: a service without suggestions is not asked again.
let suggestAvailable = true;

/**
 * Completions for what the reader has typed, or [] when the service has none to give (an older
 * service without /api/suggest, or any failure: suggestions are a convenience, never an error).
 */
export async function suggest(q, signal) {
  if (!suggestAvailable) {
    return [];
  }
  try {
    const body = await getJson(`/api/suggest?${new URLSearchParams({ q })}`, signal);
    return Array.isArray(body.suggestions) ? body.suggestions : [];
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    if (error.status === 404) {
      suggestAvailable = false;
    }
    return [];
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(
      'Could not reach the search service. Check the connection and try again.',
      0,
    );
  }
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    // Not JSON (a proxy's error page, say): reported below from the status alone.
  }
  if (!response.ok) {
    const message = body?.error?.message;
    throw new ApiError(
      typeof message === 'string' ? message : `The search service answered ${response.status}.`,
      response.status,
    );
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError(
      'The search service sent an answer that could not be read.',
      response.status,
    );
  }
  return body;
}
