import { pause } from './dom.js';

/**
 * The JSON API of the search service. Every call takes an AbortSignal so that a newer request can
 * cancel an older one; failures become ApiErrors that carry the service's error code, which
 * messages.js turns into a sentence for the reader. The service's own message is kept for the
 * console only: it is written for developers.
 */

/** A failed call: the service's error code and message, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(message, status, code = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
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

/**
 * GET /api/articles/{id}/related: stories related to an article, in the shape of search hits;
 * `size` of them, or the service's default number when `size` is null.
 */
export function related(id, signal, size = null) {
  const query = size ? `?${new URLSearchParams({ size: String(size) })}` : '';
  return getJson(`/api/articles/${encodeURIComponent(id)}/related${query}`, signal);
}

/**
 * GET /api/facets/section: the archive's section paths one of whose levels starts with `prefix`,
 * with their display names and their article counts over the whole archive, most articles first.
 */
export async function findSections(prefix, size, signal) {
  const params = new URLSearchParams({ prefix });
  if (size) params.set('size', String(size));
  const body = await getJson(`/api/facets/section?${params}`, signal);
  return Array.isArray(body.values) ? body.values : [];
}

/** GET /api/timeline: the matches of a search's query and filters per period. */
export function timeline(params, signal) {
  return getJsonOnceMore(`/api/timeline?${params}`, signal);
}

/** GET /api/terms: the words and phrases that stand out in a search's matches. */
export function terms(params, signal) {
  return getJsonOnceMore(`/api/terms?${params}`, signal);
}

/** GET /api/trending: `size` terms rising in the last `days` days. */
export function trending(days, size, signal) {
  const params = new URLSearchParams({ days: String(days), size: String(size) });
  return getJsonOnceMore(`/api/trending?${params}`, signal);
}

/** How long the page waits before asking a busy service (503) once more for the analytics. */
const BUSY_RETRY_MS = 400;

/**
 * getJson, asked once more after a pause when the service is busy: the analytics go with every
 * search, share the reader's searches' allowance, and are worth a short wait.
 */
async function getJsonOnceMore(path, signal) {
  try {
    return await getJson(path, signal);
  } catch (error) {
    if (error.status !== 503) throw error;
    await pause(BUSY_RETRY_MS, signal);
    return getJson(path, signal);
  }
}

// The one request for /api/config, shared by every caller: its answer, or null when it failed.
let settings = null;

/**
 * GET /api/config, asked once: the service's page_size, max_page_size, max_depth, related_count,
 * max_suggestions and facet_values. Resolves to null when the service could not say, after saying
 * so in the console; the page then sends no sizes (the service applies its own) and pages
 * without a depth limit, rather than guess the service's values.
 */
export function config() {
  settings ??= getJson('/api/config').catch((error) => {
    console.error(
      `newsearch: GET /api/config failed (${error.message}); results use the service's` +
        ' default sizes, and page links ignore its depth limit',
    );
    return null;
  });
  return settings;
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
    throw new ApiError('could not reach the search service', 0, 'network');
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
    const code = body?.error?.code;
    throw new ApiError(
      typeof message === 'string' ? message : `The search service answered ${response.status}.`,
      response.status,
      typeof code === 'string' ? code : null,
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
