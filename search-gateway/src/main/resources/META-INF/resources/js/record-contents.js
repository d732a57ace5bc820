/** The side list of a record's speech turns and votes, each a link to its place in the proceedings. */
import { el } from './dom.js';
import { eventLabel, speechAnchorId } from './record-proceedings.js';

export function renderRecordContents(speeches, events, recordLanguage) {
  const votes = events.map((event, index) => ({ event, index })).filter(({ event }) => event.vote);
  if (speeches.length === 0 && votes.length === 0) return null;
  return el('nav', { class: 'record-contents', 'aria-labelledby': 'contents-title' },
    el('h2', { id: 'contents-title' }, 'In this meeting'),
    speeches.length > 0 ? el('ol', { class: 'contents-speeches' }, speeches.map((speech) => el('li', {},
      el('a', { href: `#${speechAnchorId(speech.seq)}`, 'data-seq': speech.seq },
        el('span', { dir: 'auto', lang: recordLanguage }, speech.speaker || 'Unnamed speaker'),
        speech.country ? el('span', { class: 'country-code' }, ` ${speech.country}`) : null)))) : null,
    votes.length > 0 ? [
      el('h3', {}, 'Recorded votes'),
      el('ul', { class: 'contents-votes' }, votes.map(({ event, index }) => el('li', {},
        el('a', { href: `#event-${index}` }, event.vote.draft || eventLabel(event))))),
    ] : null);
}
