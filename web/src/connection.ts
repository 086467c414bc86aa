// "Server unreachable — retry": shown when a request gets no answer, polling the server until it
// answers again; then the banner goes away by itself and the page catches up (onBack).
import { checkHealth, onConnectionChange } from './api.js';
import { el, replaceChildren } from './dom.js';

const POLL_MS = 3_000;

export function setupConnectionBanner(banner: HTMLElement, onBack: () => void): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const retry = el('button', { attrs: { type: 'button' } }, 'Retry now');
  retry.addEventListener('click', () => void checkHealth().catch(() => undefined));
  replaceChildren(banner, el('strong', {}, 'Server unreachable'), ' — the page will retry every few seconds. ', retry);
  banner.hidden = true;

  onConnectionChange((reachable) => {
    banner.hidden = reachable;
    document.body.dataset.connection = reachable ? 'up' : 'down';
    if (!reachable) {
      timer ??= setInterval(() => void checkHealth().catch(() => undefined), POLL_MS);
      return;
    }
    clearInterval(timer);
    timer = undefined;
    onBack();
  });
}
