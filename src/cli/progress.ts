// A one-line progress bar for terminals (nothing at all when stderr is not a terminal), with the rate
// and the time left at that rate.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return { tick: () => {}, done: () => {} };
  let count = 0;
  const width = 30;
  const started = performance.now();
  return {
    tick(label) {
      count += 1;
      const filled = Math.round((count / total) * width);
      const name = label.length > 30 ? `…${label.slice(-29)}` : label;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${rateAndEta(count, total, performance.now() - started)} ${name}\x1b[K`);
    },
    done() { stream.write('\r\x1b[K'); },
  };
}

/** "12.5 docs/s, ETA 3m20s" after `done` of `total` in `elapsedMs`. */
export function rateAndEta(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  if (rate === 0) return '';
  const left = Math.round((total - done) / rate);
  const eta = left >= 3600 ? `${Math.floor(left / 3600)}h${String(Math.floor((left % 3600) / 60)).padStart(2, '0')}m`
    : left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
  return `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} docs/s, ETA ${eta}`;
}
