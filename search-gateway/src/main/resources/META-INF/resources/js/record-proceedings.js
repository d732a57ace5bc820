/**
 * The proceedings of a meeting in order: speech turns, with procedural events (suspensions,
 * decisions, recorded votes) placed after the turn they followed.
 */
import { fetchParallelTurns } from './api.js';
import { renderCountry } from './country.js';
import { el, joinPresent } from './dom.js';
import { formatCount, languageName, roleLabel } from './format.js';
import { renderVote } from './record-vote.js';

export function speechAnchorId(seq) {
  return `speech-${seq}`;
}

/** Speeches and events merged in meeting order; events without afterSeq open the meeting. */
export function orderProceedings(speeches, events) {
  const items = [
    ...speeches.map((speech) => ({ kind: 'speech', position: speech.seq, value: speech })),
    ...events.map((event, index) => ({
      kind: 'event', position: (event.afterSeq ?? Number.NEGATIVE_INFINITY) + 0.5, index, value: event,
    })),
  ];
  return items.sort((a, b) => a.position - b.position);
}

/** @param pdfHref the record's PDF, to open at a turn's page (#page=N); null when there is none */
export function renderProceedings(speeches, events, recordLanguage, pdfHref = null, documentId = null) {
  const items = orderProceedings(speeches, events);
  return el('section', { class: 'proceedings', 'aria-labelledby': 'proceedings-title' },
    el('h2', { id: 'proceedings-title' }, `Proceedings (${formatCount(speeches.length)} speech turns)`),
    items.map((item) => (item.kind === 'speech'
      ? renderSpeechTurn(item.value, recordLanguage, pdfHref, documentId)
      : renderEvent(item.value, item.index, recordLanguage))));
}

function renderSpeechTurn(speech, recordLanguage, pdfHref, documentId) {
  const id = speechAnchorId(speech.seq);
  return el('article', { class: 'speech', id, tabindex: '-1', 'aria-labelledby': `${id}-speaker` },
    el('header', { class: 'speech-header' },
      el('h3', { id: `${id}-speaker`, class: 'speech-speaker' },
        el('span', { dir: 'auto', lang: recordLanguage }, speech.speaker || 'Unnamed speaker')),
      el('p', { class: 'speech-meta' }, joinPresent([
        speech.role ? el('span', { class: 'role' }, roleLabel(speech.role)) : null,
        renderCountry(speech.country, speech.countryName, recordLanguage),
        speech.spokenLanguage ? `Spoke in ${languageName(speech.spokenLanguage)}` : null,
        speech.page ? pageLink(speech.page, pdfHref) : null,
        speech.agendaItem ? `Agenda item ${speech.agendaItem}` : null,
      ], ' · ')),
      el('a', { class: 'speech-anchor', href: `#${id}`, 'aria-label': `Link to turn ${speech.seq}` }, `#${speech.seq}`),
      documentId ? renderOtherLanguages(documentId, speech.seq) : null),
    renderParagraphs(speech.text, recordLanguage, 'speech-text'));
}

/** A button that, when pressed, asks for the same turn in the other languages and becomes links to it. */
function renderOtherLanguages(documentId, seq) {
  const holder = el('span', { class: 'speech-languages' });
  const button = el('button', { type: 'button', class: 'link-button' }, 'Other languages');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const versions = await fetchParallelTurns(documentId, seq);
      const found = versions.filter((version) => version.seq !== null && version.seq !== undefined);
      const links = found.flatMap((version, i) => [i > 0 ? ' · ' : '', el('a', {
        href: `document.html?id=${encodeURIComponent(version.documentId)}#${speechAnchorId(version.seq)}`, lang: version.language,
      }, languageName(version.language))]);
      holder.replaceChildren(...(found.length === 0 ? ['No other language has this turn'] : links));
    } catch (error) {
      holder.replaceChildren(`Other languages: ${error.message}`);
    }
  });
  holder.append(button);
  return holder;
}

function pageLink(pageNumber, pdfHref) {
  return pdfHref ? el('a', { href: `${pdfHref}#page=${pageNumber}`, class: 'page-link' }, `Page ${pageNumber}`) : `Page ${pageNumber}`;
}

function renderEvent(event, index, recordLanguage) {
  const isVote = Boolean(event.vote);
  return el('section', { class: `event${isVote ? ' event-vote' : ''}`, id: `event-${index}`, 'aria-label': eventLabel(event) },
    el('p', { class: 'event-label' }, joinPresent([
      el('strong', {}, eventLabel(event)),
      event.time,
      event.page ? `Page ${event.page}` : null,
    ], ' · ')),
    event.text ? el('p', { class: 'event-text', dir: 'auto', lang: recordLanguage }, event.text) : null,
    isVote ? renderVote(event.vote) : null);
}

/** "recorded-vote" → "Recorded vote". */
export function eventLabel(event) {
  if (!event.type) return event.vote ? 'Vote' : 'Event';
  const words = String(event.type).replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Text whose paragraphs are separated by blank lines, as <p> elements in a container. */
export function renderParagraphs(text, recordLanguage, className) {
  const paragraphs = (text ?? '').split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return el('div', { class: className, lang: recordLanguage },
    paragraphs.map((paragraph) => el('p', { dir: 'auto' }, paragraph)));
}
