/**
 * The search page's state, which lives in the URL query string so that a search can be shared,
 * bookmarked and walked through with the back button. The URL uses the API's own parameter names.
 */

export const SEARCH_TYPES = ['all', 'speeches', 'documents'];
export const FACET_FIELDS = ['language', 'country', 'speaker', 'spokenLanguage', 'body', 'role', 'agendaItem', 'symbol'];
export const FILTER_FIELDS = [...FACET_FIELDS, 'dateFrom', 'dateTo'];
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * @typedef {{q: string, type: string, filters: Record<string, string>, from: number, size: number}} SearchState
 */

/** @returns {SearchState} */
export function readSearchState(queryString) {
  const params = new URLSearchParams(queryString);
  const type = params.get('type');
  const filters = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field)?.trim();
    if (value) filters[field] = value;
  }
  return {
    q: params.get('q') ?? '',
    type: SEARCH_TYPES.includes(type) ? type : 'all',
    filters,
    from: boundedInteger(params.get('from'), 0, Number.MAX_SAFE_INTEGER, 0),
    size: boundedInteger(params.get('size'), 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  };
}

/** The query string for the page URL: defaults are left out to keep links short. */
export function toPageQueryString(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type !== 'all') params.set('type', state.type);
  for (const field of FILTER_FIELDS) {
    if (state.filters[field]) params.set(field, state.filters[field]);
  }
  if (state.from > 0) params.set('from', String(state.from));
  if (state.size !== DEFAULT_PAGE_SIZE) params.set('size', String(state.size));
  return params.toString();
}

/** The query string for GET /api/search: every parameter spelled out. */
export function toApiQueryString(state) {
  const params = new URLSearchParams({ q: state.q, type: state.type });
  for (const field of FILTER_FIELDS) {
    if (state.filters[field]) params.set(field, state.filters[field]);
  }
  params.set('from', String(state.from));
  params.set('size', String(state.size));
  return params.toString();
}

/** A link to the search page showing this state. */
export function searchPageHref(state) {
  const queryString = toPageQueryString(state);
  return queryString ? `index.html?${queryString}` : 'index.html';
}

/** Any change of query or filter starts again from the first page. */
export function withQuery(state, q, type) {
  return { ...state, q, type, from: 0 };
}

export function withFilter(state, field, value) {
  const filters = { ...state.filters };
  if (value) filters[field] = value;
  else delete filters[field];
  return { ...state, filters, from: 0 };
}

export function withoutFilter(state, field) {
  return withFilter(state, field, '');
}

export function withFrom(state, from) {
  return { ...state, from };
}

export function hasFilters(state) {
  return Object.keys(state.filters).length > 0;
}

function boundedInteger(text, min, max, fallback) {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
