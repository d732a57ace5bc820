/** The top of a meeting record: symbol, facts (body, date, president…), notices and agenda. */
import { renderCountry } from './country.js';
import { el, joinPresent } from './dom.js';
import { formatCount, formatDate, languageName, plural } from './format.js';

/**
 * @param {object} record the "document" object of GET /api/documents/{id}
 * @param {{backHref: string, searchWithinHref: string}} links
 */
export function renderRecordHeader(record, links) {
  return el('header', { class: 'record-header' },
    el('p', { class: 'eyebrow' }, joinPresent([record.body, record.meetingNumber ? `Meeting ${record.meetingNumber}` : null], ' · ')),
    el('h1', { class: 'record-symbol' }, record.symbol || record.recordId),
    record.title ? el('p', { class: 'record-title', dir: 'auto', lang: record.language }, record.title) : null,
    renderRecordFacts(record, links),
    el('p', { class: 'record-actions' },
      el('a', { href: links.backHref }, '← Back to search'),
      el('a', { href: links.searchWithinHref }, 'Search within this record')));
}

function renderRecordFacts(record, links = {}) {
  const facts = [
    ['Body', record.body],
    ['Meeting', record.meetingNumber],
    ['Date', record.date ? el('time', { datetime: record.date }, formatDate(record.date)) : null],
    ['Time', timeRange(record.startTime, record.endTime)],
    ['Place', record.place ? el('span', { dir: 'auto', lang: record.language }, record.place) : null],
    ['President', renderPresident(record.president, record.language)],
    ['Language', record.language ? languageName(record.language) : null],
    ['Job number', record.jobNumber],
    ['Pages', record.pageCount ? formatCount(record.pageCount) : null],
    ['File', record.fileName && links.fileHref ? el('a', { href: links.fileHref }, record.fileName) : record.fileName],
    ['Other languages', renderVersions(links.versions ?? [])],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', { class: 'record-facts' },
    facts.map(([term, value]) => el('div', {}, el('dt', {}, term), el('dd', {}, value))));
}

/** The same meeting in its other languages, each a link to its record page. */
function renderVersions(versions) {
  if (versions.length === 0) return null;
  return el('span', { class: 'record-versions' }, versions.flatMap((version, i) => [
    i > 0 ? ' · ' : '',
    el('a', { href: `document.html?id=${encodeURIComponent(version.documentId)}`, lang: version.language },
      version.language ? languageName(version.language) : version.documentId),
  ]));
}

function timeRange(startTime, endTime) {
  if (startTime && endTime) return `${startTime} – ${endTime}`;
  if (startTime) return `from ${startTime}`;
  return endTime ? `until ${endTime}` : null;
}

function renderPresident(president, recordLanguage) {
  if (!president?.name) return null;
  return el('span', {},
    el('span', { dir: 'auto', lang: recordLanguage }, president.name),
    president.country || president.countryName ? [' (', renderCountry(president.country, president.countryName, recordLanguage), ')'] : null);
}

/** Notices a reader should see before trusting the text: no text layer, parser warnings. */
export function renderRecordNotices(record) {
  const notices = [];
  if (record.hasTextLayer === false) {
    notices.push(el('div', { class: 'notice notice-warning', role: 'note' },
      el('p', {}, el('strong', {}, 'This PDF has no text layer. '),
        'The text below was not extracted from the original file and may be missing or incomplete; check the PDF before quoting.')));
  }
  const warnings = record.warnings ?? [];
  if (warnings.length > 0) {
    notices.push(el('details', { class: 'notice notice-info' },
      el('summary', {}, `The parser reported ${plural(warnings.length, 'warning')} for this record`),
      el('ul', {}, warnings.map((warning) => el('li', {}, typeof warning === 'string' ? warning : JSON.stringify(warning))))));
  }
  return notices;
}

export function renderAgenda(agenda, recordLanguage) {
  if (!agenda?.length) return null;
  return el('section', { class: 'agenda', 'aria-labelledby': 'agenda-title' },
    el('h2', { id: 'agenda-title' }, 'Agenda'),
    el('ol', { class: 'agenda-items' }, agenda.map((entry) => el('li', {},
      entry.item ? el('span', { class: 'agenda-number' }, `Item ${entry.item}`) : null,
      el('span', { dir: 'auto', lang: recordLanguage }, entry.title),
      entry.continued ? el('span', { class: 'agenda-continued' }, ' (continued)') : null))));
}
