import type { Candidate } from '../../gazetteer/index.js';
import { AUXILIARIES, GOVERNMENT_SEATS, GOVERNMENT_VERBS, POSSESSED_NOUNS, type GovernmentSeat } from './lexicon.js';
import { placeGazetteer } from './lookup.js';
import type { PlaceMention } from './mention.js';
import { withoutPossessive } from '../possessive.js';
import type { TokenView } from './token-view.js';

export interface Government {
  name: string;
  country: string; // ISO3
  sector: string;
}

/** Whether the words after token `last` make the name an actor: "X said", "X has warned", "X's decision". */
export function actsAsGovernment(view: TokenView, last: number): boolean {
  if (view.isPossessive(last)) return POSSESSED_NOUNS.some((noun) => view.phraseAt(last + 1, noun));
  let i = last + 1;
  for (let step = 0; step < 2; step++) {
    const aux = AUXILIARIES.find((a) => view.phraseAt(i, a));
    if (!aux) break;
    i += aux.length;
  }
  return GOVERNMENT_VERBS.has(view.lower(i));
}

/** The government a country or its capital stands for when used as an actor. */
export function governmentOf(place: Candidate): Government | undefined {
  if (place.featureType !== 'country' && place.featureCode !== 'PPLC') return undefined;
  const country = placeGazetteer().countryByCode(place.country);
  if (!country) return undefined;
  return { name: `Government of ${withArticle(country.name)}`, country: country.iso3, sector: 'GOV' };
}

/** "the United States", "the Netherlands", "the Czech Republic"; "Russia" as it is. */
function withArticle(name: string): string {
  return /^(United |Central African|Dominican)|Republic|Kingdom|lands$|ines$|amas$|ives$|Islands$|Emirates$|States$/.test(name) ? `the ${name}` : name;
}

/** The seats by their first word, each with its words: most tokens open no seat's name. */
const SEATS_BY_FIRST_WORD = new Map<string, { seat: GovernmentSeat; words: string[] }[]>();
for (const seat of GOVERNMENT_SEATS) {
  const words = seat.name.split(' ');
  const list = SEATS_BY_FIRST_WORD.get(words[0]);
  if (list) list.push({ seat, words });
  else SEATS_BY_FIRST_WORD.set(words[0], [{ seat, words }]);
}


/** "the Kremlin", "the White House": a seat of government named for the government. */
export function seatAt(view: TokenView, i: number): { seat: GovernmentSeat; last: number } | undefined {
  const seats = SEATS_BY_FIRST_WORD.get(withoutPossessive(view.text(i)));
  if (!seats) return undefined;
  for (const { seat, words } of seats) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = withoutPossessive(view.text(i + k)) === words[k];
    if (ok) return { seat, last: i + words.length - 1 };
  }
  return undefined;
}

export function isGovernmentUse(view: TokenView, m: PlaceMention, place: Candidate): Government | undefined {
  if (m.cues.preposition || m.cues.near) return undefined;
  const government = governmentOf(place);
  return government && actsAsGovernment(view, m.last) ? government : undefined;
}
