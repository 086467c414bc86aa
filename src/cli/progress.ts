// A one-line progress bar for terminals (nothing at all when stderr is not a terminal).
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return { tick: () => {}, done: () => {} };
  let count = 0;
  const width = 30;
  return {
    tick(label) {
      count += 1;
      const filled = Math.round((count / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${name}\x1b[K`);
    },
    done() { stream.write('\r\x1b[K'); },
  };
}
