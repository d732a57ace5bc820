/**
 * The record page (document.html?id=ID): loads one meeting record and shows its facts, agenda
 * and proceedings; the speech turn named in the URL hash (#speech-SEQ) is scrolled to and marked.
 */
import { fetchMeetingRecord } from './api.js';
import { el, errorNotice } from './dom.js';
import { renderAgenda, renderRecordHeader, renderRecordNotices } from './record-metadata.js';
import { renderRecordContents } from './record-contents.js';
import { renderParagraphs, renderProceedings } from './record-proceedings.js';
import { readSearchState, searchPageHref, withFilter, withQuery } from './search-state.js';

const page = {
  record: document.getElementById('record'),
  contents: document.getElementById('record-contents'),
  status: document.getElementById('record-status'),
};

async function showRecord() {
  const documentId = new URLSearchParams(window.location.search).get('id');
  if (!documentId) {
    showFailure('No record was named in the address. Open a record from the search results.');
    return;
  }
  page.status.textContent = 'Loading the record…';
  try {
    const { document: record, speeches = [], versions = [] } = await fetchMeetingRecord(documentId);
    page.status.textContent = '';
    renderRecord(record, speeches, versions);
    markSpeechInHash();
  } catch (error) {
    showFailure(error.isNotFound
      ? `There is no record with id “${documentId}”. It may have been re-indexed; search for its symbol instead.`
      : error.message);
  }
}

function renderRecord(record, speeches, versions) {
  const events = record.events ?? [];
  document.title = `${record.symbol ?? record.recordId} · Verbatim`;
  const fileHref = record.sha256 ? `/api/documents/${encodeURIComponent(record.recordId)}/file` : null;
  const pdfHref = fileHref && /\.pdf$/i.test(record.fileName ?? '') ? fileHref : null;
  page.record.replaceChildren(
    renderRecordHeader(record, { backHref: backToSearchHref(), searchWithinHref: searchWithinHref(record), fileHref, versions }),
    ...renderRecordNotices(record),
    renderAgenda(record.agenda, record.language) ?? '',
    speeches.length > 0 || events.length > 0 ? renderProceedings(speeches, events, record.language, pdfHref, record.recordId) : '',
    renderFullText(record, speeches.length === 0) ?? '',
  );
  page.contents.replaceChildren(renderRecordContents(speeches, events, record.language) ?? '');
  page.contents.hidden = page.contents.childElementCount === 0;
}

/** The clean full text: shown when there are no speech turns, otherwise rendered on demand. */
function renderFullText(record, isOnlyText) {
  if (!record.text) return null;
  if (isOnlyText) {
    return el('section', { class: 'full-text', 'aria-labelledby': 'full-text-title' },
      el('h2', { id: 'full-text-title' }, 'Text'), renderParagraphs(record.text, record.language, 'speech-text'));
  }
  const details = el('details', { class: 'full-text' }, el('summary', {}, 'Full text of the record'));
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) {
      details.append(renderParagraphs(record.text, record.language, 'speech-text'));
    }
  });
  return details;
}

/** Back to the exact search the reader came from, when they came from one. */
function backToSearchHref() {
  if (!document.referrer) return 'index.html';
  const referrer = new URL(document.referrer);
  const isSearchPage = referrer.origin === window.location.origin
    && (referrer.pathname.endsWith('/') || referrer.pathname.endsWith('/index.html'));
  return isSearchPage ? referrer.href : 'index.html';
}

/** The speeches of this record only; a symbol exists in six languages, so the language is kept too. */
function searchWithinHref(record) {
  const speechesOnly = withQuery(readSearchState(''), '', 'speeches');
  return searchPageHref(withFilter(withFilter(speechesOnly, 'symbol', record.symbol), 'language', record.language));
}

function markSpeechInHash() {
  for (const marked of document.querySelectorAll('.is-current')) marked.classList.remove('is-current');
  const targetId = decodeURIComponent(window.location.hash.slice(1));
  const target = targetId ? document.getElementById(targetId) : null;
  if (!target) return;
  target.classList.add('is-current');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function showFailure(message) {
  page.status.textContent = '';
  page.contents.hidden = true;
  page.record.replaceChildren(errorNotice(message, el('p', {}, el('a', { href: backToSearchHref() }, '← Back to search'))));
}

window.addEventListener('hashchange', markSpeechInHash);
showRecord();
