// Lists the PolNeAR gold attributions the quote extractor misses, each with a class, then counts per class
// and per cue: node dist/scripts/quote-misses.js SPLIT_DIR [LIMIT] > misses.tsv (the summary goes to stderr).
import { loadPolnear, matchAttributions, overlap, predictAttributions, type Ranges } from '../src/eval/quotes.js';
import { ACCORDING_CUES, PHRASE_CUES, PREP_NOUNS, THAT_NOUNS, TO_NOUNS, VERB_FRAME } from '../src/extract/quotes/lexicon.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: quote-misses SPLIT_DIR [LIMIT]\n');
  process.exit(1);
}
const limit = process.argv[3] ? Number(process.argv[3]) : Infinity;

const textOf = (text: string, ranges: Ranges | null | undefined) => (ranges ?? []).map(([s, e]) => text.slice(s, e)).join(' … ').replace(/\s+/g, ' ');

/** Whether the lexicon knows the cue: one of its words is a reporting verb or noun, or it holds a listed phrase. */
function knownCue(cue: string): boolean {
  const words = cue.toLowerCase().split(/[^\p{L}’'-]+/u).filter(Boolean);
  if (words.some((w) => VERB_FRAME.has(w) || THAT_NOUNS.has(w) || TO_NOUNS.has(w) || PREP_NOUNS.has(w))) return true;
  const joined = ' ' + words.join(' ') + ' ';
  for (const table of [PHRASE_CUES, ACCORDING_CUES]) {
    for (const phrases of table.values()) if (phrases.some((p) => joined.includes(' ' + p.join(' ') + ' '))) return true;
  }
  return false;
}

/** Share of the content's letters inside quotation marks. */
function quotedShare(text: string, ranges: Ranges): number {
  let inside = 0;
  let letters = 0;
  for (const [s, e] of ranges) {
    for (let i = s; i < e; i++) {
      if (!/\p{L}/u.test(text[i])) continue;
      letters++;
      const before = text.slice(Math.max(0, i - 400), i);
      const opens = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
      if (/“[^”]*$/.test(before) || (opens % 2 === 1 && !before.includes('“'))) inside++;
    }
  }
  return letters === 0 ? 0 : inside / letters;
}

const classes = new Map<string, number>();
const cues = new Map<string, number>();
let gold = 0;
let predictedCount = 0;
for (const document of loadPolnear(dir, limit)) {
  const text = document.article.text;
  const predicted = predictAttributions(document.article);
  const matches = matchAttributions(document.attributions, predicted);
  const matchedGold = new Set(matches.map((m) => m.g));
  const matchedPredicted = new Set(matches.map((m) => m.p));
  gold += document.attributions.length;
  predictedCount += predicted.length;
  predicted.forEach((p, pi) => {
    if (matchedPredicted.has(pi)) {
      process.stdout.write([document.article.id, 'TP', p.cue ? text.slice(...p.cue) : '', p.speakerName ?? '', 0, textOf(text, p.content), '', '', ''].join('\t') + '\n');
      return;
    }
    const start = p.content[0][0];
    const context = text.slice(Math.max(0, start - 100), Math.min(text.length, p.content[p.content.length - 1][1] + 20)).replace(/\s+/g, ' ');
    process.stdout.write([document.article.id, 'FP', p.cue ? text.slice(...p.cue) : '', p.speakerName ?? '', 0, textOf(text, p.content), context, '', ''].join('\t') + '\n');
  });
  document.attributions.forEach((g, gi) => {
    if (matchedGold.has(gi)) return;
    const cue = textOf(text, g.cue);
    const host = predicted.find((p, pi) => matchedPredicted.has(pi) && overlap(p.content, g.content) > 0);
    const merged = host !== undefined;
    const direct = quotedShare(text, g.content) >= 2 / 3;
    const words = textOf(text, g.content).split(' ').length;
    let kind: string;
    if (merged) kind = 'merged';
    else if (!knownCue(cue)) kind = 'unknown-cue';
    else kind = 'known-cue';
    const label = `${kind}${direct ? '+direct' : ''}${g.source ? '' : '+nosource'}`;
    classes.set(label, (classes.get(label) ?? 0) + 1);
    const cueKey = `${kind === 'unknown-cue' ? 'U' : 'K'} ${cue.toLowerCase()}`;
    cues.set(cueKey, (cues.get(cueKey) ?? 0) + 1);
    const start = Math.min(...g.content.map(([s]) => s), ...(g.cue ?? []).map(([s]) => s), ...(g.source ?? []).map(([s]) => s));
    const end = Math.max(...g.content.map(([, e]) => e), ...(g.cue ?? []).map(([, e]) => e), ...(g.source ?? []).map(([, e]) => e));
    const context = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 20)).replace(/\s+/g, ' ');
    const near = predicted
      .filter((p) => p.content.some(([s, e]) => e > start - 300 && s < end + 300))
      .map((p) => `[${p.speakerName ?? '-'}] ${textOf(text, p.content)}`)
      .join(' ## ');
    process.stdout.write([document.article.id, label, cue, textOf(text, g.source), words, textOf(text, g.content), context, host ? textOf(text, host.content) : '', near].join('\t') + '\n');
  });
}
const missed = [...classes.values()].reduce((a, b) => a + b, 0);
const matchedCount = gold - missed;
const precision = matchedCount / predictedCount;
const recall = matchedCount / gold;
process.stderr.write(`gold ${gold}, predicted ${predictedCount}, missed ${missed}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}\n`);
for (const [label, n] of [...classes].sort((a, b) => b[1] - a[1])) process.stderr.write(`${String(n).padStart(5)}  ${label}\n`);
process.stderr.write('\ncues of missed attributions (U: not in the lexicon, K: known)\n');
for (const [cue, n] of [...cues].sort((a, b) => b[1] - a[1]).slice(0, 80)) process.stderr.write(`${String(n).padStart(5)}  ${cue}\n`);
