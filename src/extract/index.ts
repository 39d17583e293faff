import type { Article } from '../article.js';
import type { Extraction } from './contract.js';
import { Doc, type Stage } from './document.js';
import { eventsStage } from './events/index.js';
import { eventActorTextStage } from './events/actor-text.js';
import { placeNominalsStage } from './places/nominals.js';
import { appositivePlacesStage } from './places/appositive-places.js';
import { placePartsStage } from './places/place-parts.js';
import { seizedSitesStage } from './places/seized-sites.js';
import { sharedBordersStage } from './places/shared-borders.js';
import { unnamedPlacesStage } from './places/unnamed.js';
import { coordinatesStage } from './places/coordinates.js';
import { placeSensesStage } from './places/senses.js';
import { namesStage, speakerPronounsStage } from './names/index.js';
import { bodyNounsStage } from './names/body-nouns.js';
import { groupNounsStage } from './names/group-nouns.js';
import { groupPronounsStage } from './names/group-pronouns.js';
import { itPronounStage } from './names/it-pronoun.js';
import { nounPhraseStage } from './names/noun-phrase.js';
import { thingModifiersStage } from './names/thing-modifiers.js';
import { quotesStage } from './quotes/index.js';
import { placesStage } from './places/index.js';
import { sentenceStage } from './sentences.js';
import { tokenStage } from './tokens.js';
import { timesStage } from './times/index.js';

export type * from './contract.js';
export { EXTRACTION_SCHEMA } from './contract.js';
export { Doc, type Stage } from './document.js';
export { tokenize, type Token, type TokenKind } from './tokens.js';
export { splitSentences, type Sentence } from './sentences.js';

/** The stages extract() runs, in order. Later stages (names, places, times, quotes, events) join here. */
export const PIPELINE: readonly Stage[] = [tokenStage, sentenceStage, namesStage, placesStage, timesStage, quotesStage, speakerPronounsStage, eventsStage, placeSensesStage, placeNominalsStage, unnamedPlacesStage, appositivePlacesStage, sharedBordersStage, placePartsStage, seizedSitesStage, coordinatesStage, groupNounsStage, bodyNounsStage, groupPronounsStage, itPronounStage, nounPhraseStage, thingModifiersStage, eventActorTextStage];

/** Names of the stages that exist today, in the order they run. */
export const EXTRACTION_STAGES: readonly string[] = PIPELINE.map((stage) => stage.name);

/** Run the pipeline and return the annotated Doc (tokens, sentences and all), for debugging and tests. */
export function analyze(input: Article | string): Doc {
  const article: Article = typeof input === 'string' ? { id: 'text', date: '', text: input } : input;
  const doc = new Doc(article);
  for (const stage of PIPELINE) stage.run(doc);
  return doc;
}

/** The `sitrep/extraction@1` record of one article: pure and deterministic, no I/O. */
export function extract(article: Article): Extraction {
  return analyze(article).toExtraction();
}
