/** A JSON.parse error as one short reason, and the line it points at when the message gives a position. */
export function describeJsonError(err: unknown, text: string): { reason: string; line?: number } {
  const message = err instanceof Error ? err.message : String(err);
  const lineColumn = / \(line (\d+) column \d+\)/.exec(message);
  const position = / in JSON at position (\d+)/.exec(message);
  const reason = message.replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/, "[\s\S]*" is not valid JSON$/, '');
  if (lineColumn) return { reason, line: Number(lineColumn[1]) };
  if (position) {
    const end = Number(position[1]);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
    return { reason, line };
  }
  return { reason };
}
