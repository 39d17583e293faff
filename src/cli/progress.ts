/** A one-line progress display on a terminal's stderr; silent when stderr is not a terminal. */
export interface ProgressLine {
  update(text: string): void;
  done(): void;
}

export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  if (!stream.isTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(text) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write('\r' + text.slice(0, width).padEnd(width));
      shown = true;
    },
    done() {
      if (shown) stream.write('\r' + ' '.repeat(Math.max(20, (stream.columns ?? 80) - 1)) + '\r');
    },
  };
}

const SPINNER_WIDTH = 20;

export function bar(done: number, total: number | undefined): string {
  if (!total) return '';
  const filled = Math.round((SPINNER_WIDTH * Math.min(done, total)) / total);
  return '[' + '#'.repeat(filled) + '.'.repeat(SPINNER_WIDTH - filled) + '] ';
}
