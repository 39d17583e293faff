/** Lines of streamed text with their 1-based numbers; holds at most one line beyond the current chunk. */
export async function* numberedLines(chunks: AsyncIterable<string>): AsyncIterable<{ line: string; number: number }> {
  let carry = '';
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    const text = carry + chunk;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      number++;
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      yield { line, number };
      start = end + 1;
    }
    carry = text.slice(start);
  }
  if (carry !== '') yield { line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, number: number + 1 };
}
