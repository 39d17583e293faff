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
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write('\r' + text.slice(0, width).padEnd(width));
      shown = true;
    },
    done() {
      if (shown) stream.write('\r' + ' '.repeat(Math.max(20, (stream.columns || 80) - 1)) + '\r');
    },
  };
}

const BAR_WIDTH = 20;

/** `[#####...............] ` for done out of total; nothing when there is only one thing to do. */
export function bar(done: number, total: number): string {
  if (total <= 1) return '';
  const filled = Math.round((BAR_WIDTH * Math.min(done, total)) / total);
  return '[' + '#'.repeat(filled) + '.'.repeat(BAR_WIDTH - filled) + '] ';
}
