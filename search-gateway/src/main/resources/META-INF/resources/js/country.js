/** A country as shown next to a speaker: its code, then its name as the record writes it. */
import { el } from './dom.js';

/** "DEU 德国"; null when neither is known. */
export function renderCountry(code, name, recordLanguage) {
  if (!code && !name) return null;
  return el('span', { class: 'country' },
    code ? el('abbr', { class: 'country-code', title: name || null }, code) : null,
    code && name ? ' ' : null,
    name ? el('span', { dir: 'auto', lang: recordLanguage }, name) : null);
}
