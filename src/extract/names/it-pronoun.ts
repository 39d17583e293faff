import pronouns from '../../lexicon/actors/pronouns.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';

const COPULAS = new Set(pronouns.itPronoun.copulas);
const EXPLETIVE_AFTER = new Set(pronouns.itPronoun.expletiveAfter);
/** How far into its sentence the subject's name may start ("As Iraq continues …", "“The group …"). */
const OPENING_WORDS = 3;
const PRONOUNS = new Set(['it', ...pronouns.firstPersonPlural, ...pronouns.thirdPersonPlural]);

/**
 * "The Syrian Computer Society is an organization in Syria. It was founded in 1989": "it" as a clause's
 * subject is the named body the sentence (before it) or the sentence before opens with. Left alone: an "it"
 * that opens no clause ("to help it"), an expletive ("It is vital that …", "it is important to …"), and a
 * body named by a plural noun ("Iraqi forces").
 */
export function resolveItPronouns(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const added = new Set<Entity>();
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (lowers[i] !== 'it' || doc.entityAt(tokens[i].start, tokens[i].end)) continue;
    while (s + 1 < doc.sentences.length && doc.sentences[s + 1].firstToken <= i) s++;
    if (!opensClause(doc, lowers, i, s) || expletive(lowers, i)) continue;
    const sentence = doc.sentences[s];
    const body = openingBody(doc, sentence.firstToken, i) ?? (s > 0 ? openingBody(doc, doc.sentences[s - 1].firstToken, doc.sentences[s - 1].endToken) : undefined);
    if (!body) continue;
    body.mentions.push(doc.span(tokens[i].start, tokens[i].end));
    added.add(body);
  }
  for (const entity of added) entity.mentions.sort((a, b) => a.start - b.start);
}

/** The sentence's first token, or after a comma or "said" / "that": "it" is a clause's subject. */
function opensClause(doc: Doc, lowers: readonly string[], i: number, s: number): boolean {
  if (i === doc.sentences[s].firstToken) return true;
  const before = lowers[i - 1];
  return before === ',' || pronouns.itPronoun.clauseOpeners.includes(before);
}

/** "It is vital that", "it was clear to": "it" stands for no one. */
function expletive(lowers: readonly string[], i: number): boolean {
  if (!COPULAS.has(lowers[i + 1] ?? '')) return false;
  for (let k = i + 2; k < Math.min(lowers.length, i + 6); k++) if (EXPLETIVE_AFTER.has(lowers[k])) return true;
  return false;
}

/** The organization or armed group named by a proper name that opens tokens [from, to) (within its first words): the clause's subject. */
function openingBody(doc: Doc, from: number, to: number): Entity | undefined {
  const { tokens } = doc;
  for (let k = from; k < Math.min(to, from + OPENING_WORDS); k++) {
    const entity = doc.entityAt(tokens[k].start, tokens[k].end);
    if (!entity) continue;
    if (entity.kind !== 'organization' && entity.kind !== 'armed_group') return undefined;
    const mention = entity.mentions.find((m) => m.start <= tokens[k].start && tokens[k].end <= m.end);
    if (mention && /^(?:they|we)$/i.test(mention.text)) return undefined; // "We will lead the coalition … so that it …": a plural voice is no "it"
    if (!mention || /^it$/i.test(mention.text)) return entity.mentions.some(namesBody) ? entity : undefined;
    const words = mention.text.replace(/^the\s+/i, '').split(/\s+/);
    const last = words[words.length - 1];
    if (!/\p{Lu}/u.test(words.join(' ')) || (/^\p{Ll}/u.test(last) && /s$/.test(last))) return undefined; // "the victims", "Iraqi forces"
    return entity;
  }
  return undefined;
}

/** A mention with a capital that is no pronoun ("We've spent a long time … It doesn't get more real": a "we" is no "it"). */
function namesBody(mention: { text: string }): boolean {
  return /\p{Lu}/u.test(mention.text.replace(/^The\b/, '')) && !PRONOUNS.has(mention.text.toLowerCase());
}

/** Runs after the group pronouns: "it" becomes a mention of the named body its clause or the sentence before opens with. */
export const itPronounStage: Stage = {
  name: 'it-pronoun',
  run: resolveItPronouns,
};
