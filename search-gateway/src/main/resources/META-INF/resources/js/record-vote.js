/** A recorded vote: the three counts, a bar showing their shares, and who voted how. */
import { el } from './dom.js';
import { formatCount } from './format.js';

const SIDES = [
  { key: 'inFavour', label: 'In favour', className: 'vote-in-favour' },
  { key: 'against', label: 'Against', className: 'vote-against' },
  { key: 'abstaining', label: 'Abstaining', className: 'vote-abstaining' },
];

export function renderVote(vote) {
  const counted = SIDES.map((side) => ({ ...side, countries: vote[side.key] ?? [] }));
  const total = counted.reduce((sum, side) => sum + side.countries.length, 0);
  return el('div', { class: 'vote' },
    vote.draft ? el('p', { class: 'vote-draft' }, 'Recorded vote on ', el('strong', {}, vote.draft)) : el('p', { class: 'vote-draft' }, 'Recorded vote'),
    el('dl', { class: 'vote-counts' }, counted.map((side) => el('div', { class: side.className },
      el('dt', {}, side.label), el('dd', {}, formatCount(side.countries.length))))),
    total > 0 ? renderShareBar(counted, total) : null,
    el('div', { class: 'vote-lists' }, counted.filter((side) => side.countries.length > 0).map(renderCountryList)));
}

function renderShareBar(counted, total) {
  return el('div', { class: 'vote-bar', 'aria-hidden': 'true' }, counted.map((side) =>
    el('span', { class: side.className, style: `flex-grow: ${side.countries.length / total}` })));
}

function renderCountryList(side) {
  return el('section', { class: `vote-list ${side.className}` },
    el('h4', {}, `${side.label} (${formatCount(side.countries.length)})`),
    el('ul', { class: 'country-codes' }, side.countries.map((country) => el('li', {},
      el('abbr', { title: country.name || null }, country.code || country.name)))));
}
