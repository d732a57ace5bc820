/**
 * Watched searches: "Watch this search" saves the search as an alert, and the panel lists each new
 * matching speech turn as it is indexed (server-sent events from /api/alerts/{id}/events). The alerts a
 * browser watches are remembered in localStorage with their secrets, which "Stop watching" needs to delete them.
 */
import { deleteAlert, saveAlert } from './api.js';
import { el } from './dom.js';

const STORAGE_KEY = 'verbatim.watched';
const MAX_SHOWN = 20;
let openStreams = [];

function watched() {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
}

function remember(alerts) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(alerts));
}

/** The button that saves the current search; only a search with words can be watched. */
export function renderWatchButton(state, panel) {
  if (!state.q) return null;
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([field, value]) => value && !field.startsWith('date')));
  const button = el('button', { type: 'button', class: 'link-button watch-button' }, 'Watch this search');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const answer = await saveAlert(state.q, filters);
      remember([...watched(), { id: answer.id, query: state.q, secret: answer.secret }]);
      button.textContent = 'Watching: new matches appear below as they are indexed';
      showWatched(panel);
    } catch (error) {
      button.disabled = false;
      button.textContent = `Could not watch this search: ${error.message}`;
    }
  });
  return button;
}

/** Opens an event stream for every watched search and lists what arrives, newest first. */
export function showWatched(panel) {
  openStreams.forEach((stream) => stream.close());
  openStreams = [];
  const alerts = watched();
  panel.hidden = alerts.length === 0;
  if (alerts.length === 0) {
    panel.replaceChildren();
    return;
  }
  const list = el('ol', { class: 'watch-list' });
  const searches = el('ul', { class: 'watched-searches' }, alerts.map((alert) => el('li', {}, `“${alert.query}” `,
    stopButton(alert, panel))));
  panel.replaceChildren(el('h2', { class: 'facet-title' }, 'New in watched searches'), searches, list);
  for (const alert of alerts) {
    const stream = new EventSource(`/api/alerts/${encodeURIComponent(alert.id)}/events`);
    openStreams.push(stream);
    stream.onmessage = (message) => {
      const match = JSON.parse(message.data);
      for (const turn of match.turns ?? []) {
        list.prepend(el('li', {},
          el('a', { href: `document.html?id=${encodeURIComponent(turn.documentId)}#speech-${turn.seq}` },
            `${turn.symbol ?? match.symbol}: ${turn.speaker ?? 'a speaker'}`),
          ` (“${alert.query}”)`));
      }
      while (list.childElementCount > MAX_SHOWN) list.lastElementChild.remove();
    };
    stream.onerror = () => {
      if (stream.readyState === EventSource.CLOSED) {
        remember(watched().filter((kept) => kept.id !== alert.id));
      }
    };
  }
}

/** Deletes the alert on the server (a watch saved before secrets were kept is only forgotten here). */
function stopButton(alert, panel) {
  const button = el('button', { type: 'button', class: 'link-button stop-watching' }, 'Stop watching');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (alert.secret) await deleteAlert(alert.id, alert.secret);
      remember(watched().filter((kept) => kept.id !== alert.id));
      showWatched(panel);
    } catch (error) {
      button.disabled = false;
      button.textContent = `Could not stop watching: ${error.message}`;
    }
  });
  return button;
}
