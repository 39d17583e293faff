import nonLiteral from '../../lexicon/places/non-literal.json' with { type: 'json' };

const PORTFOLIO_TITLES = new Set(nonLiteral.portfolioTitles);
const TITLE_BEFORE = /(\p{Lu}\p{L}*) for (?:the )?$/u;

/** "Minister for the Middle East", "Special Envoy for Syria": a place named as an office's brief, right after the title and "for". */
export function isPortfolio(text: string, start: number): boolean {
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && PORTFOLIO_TITLES.has(before[1]);
}
