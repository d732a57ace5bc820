/**
 * The search-gateway's JSON API. Every call resolves to the parsed body or rejects with an
 * ApiError whose message can be shown to the user as it is.
 */

export class ApiError extends Error {
  /** @param {string} message @param {number} status HTTP status, 0 when the server was not reached */
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }

  get isNotFound() {
    return this.status === 404;
  }
}

/** GET /api/search with the query string built by search-state.js. */
export function searchRecords(apiQueryString, signal) {
  return getJson(`/api/search?${apiQueryString}`, signal);
}

/** GET /api/documents/{id}: the record and its speech turns. */
export function fetchMeetingRecord(documentId, signal) {
  return getJson(`/api/documents/${encodeURIComponent(documentId)}`, signal);
}

/** GET /api/documents/{id}/speeches/{seq}/versions: the same turn in the other languages of its meeting. */
export function fetchParallelTurns(documentId, seq, signal) {
  return getJson(`/api/documents/${encodeURIComponent(documentId)}/speeches/${seq}/versions`, signal);
}

/** POST /api/alerts: saves a search; its matches then stream from /api/alerts/{id}/events. */
export async function saveAlert(query, filters) {
  let response;
  try {
    response = await fetch('/api/alerts', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, filters }),
    });
  } catch (error) {
    throw new ApiError('Cannot reach the Verbatim server. Check your connection and try again.', 0);
  }
  const body = await readJsonOrNull(response);
  if (!response.ok) throw new ApiError(body?.error ?? describeHttpFailure(response), response.status);
  return body;
}

/** DELETE /api/alerts/{id} with the secret the alert was created with; an alert already gone is fine. */
export async function deleteAlert(id, secret) {
  let response;
  try {
    response = await fetch(`/api/alerts/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'X-Alert-Secret': secret } });
  } catch (error) {
    throw new ApiError('Cannot reach the Verbatim server. Check your connection and try again.', 0);
  }
  if (!response.ok && response.status !== 404) {
    const body = await readJsonOrNull(response);
    throw new ApiError(body?.error ?? describeHttpFailure(response), response.status);
  }
}

/** GET /api/ops/pipeline: counts, consumer lag and dead letters. */
export function fetchPipelineStatus(signal) {
  return getJson('/api/ops/pipeline', signal);
}

/** True when a request was cancelled on purpose (a newer one replaced it). */
export function isAbort(error) {
  return error?.name === 'AbortError';
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('Cannot reach the Verbatim server. Check your connection and try again.', 0);
  }
  const body = await readJsonOrNull(response);
  if (!response.ok) {
    throw new ApiError(body?.error ?? describeHttpFailure(response), response.status);
  }
  if (body === null) {
    throw new ApiError(`The server's answer to ${path} was not JSON. Try again later.`, response.status);
  }
  return body;
}

async function readJsonOrNull(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function describeHttpFailure(response) {
  if (response.status === 404) return 'Not found.';
  if (response.status >= 500) {
    return `The server failed (HTTP ${response.status}). Try again in a moment.`;
  }
  return `The request was refused (HTTP ${response.status}).`;
}
