/** Previous / next and page-number links for a result list. */
import { el } from './dom.js';

/** Search engines refuse to page past this many hits (Elasticsearch's max_result_window). */
const DEEPEST_REACHABLE_HIT = 10000;
const PAGES_EACH_SIDE = 2;

/**
 * @param {{total: number, from: number, size: number}} page
 * @param {(from: number) => string} hrefForFrom link to the page starting at that hit
 * @returns {HTMLElement|null} null when everything fits on one page
 */
export function renderPagination({ total, from, size }, hrefForFrom) {
  const pageCount = Math.ceil(Math.min(total, DEEPEST_REACHABLE_HIT) / size);
  if (pageCount <= 1) return null;
  const current = Math.floor(from / size) + 1;
  const linkTo = (page, label, attributes = {}) =>
    el('a', { href: hrefForFrom((page - 1) * size), 'data-search-link': true, ...attributes }, label);

  const items = [
    current > 1 ? linkTo(current - 1, '← Previous', { rel: 'prev', class: 'page-step' }) : el('span', { class: 'page-step', 'aria-disabled': 'true' }, '← Previous'),
    ...visiblePageNumbers(current, pageCount).map((page) => {
      if (page === null) return el('span', { class: 'page-gap', 'aria-hidden': 'true' }, '…');
      return page === current
        ? el('a', { href: hrefForFrom((page - 1) * size), 'aria-current': 'page', 'aria-label': `Page ${page}, current page` }, String(page))
        : linkTo(page, String(page), { 'aria-label': `Page ${page}` });
    }),
    current < pageCount ? linkTo(current + 1, 'Next →', { rel: 'next', class: 'page-step' }) : el('span', { class: 'page-step', 'aria-disabled': 'true' }, 'Next →'),
  ];
  return el('nav', { class: 'pagination', 'aria-label': 'Result pages' },
    el('ul', {}, items.map((item) => el('li', {}, item))));
}

/** 1 … 4 5 [6] 7 8 … 20: first, last and a window around the current page; null marks a gap. */
export function visiblePageNumbers(current, pageCount) {
  const pages = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const nearCurrent = Math.abs(page - current) <= PAGES_EACH_SIDE;
    if (page === 1 || page === pageCount || nearCurrent) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
