/**
 * The search page: reads its state from the URL, asks /api/search, and shows hits, facets,
 * active filters and page links. Every change goes through the URL (pushState), so the back
 * button and shared links show the same search.
 */
import { isAbort, searchRecords } from './api.js';
import { el, errorNotice } from './dom.js';
import { renderPagination } from './pagination.js';
import { renderActiveFilterChips, renderFacetSections } from './search-filters.js';
import { renderHitList, renderNoResults, renderResultSummary } from './search-results.js';
import {
  readSearchState, searchPageHref, toApiQueryString, withFilter, withFrom, withQuery,
} from './search-state.js';
import { renderWatchButton, showWatched } from './watch.js';

const page = {
  form: document.getElementById('search-form'),
  filtersDisclosure: document.getElementById('filters-disclosure'),
  queryInput: document.getElementById('search-query'),
  dateFrom: document.getElementById('date-from'),
  dateTo: document.getElementById('date-to'),
  facets: document.getElementById('facets'),
  activeFilters: document.getElementById('active-filters'),
  resultsHeading: document.getElementById('results-title'),
  status: document.getElementById('search-status'),
  results: document.getElementById('results'),
  pagination: document.getElementById('pagination'),
  tools: document.getElementById('search-tools'),
  watched: document.getElementById('watched'),
};

/** Country code → name, learnt from hits and facets, so facet values and chips can show names. */
const countryNames = new Map();
let searchInFlight = null;
let focusKeyAfterRender = null;

function stateInUrl() {
  return readSearchState(window.location.search);
}

function goTo(state) {
  history.pushState(null, '', searchPageHref(state));
  showSearch(state);
}

async function showSearch(state) {
  fillFormFrom(state);
  document.title = state.q ? `${state.q} · Verbatim search` : 'Search · Verbatim';
  page.activeFilters.replaceChildren(renderActiveFilterChips(state, countryNames) ?? '');

  searchInFlight?.abort();
  const request = new AbortController();
  searchInFlight = request;
  showLoading();
  let result;
  try {
    result = await searchRecords(toApiQueryString(state), request.signal);
  } catch (error) {
    if (!isAbort(error)) showFailure(error, state);
    return;
  } finally {
    if (searchInFlight === request) {
      searchInFlight = null;
      page.results.setAttribute('aria-busy', 'false');
      page.results.classList.remove('is-loading');
    }
  }
  learnCountryNames(result);
  showResult(result, state);
}

function showLoading() {
  page.status.textContent = 'Searching…';
  page.results.setAttribute('aria-busy', 'true');
  page.results.classList.add('is-loading');
}

function showResult(result, state) {
  const hits = result.hits ?? [];
  page.status.replaceChildren(renderResultSummary({ ...result, hits, from: result.from ?? state.from }, state));
  page.activeFilters.replaceChildren(renderActiveFilterChips(state, countryNames) ?? '');
  page.results.replaceChildren(hits.length > 0 ? renderHitList(hits, state.from + 1) : renderNoResults(state));
  page.pagination.replaceChildren(renderPagination(
    { total: result.total ?? 0, from: state.from, size: state.size },
    (from) => searchPageHref(withFrom(state, from)),
  ) ?? '');
  page.facets.replaceChildren(...renderFacetSections(result.facets, state, countryNames));
  page.tools.replaceChildren(...renderSearchTools(result, state));
  restoreFocus();
}

/** Download every hit with its citation, and watch the search for new records. */
function renderSearchTools(result, state) {
  if ((result.total ?? 0) === 0) return [renderWatchButton(state, page.watched) ?? ''];
  const params = new URLSearchParams(toApiQueryString(state));
  params.delete('from');
  params.delete('size');
  return [
    el('span', {}, 'Download all hits: ',
      el('a', { href: `/api/export?${params}&format=csv`, download: 'verbatim-export.csv' }, 'CSV'), ' · ',
      el('a', { href: `/api/export?${params}&format=jsonl`, download: 'verbatim-export.jsonl' }, 'JSON Lines')),
    ' ',
    renderWatchButton(state, page.watched) ?? '',
  ];
}

function showFailure(error, state) {
  page.status.textContent = '';
  const retry = el('button', { type: 'button' }, 'Try again');
  retry.addEventListener('click', () => showSearch(state));
  page.results.replaceChildren(errorNotice(error.message, retry));
  page.pagination.replaceChildren();
  page.facets.replaceChildren();
}

function learnCountryNames(result) {
  for (const hit of result.hits ?? []) {
    if (hit.country && hit.countryName) countryNames.set(hit.country, hit.countryName);
  }
  for (const bucket of result.facets?.country ?? []) {
    const name = bucket.name ?? bucket.label;
    if (name) countryNames.set(bucket.value, name);
  }
}

function fillFormFrom(state) {
  page.queryInput.value = state.q;
  page.form.elements.type.value = state.type;
  page.dateFrom.value = state.filters.dateFrom ?? '';
  page.dateTo.value = state.filters.dateTo ?? '';
  limitDateRange();
}

/** Keeps the date pickers from offering an end before the start. */
function limitDateRange() {
  page.dateTo.min = page.dateFrom.value;
  page.dateFrom.max = page.dateTo.value;
}

/** Re-rendering replaces the link that was clicked; put keyboard focus back on its successor. */
function restoreFocus() {
  if (focusKeyAfterRender === null) return;
  const key = focusKeyAfterRender;
  focusKeyAfterRender = null;
  const successor = key ? [...document.querySelectorAll('[data-focus-key]')].find((node) => node.dataset.focusKey === key) : null;
  (successor ?? page.resultsHeading).focus();
}

function searchFromForm() {
  const current = stateInUrl();
  let next = withQuery(current, page.queryInput.value.trim(), page.form.elements.type.value);
  next = withFilter(next, 'dateFrom', page.dateFrom.value);
  next = withFilter(next, 'dateTo', page.dateTo.value);
  goTo(next);
}

function followSearchLink(event) {
  const link = event.target.closest('a[data-search-link]');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // The clicked link is about to be replaced; without a successor, focus goes to the results heading.
  focusKeyAfterRender = link.dataset.focusKey ?? '';
  goTo(readSearchState(new URL(link.href).search));
  if (link.closest('.pagination')) page.resultsHeading.scrollIntoView({ block: 'start' });
}

function focusSearchBoxOnSlash(event) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  event.preventDefault();
  page.queryInput.focus();
  page.queryInput.select();
}

page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  searchFromForm();
});
page.form.addEventListener('change', (event) => {
  if (event.target.name === 'type') searchFromForm();
});
for (const dateInput of [page.dateFrom, page.dateTo]) {
  dateInput.addEventListener('change', () => {
    limitDateRange();
    if (page.form.reportValidity()) searchFromForm();
  });
}
/** On narrow screens the filters fold away above the results; on wide ones they are always open. */
function foldFiltersOnNarrowScreens(narrowScreen) {
  page.filtersDisclosure.open = !narrowScreen.matches;
}

const narrowScreen = window.matchMedia('(max-width: 56rem)');
foldFiltersOnNarrowScreens(narrowScreen);
narrowScreen.addEventListener('change', foldFiltersOnNarrowScreens);
document.addEventListener('click', followSearchLink);
document.addEventListener('keydown', focusSearchBoxOnSlash);
window.addEventListener('popstate', () => showSearch(stateInUrl()));

showSearch(stateInUrl());
showWatched(page.watched);
