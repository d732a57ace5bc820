/**
 * The ops page: shows GET /api/ops/pipeline and asks again every five seconds while the page is
 * visible and not paused. The next request starts only when the previous one has ended.
 */
import { fetchPipelineStatus } from './api.js';
import { el, errorNotice } from './dom.js';
import { renderPipelineStatus } from './pipeline-view.js';

const REFRESH_INTERVAL_MS = 5000;
const page = {
  view: document.getElementById('pipeline'),
  problem: document.getElementById('pipeline-problem'),
  updated: document.getElementById('pipeline-updated'),
  pauseButton: document.getElementById('pipeline-pause'),
};

let paused = false;
let refreshTimer = null;
let refreshing = false;

async function refresh() {
  if (refreshing) return;
  refreshing = true;
  clearTimeout(refreshTimer);
  refreshTimer = null;
  try {
    const status = await fetchPipelineStatus();
    page.view.classList.remove('is-stale');
    page.view.replaceChildren(...renderPipelineStatus(status));
    page.problem.replaceChildren();
    page.updated.textContent = `Updated at ${clockTime()}`;
  } catch (error) {
    page.updated.textContent = `Last checked at ${clockTime()}`;
    showProblem(error);
  } finally {
    refreshing = false;
  }
  scheduleRefresh();
}

function clockTime() {
  return new Date().toLocaleTimeString('en-GB');
}

/** Keeps the last good figures on screen, marked as stale, and says what went wrong. */
function showProblem(error) {
  if (error.isNotFound) {
    page.view.replaceChildren();
    page.problem.replaceChildren(el('div', { class: 'notice notice-info' },
      el('p', {}, el('strong', {}, 'The pipeline view is not available on this server yet. '),
        'This page keeps checking and will show it once the gateway offers it.')));
    return;
  }
  page.view.classList.add('is-stale');
  page.problem.replaceChildren(errorNotice(`Could not refresh the pipeline view: ${error.message}`));
}

function scheduleRefresh() {
  if (paused || document.hidden || refreshTimer !== null) return;
  refreshTimer = setTimeout(refresh, REFRESH_INTERVAL_MS);
}

function togglePause() {
  paused = !paused;
  page.pauseButton.setAttribute('aria-pressed', String(paused));
  page.pauseButton.textContent = paused ? 'Resume refreshing' : 'Pause refreshing';
  if (paused) {
    clearTimeout(refreshTimer);
    refreshTimer = null;
  } else {
    refresh();
  }
}

page.pauseButton.addEventListener('click', togglePause);
document.addEventListener('visibilitychange', () => {
  if (!document.hidden && !paused) refresh();
});
refresh();
