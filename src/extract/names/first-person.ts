import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { AuthorVoice } from './author-voice.js';
import { SpokenFor } from './spoken-for.js';
import pronouns from '../../lexicon/actors/pronouns.json' with { type: 'json' };

const SINGULAR = new Set(pronouns.firstPersonSingular);
const PLURAL = new Set(pronouns.firstPersonPlural);
const STATEMENT_VERBS = new Set(pronouns.statementVerbs);
const POSSESSIVES = new Set(pronouns.possessive);

/** A stretch of text in which one speaker talks: a quote, or the block after "X said:". */
export interface Voice {
  start: number;
  end: number;
  speaker: Entity;
}

/**
 * First-person pronouns in what someone says are mentions of the speaker: "I", "me", "my" of a
 * person; "we", "us" of an organization, or of the body a speaking person stands for. What someone says is a quote with a speaker, or, in
 * statements and press releases, everything after "X said:" up to the next such introduction.
 * Runs after the quotes stage.
 */
export function resolveFirstPerson(doc: Doc): void {
  const voices = [...quoteVoices(doc), ...statementVoices(doc)].sort((a, b) => a.start - b.start);
  const quoted = doc.quotes.map((q) => q.span).sort((a, b) => a.start - b.start);
  let authors: AuthorVoice | undefined;
  let bodies: SpokenFor | undefined;
  let unnamed: UnnamedSpeakers | undefined;
  const added = new Set<Entity>();
  let v = 0;
  let q = 0;
  const lowers = doc.tokensInLowerCase();
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    if (token.kind !== 'word') continue;
    const lower = withoutContraction(lowers[i]);
    const singular = SINGULAR.has(lower) && (lower !== 'i' || token.text[0] === 'I');
    if ((!singular && !PLURAL.has(lower)) || token.text === 'US') continue; // "US" is the country
    while (v < voices.length && voices[v].end <= token.start) v++;
    while (q < quoted.length && quoted[q].end <= token.start) q++;
    const voice = innermostVoice(voices, v, token.start);
    let speaker = voice?.speaker;
    if (voice && !singular && speaker?.kind === 'person') speaker = (bodies ??= new SpokenFor(doc)).of(voice);
    if (!voice && !singular && !(q < quoted.length && quoted[q].start <= token.start)) speaker = (authors ??= new AuthorVoice(doc)).at(i);
    const end = token.start + lower.length;
    if (doc.entityAt(token.start, end)) continue;
    const kind = speaker?.kind;
    const fits = singular ? kind === 'person' : kind === 'organization' || kind === 'armed_group';
    if (!fits && (POSSESSIVES.has(lower) || (lower === 'i' && afterCapitalisedWord(doc, i)))) continue; // "World War I"
    const holder = fits ? speaker! : (unnamed ??= new UnnamedSpeakers(doc)).of(singular);
    holder.mentions.push(doc.span(token.start, end));
    added.add(holder);
  }
  for (const entity of added) entity.mentions.sort((a, b) => a.start - b.start);
}

/**
 * Whoever says "I" or "we" where no speaker is known (an unattributed quote, a reporter's own
 * voice): a person "I", an organization "we" — the entity the quotes stage makes of a speaker named
 * only by the pronoun ("I ask"), so that each is one entity per document.
 */
class UnnamedSpeakers {
  private person: Entity | undefined;
  private group: Entity | undefined;

  constructor(private readonly doc: Doc) {}

  of(singular: boolean): Entity {
    return singular ? (this.person ??= this.find('person', 'I')) : (this.group ??= this.find('organization', 'we'));
  }

  private find(kind: 'person' | 'organization', name: string): Entity {
    const known = this.doc.entities.find((e) => e.kind === kind && e.name.toLowerCase() === name.toLowerCase());
    return known ?? this.doc.addEntity({ kind, name, mentions: [] });
  }
}

/** Whether the word before token i is capitalised and does not open its sentence: "I" after it is a numeral. */
function afterCapitalisedWord(doc: Doc, i: number): boolean {
  const before = doc.tokens[i - 1];
  if (!before || before.kind !== 'word' || !/^\p{Lu}/u.test(before.text)) return false;
  return !doc.sentences.some((s) => s.firstToken === i - 1);
}

/** "we've", "I'm", "we’ll": the pronoun without its contracted verb. */
function withoutContraction(word: string): string {
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  const apostrophe = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  return apostrophe > 0 && CONTRACTIONS.has(word.slice(apostrophe + 1)) ? word.slice(0, apostrophe) : word;
}

const CONTRACTIONS = new Set(pronouns.contractedVerbs);

/** The voice of the latest start containing `at`, among those not yet ended. */
function innermostVoice(voices: readonly Voice[], from: number, at: number): Voice | undefined {
  let best: Voice | undefined;
  for (let k = from; k < voices.length && voices[k].start <= at; k++) {
    if (voices[k].end > at && (!best || voices[k].start >= best.start)) best = voices[k];
  }
  return best;
}

function quoteVoices(doc: Doc): Voice[] {
  const voices: Voice[] = [];
  for (const quote of doc.quotes) {
    const speaker = quote.speaker ? doc.getEntity(quote.speaker) : undefined;
    if (speaker && speaker.kind !== 'place') voices.push({ start: quote.span.start, end: quote.span.end, speaker });
  }
  return voices;
}

/**
 * "Foreign Secretary Philip Hammond said:" closing a sentence: the speaker is the entity mentioned
 * last before the verb in that sentence, and the block runs to the next such introduction.
 */
function statementVoices(doc: Doc): Voice[] {
  const { tokens } = doc;
  const intros: { at: number; speaker: Entity }[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i + 1].text !== ':' || !STATEMENT_VERBS.has(tokens[i].text.toLowerCase())) continue;
    const sentence = doc.sentences.find((s) => s.firstToken <= i && i < s.endToken);
    const from = sentence ? tokens[sentence.firstToken].start : 0;
    const speaker = lastEntityBetween(doc, from, tokens[i].start);
    if (speaker) intros.push({ at: tokens[i + 1].end, speaker });
  }
  return intros.map((intro, k) => ({
    start: intro.at,
    end: k + 1 < intros.length ? intros[k + 1].at : doc.text.length,
    speaker: intro.speaker,
  }));
}

function lastEntityBetween(doc: Doc, from: number, to: number): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const entity of doc.entities) {
    if (entity.kind === 'place') continue;
    for (const m of entity.mentions) {
      if (m.start >= from && m.end <= to && m.start > bestAt) {
        best = entity;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/** Runs after quotes: first-person pronouns in what a speaker says become mentions of the speaker. */
export const speakerPronounsStage: Stage = {
  name: 'speaker-pronouns',
  run: resolveFirstPerson,
};
