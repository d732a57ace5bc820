/**
 * The facet sidebar (values to filter by, with counts) and the chips that show the active
 * filters. Both are made of links to the search page, so every filter can be opened in a new tab;
 * the search page intercepts plain clicks on links marked data-search-link.
 */
import { el, joinPresent } from './dom.js';
import { countryLabel, formatCount, formatDate, languageName, roleLabel } from './format.js';
import { FACET_FIELDS, FILTER_FIELDS, searchPageHref, withFilter, withoutFilter } from './search-state.js';

const FILTER_TITLES = {
  language: 'Record language',
  country: 'Country',
  speaker: 'Speaker',
  spokenLanguage: 'Spoken language',
  body: 'Body',
  role: 'Role',
  agendaItem: 'Agenda item',
  symbol: 'Symbol',
  dateFrom: 'From',
  dateTo: 'To',
};
const VALUES_SHOWN_BEFORE_MORE = 8;

/** How one filter value reads: "zh" → "Chinese", "DEU" → "DEU · Germany". */
export function filterValueLabel(field, value, countryNames) {
  switch (field) {
    case 'language':
    case 'spokenLanguage':
      return languageName(value);
    case 'role':
      return roleLabel(value);
    case 'country':
      return countryLabel(value, countryNames.get(value));
    case 'agendaItem':
      return `Item ${value}`;
    case 'dateFrom':
    case 'dateTo':
      return formatDate(value);
    default:
      return value;
  }
}

/**
 * One section per facet that has values.
 * @param {Record<string, {value: string, count: number}[]>} facets from the search response
 * @param {Map<string, string>} countryNames country code → name, learnt from hits
 */
export function renderFacetSections(facets, state, countryNames) {
  return FACET_FIELDS
    .map((field) => renderFacetSection(field, facets?.[field] ?? [], state, countryNames))
    .filter(Boolean);
}

function renderFacetSection(field, buckets, state, countryNames) {
  const selected = state.filters[field];
  const values = selected && !buckets.some((bucket) => bucket.value === selected)
    ? [{ value: selected, count: null }, ...buckets]
    : buckets;
  if (values.length === 0) return null;

  const headingId = `facet-${field}`;
  const items = values.map((bucket, index) => el('li', { hidden: index >= VALUES_SHOWN_BEFORE_MORE },
    renderFacetValue(field, bucket, selected === bucket.value, state, countryNames)));
  const list = el('ul', { class: 'facet-values' }, items);
  return el('section', { class: 'facet', 'aria-labelledby': headingId },
    el('h3', { id: headingId, class: 'facet-title' }, FILTER_TITLES[field]),
    list,
    values.length > VALUES_SHOWN_BEFORE_MORE ? renderShowAllButton(list, values.length) : null);
}

function renderFacetValue(field, bucket, isSelected, state, countryNames) {
  const target = isSelected ? withoutFilter(state, field) : withFilter(state, field, bucket.value);
  return el('a', {
    class: 'facet-value',
    href: searchPageHref(target),
    'data-search-link': true,
    'data-focus-key': `${field}=${bucket.value}`,
    'aria-current': isSelected ? 'true' : null,
  },
  el('span', { class: 'facet-label', dir: 'auto' }, filterValueLabel(field, bucket.value, countryNames)),
  bucket.count === null ? null : el('span', { class: 'facet-count' }, formatCount(bucket.count)),
  el('span', { class: 'visually-hidden' }, isSelected ? ' (selected; select again to remove)' : ' results'));
}

function renderShowAllButton(list, valueCount) {
  const button = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' },
    `Show all ${valueCount}`);
  button.addEventListener('click', () => {
    const expand = button.getAttribute('aria-expanded') === 'false';
    list.querySelectorAll('li').forEach((item, index) => {
      item.hidden = !expand && index >= VALUES_SHOWN_BEFORE_MORE;
    });
    button.setAttribute('aria-expanded', String(expand));
    button.textContent = expand ? 'Show fewer' : `Show all ${valueCount}`;
  });
  return button;
}

/** The active filters as removable chips, or null when there are none. */
export function renderActiveFilterChips(state, countryNames) {
  const active = FILTER_FIELDS.filter((field) => state.filters[field]);
  if (active.length === 0) return null;
  const chips = active.map((field) => el('li', {}, renderChip(field, state, countryNames)));
  if (active.length > 1) {
    const cleared = { ...state, filters: {}, from: 0 };
    chips.push(el('li', {}, el('a', { class: 'chips-clear', href: searchPageHref(cleared), 'data-search-link': true },
      'Clear all filters')));
  }
  return el('ul', { class: 'chips', 'aria-label': 'Active filters' }, chips);
}

function renderChip(field, state, countryNames) {
  const label = filterValueLabel(field, state.filters[field], countryNames);
  return el('a', {
    class: 'chip',
    href: searchPageHref(withoutFilter(state, field)),
    'data-search-link': true,
    'aria-label': `Remove filter ${FILTER_TITLES[field]}: ${label}`,
  },
  joinPresent([el('span', { class: 'chip-field' }, `${FILTER_TITLES[field]}:`), el('span', { dir: 'auto' }, label)], ' '),
  el('span', { class: 'chip-remove', 'aria-hidden': 'true' }, '×'));
}
