/** The list of search hits, the summary line above it and the message when nothing matched. */
import { renderCountry } from './country.js';
import { appendHighlightedSnippet, el, joinPresent } from './dom.js';
import { formatDate, languageName, plural, roleLabel } from './format.js';
import { hasFilters } from './search-state.js';

/** Where a hit opens: the record, scrolled to the speech turn when the hit is a speech. */
export function documentHref(hit) {
  const base = `document.html?id=${encodeURIComponent(hit.documentId)}`;
  return hit.type === 'speech' && hit.seq !== null && hit.seq !== undefined ? `${base}#speech-${hit.seq}` : base;
}

export function renderHitList(hits, firstPosition) {
  return el('ol', { class: 'hit-list', start: firstPosition }, hits.map((hit) => el('li', {}, renderHit(hit))));
}

function renderHit(hit) {
  const isSpeech = hit.type === 'speech';
  return el('article', { class: `hit hit-${isSpeech ? 'speech' : 'document'}` },
    el('header', { class: 'hit-header' },
      el('h3', { class: 'hit-title' }, el('a', { href: documentHref(hit) }, hit.symbol || hit.documentId)),
      el('span', { class: 'badge' }, isSpeech ? 'Speech' : 'Document'),
      hit.language ? el('span', { class: 'badge badge-language' }, languageName(hit.language)) : null),
    hit.title ? el('p', { class: 'hit-subtitle', dir: 'auto', lang: hit.language }, hit.title) : null,
    renderRecordLine(hit),
    isSpeech ? renderSpeakerLine(hit) : null,
    hit.snippet ? appendHighlightedSnippet(el('p', { class: 'hit-snippet', dir: 'auto', lang: hit.language }), hit.snippet) : null);
}

function renderRecordLine(hit) {
  return el('p', { class: 'hit-meta' }, joinPresent([
    hit.date ? el('time', { datetime: hit.date }, formatDate(hit.date)) : null,
    hit.body ? el('span', {}, hit.body) : null,
    hit.meetingNumber ? `Meeting ${hit.meetingNumber}` : null,
    hit.page ? `Page ${hit.page}` : null,
  ], ' · '));
}

function renderSpeakerLine(hit) {
  return el('p', { class: 'hit-speaker' }, joinPresent([
    hit.speaker ? el('strong', { dir: 'auto', lang: hit.language }, hit.speaker) : null,
    hit.role ? el('span', { class: 'role' }, roleLabel(hit.role)) : null,
    renderCountry(hit.country, hit.countryName, hit.language),
    hit.spokenLanguage ? `Spoke in ${languageName(hit.spokenLanguage)}` : null,
  ], ' · '));
}

/** "Results 21–40 of 123 for “x” · 12 ms". */
export function renderResultSummary(result, state) {
  const first = result.from + 1;
  const last = result.from + result.hits.length;
  const range = result.hits.length > 0 ? `${first}–${last} of ` : '';
  const what = state.q
    ? [`${range}${plural(result.total, 'result')} for `, el('strong', { dir: 'auto' }, state.q)]
    : [`${range}${plural(result.total, 'record')}, newest first`];
  return el('p', { class: 'result-summary' }, what,
    typeof result.tookMs === 'number' ? el('span', { class: 'took' }, ` · ${result.tookMs} ms`) : null);
}

export function renderNoResults(state) {
  return el('div', { class: 'notice notice-empty' },
    el('h2', {}, state.q ? ['No results for ', el('strong', { dir: 'auto' }, state.q)] : 'No records to show'),
    el('ul', {},
      hasFilters(state) ? el('li', {}, 'Remove some filters (the chips above) to widen the search.') : null,
      state.q ? el('li', {}, 'Check the spelling.') : null,
      state.q.includes('"') ? el('li', {}, 'Drop the quotes to match the words in any order.') : null,
      el('li', {}, 'Records exist in six languages: search in the language of the record, e.g. 消极安全保证 for Chinese records.')));
}
