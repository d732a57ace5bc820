/** The ops page's picture of the pipeline: counts, consumer lag, dead letters and topic offsets. */
import { el } from './dom.js';
import { formatCount, formatDateTime, formatTimeAgo } from './format.js';

/** @param {object} status the body of GET /api/ops/pipeline */
export function renderPipelineStatus(status) {
  return [
    renderCounts(status),
    renderTableSection('Consumer lag', 'Messages each consumer group still has to process.',
      ['Consumer group', 'Topic', 'Lag'], status.consumerGroups ?? [],
      (group) => [group.group, group.topic, renderLevel(group.lag, 'caught up', 'behind')],
      'No consumer groups reported.'),
    renderTableSection('Dead letters', 'Records that failed and were parked with the reason.',
      ['Dead-letter topic', 'Records'], status.deadLetters ?? [],
      (topic) => [topic.topic, renderLevel(topic.count, 'none', 'to inspect')],
      'No dead-letter topics reported.'),
    renderTableSection('Topics', 'How many records have been written to each topic.',
      ['Topic', 'End offset'], status.topics ?? [],
      (topic) => [topic.topic, el('span', { class: 'number' }, formatCount(topic.endOffset))],
      'No topics reported.'),
  ];
}

function renderCounts(status) {
  return el('section', { class: 'ops-counts', 'aria-label': 'Index totals' },
    renderCount('Documents indexed', formatCount(status.documents)),
    renderCount('Speech turns indexed', formatCount(status.speeches)),
    renderCount('Last indexed', status.lastIndexedAt ? formatTimeAgo(status.lastIndexedAt) : 'never',
      status.lastIndexedAt ? el('time', { datetime: status.lastIndexedAt }, formatDateTime(status.lastIndexedAt)) : null));
}

function renderCount(label, value, detail = null) {
  return el('div', { class: 'ops-count' },
    el('p', { class: 'ops-count-label' }, label),
    el('p', { class: 'ops-count-value' }, value),
    detail ? el('p', { class: 'ops-count-detail' }, detail) : null);
}

/** A number that is good at zero: "0 · caught up" in green, "12 · behind" in amber. */
function renderLevel(value, zeroText, nonZeroText) {
  const isZero = value === 0;
  return el('span', { class: `level ${isZero ? 'level-ok' : 'level-warn'}` },
    el('span', { class: 'number' }, formatCount(value)), ` ${isZero ? zeroText : nonZeroText}`);
}

function renderTableSection(title, description, headings, rows, cellsOf, emptyText) {
  const id = `ops-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return el('section', { class: 'ops-section', 'aria-labelledby': id },
    el('h2', { id }, title),
    el('p', { class: 'ops-description' }, description),
    rows.length === 0 ? el('p', { class: 'muted' }, emptyText) : el('div', { class: 'table-scroll' },
      el('table', {},
        el('thead', {}, el('tr', {}, headings.map((heading) => el('th', { scope: 'col' }, heading)))),
        el('tbody', {}, rows.map((row) => el('tr', {}, cellsOf(row).map((cell) => el('td', {}, cell))))))));
}
