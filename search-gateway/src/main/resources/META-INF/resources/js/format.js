/** How domain values (languages, roles, countries, dates, counts) are shown to people. */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const numberFormat = new Intl.NumberFormat('en');
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

const ROLE_LABELS = {
  president: 'President',
  speaker: 'Speaker',
  'secretary-general': 'Secretary-General',
  other: 'Other',
};

/** "zh" → "Chinese"; unknown codes are shown as they are. */
export function languageName(code) {
  if (!code) return '';
  try {
    return languageNames.of(code);
  } catch {
    return code;
  }
}

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? role ?? '';
}

/** "DEU" and "德国" → "DEU · 德国"; either part may be missing. */
export function countryLabel(code, name) {
  if (code && name && name !== code) return `${code} · ${name}`;
  return code || name || '';
}

/** "2019-06-28" → "28 June 2019"; anything unparseable is returned unchanged. */
export function formatDate(isoDate) {
  if (!isoDate) return '';
  const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? isoDate : dateFormat.format(parsed);
}

/** An ISO timestamp in the reader's time zone. */
export function formatDateTime(isoTimestamp) {
  if (!isoTimestamp) return '';
  const parsed = new Date(isoTimestamp);
  return Number.isNaN(parsed.getTime()) ? isoTimestamp : dateTimeFormat.format(parsed);
}

/** "3 minutes ago", for timestamps in the past. */
export function formatTimeAgo(isoTimestamp, now = Date.now()) {
  const seconds = Math.round((now - new Date(isoTimestamp).getTime()) / 1000);
  if (Number.isNaN(seconds)) return '';
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return plural(Math.floor(seconds / 60), 'minute') + ' ago';
  if (seconds < 86400) return plural(Math.floor(seconds / 3600), 'hour') + ' ago';
  return plural(Math.floor(seconds / 86400), 'day') + ' ago';
}

export function formatCount(count) {
  return typeof count === 'number' ? numberFormat.format(count) : '—';
}

/** plural(1, 'result') → "1 result"; plural(3, 'result') → "3 results". */
export function plural(count, noun) {
  return `${formatCount(count)} ${count === 1 ? noun : noun + 's'}`;
}
