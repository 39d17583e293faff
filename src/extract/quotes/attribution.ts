import type { Doc } from '../document.js';
import { GIVEN_NAMES } from '../names/lexicon.js';
import type { Token } from '../tokens.js';
import { ACCORDING_CUES, AFTER_AUXILIARY, DOCUMENT_NOUNS, AUXILIARIES, EXPERIENCER_PASSIVES, COLON_LABELS, PHRASE_CUES, PRONOUNS, TAKES_LISTENER, TITLES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, SOURCE_NOUNS, NOUN_LIKE_CUES, THAT_NOUNS, TO_NOUNS, PREP_NOUNS, ARTICLES, ASIDE_PHRASES, QUANTITY_WORDS, STRICT_NOUN_LIKE, ISSUE_VERBS, ISSUED_RECORDS, PERSONAL_OBJECTS, type CueFrame } from './lexicon.js';
import type { Unit } from './units.js';
import { clauseAfterAdjunct } from './adjunct-content.js';
import { perspectiveOpener } from './perspective.js';
import { closingPoll } from './closing-record.js';
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import { coordinatedPredicateStart, joinerBefore } from './coordinated-predicate.js';

/** One attribution found in a unit, in token indexes: [start, end) ranges. */
export interface Attribution {
  cue: [number, number];
  speaker: [number, number][] | null; // comma-separated segments of the speaker phrase
  contents: [number, number][]; // one, or two for a quotation split by its attribution
  inherit: boolean; // the speaker is the previous attribution's ("…, adding that …")
  channelRange: [number, number];
}

interface Cue {
  start: number; // first token, auxiliaries included
  verb: number;
  end: number;
  frame: CueFrame | 'according';
  passive?: boolean; // "is convinced that", "it was widely reported that"
}

const CLAUSE_BOUNDARIES = new Set([
  'and', 'but', 'or', 'while', 'because', 'as', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'so', 'that',
  'where', 'whereas', 'until', 'than', 'whether', 'what', 'how', 'why', 'then', 'however', 'meanwhile', 'also', 'yet', 'still',
  'instead', 'indeed', 'who', 'whom', 'whose', 'which', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'of', 'from', 'about', 'during', 'into', 'over', 'under',
]);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'to', 'of', 'from', 'about', 'during', 'into', 'over', 'under']);
const SUBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with']);
const TIME_MODIFIERS = new Set(['late', 'early', 'next', 'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year']);
const CONTRACTED_SUBJECTS = new Set(['he’s', "he's", 'she’s', "she's", 'it’s', "it's", 'that’s', "that's", 'there’s', "there's", 'who’s', "who's", 'what’s', "what's"]);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const RELATIVES = new Set(['who', 'which']);
const OBJECT_RELATIVES = new Set(['which', 'whom']);
const NP_OPENERS = new Set(['a', 'an', 'the', 'another', 'one', 'his', 'her', 'its', 'their', 'our', 'my', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top', 'former', 'u.s.', 'state', 'local']);
const DASHES = new Set(['—', '–', '―', '--']);
const STOPS = new Set([';', ':', '(', ')', '[', ']', ...DASHES, '.', '!', '?', '…']);
const MAX_SUBJECT_WORDS = 9;
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'to', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'after', 'before', 'while', 'when', 'as', 'of', 'about', 'with', 'from', 'through', 'via', 'by', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'afterward', 'afterwards', 'repeatedly', 'again', 'too', 'also', 'then', 'here', 'there', 'privately', 'publicly', 'ago', 'over', 'following', 'and', 'but', 'adding', 'referring', 'according', 'speaking', 'noting', 'citing', 'explaining', 'pointing', 'calling', 'describing', 'arguing', 'saying', 'because', 'although', 'though', 'if', 'until', 'since', 'amid', 'despite', 'without', 'among', 'under', 'outside', 'inside', 'near', 'for']);
const EXISTENTIAL_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'has', 'have', 'had', 'appears', 'seems', 'remains']);
const EXPLICIT_OPENERS = new Set(['that', 'whether', 'if']);
const PHRASE_TARGET_ENDINGS = new Set(['for', 'on', 'to', 'about', 'at', 'of']);
const TIME_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'over', 'last', 'this', 'earlier', 'later']);
const DETERMINERS_AND_TIME = new Set(['the', 'a', 'that', 'this', 'his', 'her', 'their', 'its', 'one', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'time', 'first', 'times']);
const COORDINATED_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'earlier', 'later', 'meanwhile', 'still', 'instead', 'first', 'second', 'finally', 'separately', 'again']);
const SENTENCE_CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'now', 'also']);
/** Day words that stand bare between a subject and its verb. */
const BARE_DAY_WORDS = new Set([...Object.keys(weekdays.weekdays), 'today', 'yesterday', 'tonight']);

const ASIDE_ADVERBS = new Set(['however', 'too', 'meanwhile', 'though', 'also', 'instead', 'moreover', 'furthermore', 'nevertheless', 'then', 'now', 'again', 'in', 'indeed', 'therefore', 'thus', 'hence', 'still', 'so', 'once', 'yet', 'besides', 'otherwise', 'regardless', 'nonetheless', 'overall', 'today', 'yesterday', 'tonight']);
const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'with', 'like', 'unlike', 'for', 'speaking', 'asked', 'when', 'while', 'through', 'via', 'under', 'over', 'since', 'as', 'including']);

const SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'because', 'although', 'though', 'since', 'until', 'unless', 'as', 'whereas']);
const NOT_PARTICIPLES = new Set(['during', 'according', 'including', 'regarding', 'concerning', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting', 'briefing', 'hearing', 'spending', 'funding', 'polling', 'bring', 'thing', 'things']);
const QUESTION_LEADS = new Set(['when', 'after', 'once', 'if', 'was', 'were', 'being', ',', '—', '–', '(', 'and', 'but']);
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'whom', 'which', 'where', 'about']);
const DASHES_AND_HYPHEN = new Set([...DASHES, '-']);
const LABEL_CONNECTORS = new Set(['to', 'at', 'on', 'in', 'and', 'of', 'for', '&']);
const WH_OPENERS = new Set(['how', 'what', 'why', 'where', 'who', 'when', 'which']);
const CONTROL_VERBS = new Set(['likely', 'unlikely', 'able', 'wants', 'want', 'wanted', 'tried', 'tries', 'try', 'trying', 'decided', 'decides', 'chose', 'choose', 'chooses', 'began', 'begin', 'begins', 'started', 'continued', 'continues', 'continue', 'sought', 'seeks', 'seek', 'hoped', 'hopes', 'planned', 'plans', 'plan', 'refused', 'refuses', 'declined', 'declines', 'agreed', 'agrees', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'threatened', 'attempted', 'managed', 'needed', 'needs', 'need', 'used', 'ready', 'eager', 'willing', 'quick', 'careful', 'going', 'moved', 'rushed', 'hesitated', 'way']);
/** Frames whose passive, without "that", still reports something about its subject ("was expected to", "is considered"). */
const BARE_PASSIVE_FRAMES = new Set<string>(['target', 'naming', 'infinitive']);
/** Prepositions and subordinators that open a participle clause of the clause's own subject ("by saying", "after noting"). */
const PARTICIPLE_LEADS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'in', 'since', 'upon', 'on']);
/** One-word contents standing for a clause: "said so", "said no". */
const PRO_FORM_CONTENTS = new Set(['so', 'no', 'yes', 'that', 'this', 'otherwise']);
/** Sentence adverbs that may stand, without commas, between a subject and its verb ("Carter however said"). */
const VERB_ADVERBS = new Set(['however', 'also', 'too', 'then', 'later', 'still', 'often', 'never', 'now', 'once', 'first', 'again', 'even', 'just', 'already', 'always', 'soon', 'since', 'long', 'instead', 'meanwhile', 'separately', 'further']);
/** Prepositions after a verb of knowing or feeling that introduce what the stance is about ("agreed with", "worries about"). */
const STANCE_PREPOSITIONS = new Set(['with', 'about', 'of']);
/** Prepositions that may stand between a verb and a noun of saying it governs ("raised money in support of", "came out with plans to"). */
const OWNING_PREPOSITIONS = new Set(['in', 'with', 'of', 'for']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const QUOTE_CLOSING_MARKS = new Set([',', '?', '!', '—', '–', '…']);
const MANNER_PARTICLES = new Set(['back', 'on', 'in', 'out', 'up']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'reporters', 'supporters', 'voters']);
const NP_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'to', 'with', 'about', 'from', 'over', 'and']);
const NAMES_LISTENER_AFTER = new Set(['tell', 'tells', 'told', 'inform', 'informs', 'informed', 'remind', 'reminds', 'reminded', 'assure', 'assures', 'assured', 'convince', 'convinced', 'advise', 'advised']);
const RELATIVE_WORDS = new Set(['who', 'whose', 'whom', 'which']);
const NAMED_OBJECTS = new Set(['him', 'her', 'it', 'them', 'himself', 'herself', 'itself', 'themselves', 'me', 'us', 'you', 'this', 'that']);
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'which', 'who', ';', 'although', 'though', 'because', 'after', 'before', 'when', 'since', 'as']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'there']);
/** Irregular past participles that open an aside between a subject and its verb ("X, born in Ohio, said"). */
const PAST_PARTICIPLES = new Set(['clad', 'born', 'known', 'seen', 'chosen', 'written', 'given', 'taken', 'driven', 'elected', 'sworn', 'brought', 'caught', 'left', 'hit', 'shaken', 'stung', 'held', 'led']);
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'does', 'do', 'did', "won't", 'won’t', "can't", 'can’t', "isn't", 'isn’t', "wasn't", 'wasn’t']);

const PARAGRAPH_LABEL = /(?:^|\n)["“]?([A-Z][A-Z'’.-]{2,}):/g;

/** Capitalized labels opening two or more paragraphs ("PENCE: …", "WALLACE: …"): the speakers of a transcript. */
function transcriptLabels(text: string): Set<string> {
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const match of text.matchAll(PARAGRAPH_LABEL)) {
    if (seen.has(match[1])) labels.add(match[1]);
    seen.add(match[1]);
  }
  return labels;
}

/** "publicly", "typically": an adverb between the auxiliary and the verb. */
function isMannerAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && word !== 'only' && word !== 'family' && word !== 'rally' && word !== 'italy';
}

function consumedEndsAt(found: Attribution[], token: number): boolean {
  const last = found[found.length - 1];
  return last.contents.some(([, e]) => e === token || e === token - 1);
}

export class UnitReader {
  private readonly tokens: Token[];
  private readonly lower: string[];

  constructor(
    doc: Doc,
    private readonly quoted: Uint8Array,
    private readonly regionStartAt: Int32Array, // token index → first token of its region, -1 outside
    private readonly regionEndAt: Int32Array, // token index → end token of its region
  ) {
    this.tokens = doc.tokens;
    const lowers = doc.tokensInLowerCase();
    this.lower = doc.tokens.map((t, i) => (t.kind === 'word' ? lowers[i] : t.text));
    this.transcriptLabels = transcriptLabels(doc.text);
  }

  private readonly transcriptLabels: Set<string>;

  /** Every attribution in the unit, left to right; cues inside an earlier content are left alone. */
  read(unit: Unit): Attribution[] {
    const found: Attribution[] = [];
    let consumedTo = this.datelineEnd(unit); // content before this token already belongs to an attribution
    const overall = this.trailingAccording(unit);
    if (overall) return [overall];
    const headline = this.colonLine(unit);
    if (headline) {
      found.push(headline);
      consumedTo = headline.contents[0][1];
    }
    const perspective = headline ? undefined : perspectiveOpener(this.tokens, this.lower, this.quoted, unit.firstToken, unit.endToken);
    if (perspective && !this.hasCueBetween(perspective.clauseStart, unit.endToken)) {
      const end = this.trimEnd(unit.endToken, perspective.clauseStart);
      found.push({ cue: [perspective.cue, perspective.cue + 1], speaker: [perspective.holder], contents: [[perspective.clauseStart, end]], inherit: false, channelRange: [perspective.cue, perspective.cue] });
      consumedTo = end;
    }
    for (let i = unit.firstToken; i < unit.endToken; i++) {
      if (this.quoted[i] || (this.tokens[i].kind !== 'word' && this.tokens[i].text !== ':')) continue;
      const host = found.find((a) => a.contents.some(([s, e]) => i >= s && i < e));
      if (host) {
        const nested = this.nestedAttribution(i, unit, host);
        if (nested) {
          found.push(nested);
          i = nested.cue[1] - 1;
        }
        continue;
      }
      const record = i === consumedTo || i === unit.firstToken ? this.inRecord(i, unit) : undefined;
      if (record) {
        found.push(record);
        consumedTo = Math.max(consumedTo, record.contents[0][1]);
        i = record.contents[0][0] - 1;
        continue;
      }
      const signed = this.signedQuotation(i, unit, consumedTo);
      if (signed) {
        found.push(signed);
        consumedTo = unit.endToken;
        break;
      }
      const spoken = this.quoteThenSpeaker(i, unit, consumedTo);
      if (spoken) {
        found.push(spoken);
        consumedTo = Math.max(consumedTo, spoken.cue[1], ...spoken.contents.map(([, e]) => e));
        i = consumedTo - 1;
        continue;
      }
      const colonQuote = this.colonQuote(i, unit, consumedTo);
      if (colonQuote) {
        found.push(colonQuote);
        consumedTo = colonQuote.contents[0][1];
        i = consumedTo - 1;
        continue;
      }
      const reported = this.nounClause(i, unit);
      if (reported) {
        found.push(reported);
        consumedTo = Math.max(consumedTo, reported.contents[0][1]);
        i = reported.contents[0][1] - 1;
        continue;
      }
      const question = this.questionPut(i, unit);
      if (question) {
        found.push(question);
        consumedTo = Math.max(consumedTo, question.contents[0][1]);
        i = question.contents[0][1] - 1;
        continue;
      }
      const passive = this.passiveWithAgent(i, unit, consumedTo);
      if (passive) {
        found.push(passive);
        const [[subjectStart, subjectEnd]] = passive.contents;
        const relative = subjectEnd - subjectStart === 1 && RELATIVES.has(this.lower[subjectStart]); // "X, who is reviled by progressives, said …": X stays the next verb's subject
        if (!relative) consumedTo = Math.max(consumedTo, passive.speaker![0][1]);
        i = passive.speaker![0][1] - 1;
        continue;
      }
      const cue = this.cueAt(i, unit);
      if (!cue) continue;
      const attribution = cue.frame === 'according' ? this.according(cue, unit, consumedTo) : this.verbal(cue, unit, consumedTo, found);
      if (!attribution) continue;
      found.push(attribution);
      consumedTo = Math.max(consumedTo, attribution.cue[1], ...attribution.contents.map(([, e]) => e));
      i = cue.end - 1;
    }
    if (found.length === 0) {
      const poll = closingPoll(this.tokens, this.lower, this.quoted, unit.firstToken, unit.endToken);
      if (poll && !this.hasCueBetween(unit.firstToken, poll.cue)) found.push({ cue: [poll.cue, poll.cue + 1], speaker: [[poll.cue + 1, poll.recordEnd]], contents: [[unit.firstToken, poll.cue]], inherit: false, channelRange: [poll.cue, poll.cue] });
    }
    return found;
  }

  /**
   * "Mr. Leenders, who estimated that a third of the workers backed Trump, said he voted for Obama": the relative
   * clause's content ends at the comma before the main verb, whose speaker is the relative's antecedent.
   */
  private relativeSpeakerGoesOn(cue: Cue, unit: Unit, host: Attribution, s: number, e: number): Attribution | undefined {
    const speaker = host.speaker;
    if (!speaker || !speaker.some(([a, b]) => b - a === 1 && this.lower[a] === 'who')) return undefined;
    const comma = cue.start - 1;
    if (cue.start !== cue.verb || comma <= s + 2 || this.tokens[comma].text !== ',' || this.quoted[comma] || this.lower[cue.verb].endsWith('ing')) return undefined;
    if (this.invertedSpeakerFollows(cue, unit)) return undefined;
    const content = this.contentAfter(cue, { ...unit, endToken: Math.min(unit.endToken, e) });
    if (!content || content[1] <= content[0]) return undefined;
    const index = host.contents.findIndex(([a, b]) => a === s && b === e);
    host.contents[index] = [s, this.trimEnd(comma, s)];
    return { cue: [cue.start, cue.end], speaker, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Clinton, who called Sanders after the count, told her supporters, “…”": a verb of saying right after the
   * comma that closes a relative clause's content has the relative's antecedent as its speaker.
   */
  private afterRelativeClause(cue: Cue, unit: Unit, found: Attribution[]): Attribution | undefined {
    const host = found[found.length - 1];
    const comma = cue.start - 1;
    if (!host?.speaker || cue.passive || cue.frame === 'seem' || comma <= unit.firstToken || this.tokens[comma].text !== ',' || this.quoted[comma]) return undefined;
    if (!host.speaker.some(([a, b]) => b - a === 1 && this.lower[a] === 'who') || !consumedEndsAt(found, comma) || this.lower[cue.verb].endsWith('ing')) return undefined;
    if (this.invertedSpeakerFollows(cue, unit)) return undefined;
    const content = this.contentAfter(cue, unit);
    if (!content || content[1] <= content[0]) return undefined;
    return { cue: [cue.start, cue.end], speaker: host.speaker, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Pence said in politics it takes time …" inside another content: PolNeAR gives every token to one
   * attribution, so an attribution with its own subject and cue ends the content that holds it there.
   */
  private nestedAttribution(i: number, unit: Unit, host: Attribution): Attribution | undefined {
    const index = host.contents.findIndex(([s, e]) => i >= s && i < e);
    const [s, e] = host.contents[index];
    if (this.quoted[s] || index !== host.contents.length - 1) return undefined;
    const cue = this.cueAt(i, unit);
    if (!cue || (cue.frame !== 'say' && cue.frame !== 'that') || cue.passive || cue.start <= s || cue.end > cue.verb + 1) return undefined;
    const relativeGoesOn = this.relativeSpeakerGoesOn(cue, unit, host, s, e);
    if (relativeGoesOn) return relativeGoesOn;
    const subject = this.subjectBefore(cue.start, s);
    if (!subject || subject.segments.length !== 1) return undefined;
    const [a, b] = subject.segments[0];
    const named = (b - a === 1 && /^(he|she|they|i|we)$/.test(this.lower[a])) || (this.isName(a) && this.isName(b - 1)) || this.countsPeople(a, b);
    if (!named) return undefined;
    const subjectStart = subject.segments[0][0];
    const content = this.contentAfter(cue, { ...unit, endToken: Math.min(unit.endToken, e) });
    if (!content || content[1] <= content[0]) return undefined;
    let cut = subjectStart; // "a new ad in which Clinton says …" → "a new ad"
    while (cut > s && !this.quoted[cut - 1] && (CLAUSE_BOUNDARIES.has(this.lower[cut - 1]) || this.tokens[cut - 1].text === ',')) cut--;
    let words = 0;
    for (let t = s; t < cut; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    host.contents[index] = [s, cut];
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
  }

  /**
   * A subject that counts people, as polls report them: "75 percent of Democrats", "nine in 10", "a majority",
   * or "who" after such a count ("64 percent who say").
   */
  private countsPeople(a: number, b: number): boolean {
    const quantity = (t: number) => this.tokens[t].kind === 'number' || QUANTITY_WORDS.has(this.lower[t]);
    if (b - a === 1 && this.lower[a] === 'who') return a - 1 >= 0 && !this.quoted[a - 1] && quantity(a - 1);
    for (let t = a; t < b; t++) if (quantity(t)) return true;
    return false;
  }

  /**
   * "The registration issue was first reported by The Washington Post", "Trump, meanwhile, is supported by far
   * fewer publications": a passive reporting verb with its agent; the agent speaks, and the subject is what it
   * said or backed.
   */
  private passiveWithAgent(i: number, unit: Unit, floor: number): Attribution | undefined {
    const frame = VERB_FRAME.get(this.lower[i]);
    if (!frame || frame === 'seem' || this.lower[i + 1] !== 'by' || this.quoted[i + 1] || !this.isWordLike(i + 2)) return undefined;
    let start = i;
    while (start > floor && !this.quoted[start - 1] && AUXILIARIES.has(this.lower[start - 1])) start--;
    let passive = false;
    for (let k = start; k < i && !passive; k++) passive = PASSIVE.has(this.lower[k]);
    if (!passive) return undefined;
    const agentEnd = this.sourcePhraseAfter(i + 2, unit, false);
    if (agentEnd === i + 2) return undefined;
    const subjectEnd = this.skipInsertions(start, floor);
    const subjectStart = this.phraseBefore(subjectEnd, floor);
    if (subjectStart === subjectEnd) return undefined;
    const boundary = subjectStart - 1;
    if (boundary >= floor && boundary >= unit.firstToken && this.tokens[boundary].text !== ',' && !STOPS.has(this.tokens[boundary].text)) return undefined;
    return { cue: [start, i + 2], speaker: [[i + 2, agentEnd]], contents: [[subjectStart, subjectEnd]], inherit: false, channelRange: [i + 2, agentEnd] };
  }

  /** "Trump’s claim that …", "his decision to …": a noun of saying or intending and its clause; its possessor speaks. */
  private nounClause(i: number, unit: Unit): Attribution | undefined {
    const next = this.lower[i + 1];
    const word = this.lower[i];
    const prepositional = PREP_NOUNS.get(word)?.has(next) === true;
    if (!((next === 'that' && THAT_NOUNS.has(word)) || (next === 'to' && TO_NOUNS.has(word)) || prepositional) || this.quoted[i + 1] || i + 2 >= unit.endToken) return undefined;
    if (!this.isWordLike(i + 2) && !(prepositional && this.isOpeningQuote(i + 2))) return undefined;
    if (next === 'that' && (AUXILIARIES.has(this.lower[i + 2]) || VERB_FRAME.has(this.lower[i + 2]))) return undefined; // "the claim that was made": a relative clause
    const start = prepositional ? i + 2 : i + 1;
    let end = this.trimEnd(this.nextCoordinatedCue(start, unit.endToken), start);
    if (prepositional) end = this.nounPhraseEnd(start, end); // "criticism of Trump was sharp" → Trump
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    let owner = i - 1;
    while (owner > unit.firstToken && i - owner <= 2 && this.tokens[owner].kind === 'word' && !this.isPossessive(owner) && /^[\p{Ll}]/u.test(this.tokens[owner].text) && !NP_OPENERS.has(this.lower[owner])) owner--;
    let speaker: [number, number][] = [[owner, owner + 1]];
    if (owner < unit.firstToken || !this.isPossessive(owner) || this.quoted[owner]) {
      const subject = prepositional || next === 'to' ? this.clauseSubject(unit, unit.firstToken, i) : undefined; // "Trump made no mention of Bush", "raised $58 million in support of Rubio"
      if (!subject || !this.ownsNoun(subject.segments[0][1], i)) return undefined; // "the idea that …": nobody's in particular
      speaker = subject.segments;
    }
    return { cue: [i, prepositional ? i + 2 : i + 1], speaker, contents: [[start, end]], inherit: false, channelRange: [i, i] };
  }

  /** Between a clause's subject (ending at `from`) and a noun of saying at `noun` lie only a verb phrase and the noun's own determiners: no clause boundary. */
  private ownsNoun(from: number, noun: number): boolean {
    if (noun - from > 7) return false;
    for (let t = from; t < noun; t++) {
      if (this.quoted[t] || this.tokens[t].kind !== 'word' || (CLAUSE_BOUNDARIES.has(this.lower[t]) && !OWNING_PREPOSITIONS.has(this.lower[t])) || VERB_FRAME.has(this.lower[t])) return false;
    }
    return true;
  }

  /** Where the noun phrase opening at `start` ends: before a verb, a comma or a clause boundary. */
  private nounPhraseEnd(start: number, end: number): number {
    for (let t = start + 1; t < end; t++) {
      if (this.quoted[t]) continue;
      const lower = this.lower[t];
      if (this.tokens[t].text === ',' || STOPS.has(this.tokens[t].text) || FINITE_AUXILIARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower)) return this.trimEnd(t, start);
      if (CLAUSE_BOUNDARIES.has(lower) && !NP_PREPOSITIONS.has(lower)) return this.trimEnd(t, start);
    }
    return end;
  }

  private isPossessive(t: number): boolean {
    const lower = this.lower[t];
    return POSSESSIVE_PRONOUNS.has(lower) || (/^[\p{Lu}]/u.test(this.tokens[t].text) && (lower.endsWith('’s') || lower.endsWith("'s") || lower.endsWith("s'") || lower.endsWith('s’')));
  }

  /** Whether a verb of saying or "according to" stands unquoted in [s, e): then the clause carries its own attribution. */
  private hasCueBetween(s: number, e: number): boolean {
    for (let t = s; t < e; t++) if (!this.quoted[t] && (VERB_FRAME.has(this.lower[t]) || this.lower[t] === 'according')) return true;
    return false;
  }

  /** "About four in 10 said …, according to the survey.": a closing "according to" attributes the whole sentence. */
  private trailingAccording(unit: Unit): Attribution | undefined {
    const end = this.trimEnd(unit.endToken, unit.firstToken);
    for (let i = end - 2; i > unit.firstToken + 3 && end - i <= 14; i--) {
      if (this.lower[i] !== 'according' || this.lower[i + 1] !== 'to' || this.tokens[i - 1].text !== ',' || this.quoted[i]) continue;
      let b = i + 2;
      while (b < end && this.isWordLike(b)) b++;
      if (b !== end || b === i + 2) return undefined;
      if (this.isOpeningQuote(unit.firstToken) && this.regionEndAt[unit.firstToken] >= i - 1) return undefined;
      let hasCue = false;
      for (let t = unit.firstToken; t < i - 1 && !hasCue; t++) hasCue = !this.quoted[t] && VERB_FRAME.get(this.lower[t]) === 'say';
      if (!hasCue) return undefined; // the ordinary reading finds "X, according to Y" itself
      return { cue: [i, i + 2], speaker: [[i + 2, b]], contents: [[unit.firstToken, i - 1]], inherit: false, channelRange: [i, b] };
    }
    return undefined;
  }

  /** "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a record that reports the clause. */
  private inRecord(i: number, unit: Unit): Attribution | undefined {
    if (this.lower[i] !== 'in') return undefined;
    let comma = i + 1;
    let noun = false;
    while (comma < unit.endToken && comma - i <= 14 && (this.isWordLike(comma) || this.tokens[comma].text === '’s' || this.tokens[comma].text === "'s" || this.tokens[comma].text === '/')) {
      noun ||= SOURCE_NOUNS.has(this.lower[comma]);
      comma++;
    }
    if (!noun || comma >= unit.endToken || this.tokens[comma].text !== ',' || comma === i + 1) return undefined;
    const end = this.trimEnd(unit.endToken, comma + 1);
    let words = 0;
    for (let t = comma + 1; t < end; t++) {
      if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
      if (t - comma <= 8 && !this.quoted[t] && VERB_FRAME.get(this.lower[t]) === 'say') return undefined; // "In a statement, the campaign said …"
    }
    if (words < 3) return undefined;
    return { cue: [i, i + 1], speaker: [[i + 1, comma]], contents: [[comma + 1, end]], inherit: false, channelRange: [i, comma] };
  }

  /**
   * "Asked whether he would run, …", "when asked about his daughter's work": the question put to someone,
   * with nobody named as its source.
   */
  private questionPut(i: number, unit: Unit): Attribution | undefined {
    if (this.lower[i] !== 'asked') return undefined;
    const previous = i > unit.firstToken ? this.lower[i - 1] : undefined;
    if (previous !== undefined && !QUESTION_LEADS.has(previous)) return undefined;
    let k = i + 1;
    while (k < unit.endToken && k - i <= 8 && this.isWordLike(k) && !QUESTION_WORDS.has(this.lower[k])) k++;
    if (k >= unit.endToken || !QUESTION_WORDS.has(this.lower[k]) || this.quoted[k]) return undefined;
    const start = this.lower[k] === 'about' ? k + 1 : k;
    let end = start;
    while (end < unit.endToken && (this.quoted[end] || (this.tokens[end].text !== ',' && !STOPS.has(this.tokens[end].text)))) end++;
    end = this.trimEnd(end, start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 2) return undefined;
    return { cue: [i, i + 1], speaker: null, contents: [[start, end]], inherit: false, channelRange: [i, start] };
  }

  /**
   * "“Go back to Univision,” Trump barked.", "“This is fantastic!” beamed Donald Hartley": a quotation closing on
   * a comma, "?" or "!" and then a speaker and a verb of any manner of speaking (either order).
   */
  private quoteThenSpeaker(i: number, unit: Unit, floor: number): Attribution | undefined {
    const close = i - 1;
    if (close < unit.firstToken || !this.isClosingQuote(close) || this.tokens[i].kind !== 'word') return undefined;
    let mark = close;
    while (mark > unit.firstToken && this.tokens[mark].kind === 'quote') mark--;
    if (!QUOTE_CLOSING_MARKS.has(this.tokens[mark].text)) return undefined;
    const open = this.regionStartAt[close];
    if (open < floor || open < unit.firstToken) return undefined;
    let verb: number;
    let speaker: [number, number];
    const subjectEnd = SUBJECT_PRONOUNS.has(this.lower[i]) && this.lower[i] !== 'there' ? i + 1 : /^[\p{Lu}]/u.test(this.tokens[i].text) ? this.phraseAfter(i, unit) : i;
    if (subjectEnd > i && this.isMannerVerb(subjectEnd, unit)) {
      verb = subjectEnd;
      speaker = [i, subjectEnd];
    } else if (this.isMannerVerb(i, unit, true)) {
      verb = i;
      const b = this.phraseAfter(i + (MANNER_PARTICLES.has(this.lower[i + 1]) ? 2 : 1), unit);
      speaker = [i + (MANNER_PARTICLES.has(this.lower[i + 1]) ? 2 : 1), b];
      if (speaker[1] === speaker[0] || !/^[\p{Lu}]/u.test(this.tokens[speaker[0]].text) && !NP_OPENERS.has(this.lower[speaker[0]])) return undefined;
    } else {
      return undefined;
    }
    const verbEnd = verb + (MANNER_PARTICLES.has(this.lower[verb + 1]) ? 2 : 1);
    if (VERB_FRAME.has(this.lower[verb])) return undefined; // the ordinary reading handles reporting verbs
    const cue: Cue = { start: verb, verb, end: verbEnd, frame: 'say' };
    return this.trailing(cue, [speaker], [open, close + 1], unit, Math.max(verbEnd, speaker[1]));
  }

  /** "“Maybe we can build a wall around him.” ― Steve Quinlan": a quotation signed with a dash and a name. */
  private signedQuotation(i: number, unit: Unit, floor: number): Attribution | undefined {
    const dash = i - 1;
    const close = i - 2;
    if (close < unit.firstToken || !DASHES.has(this.tokens[dash].text) || this.quoted[dash] || !this.isClosingQuote(close) || !/^[\p{Lu}]/u.test(this.tokens[i].text)) return undefined;
    const open = this.regionStartAt[close];
    if (open < floor || open < unit.firstToken) return undefined;
    const end = this.phraseAfter(i, unit);
    if (end === i || (end < unit.endToken && this.tokens[end].text !== ',' && !STOPS.has(this.tokens[end].text))) return undefined;
    return { cue: [dash, dash + 1], speaker: [[i, end]], contents: [[open, close + 1]], inherit: false, channelRange: [i, i] };
  }

  /** A lowercase past-tense verb ("barked", "exclaimed"), or one with its particle ("shot back", "went on"). */
  private isMannerVerb(t: number, unit: Unit, inverted = false): boolean {
    if (t >= unit.endToken || this.quoted[t] || this.tokens[t].kind !== 'word') return false;
    const word = this.tokens[t].text;
    if (word !== this.lower[t]) return false;
    if (MANNER_PARTICLES.has(this.lower[t + 1]) && (word === 'went' || word === 'shot' || word === 'fired' || word === 'wrote' || word === 'chimed' || word === 'cut' || word === 'broke')) return true;
    if (VERB_FRAME.get(word) === 'say') return true;
    if (word.length < 5 || !word.endsWith('ed') || AUXILIARIES.has(word)) return false;
    const after = t + 1;
    if (inverted) return after < unit.endToken && (/^[\p{Lu}]/u.test(this.tokens[after].text) || NP_OPENERS.has(this.lower[after]));
    return after >= unit.endToken || STOPS.has(this.tokens[after].text) || this.tokens[after].text === ',' || this.isOpeningQuote(after) || OBJECT_PRONOUNS.has(this.lower[after]) || ADJUNCT_OPENERS.has(this.lower[after]) || isMannerAdverb(this.lower[after]);
  }

  /** "ORLANDO, Fla. (Reuters) - President Barack Obama met …": where the text after a dateline starts, else the unit's start. */
  private datelineEnd(unit: Unit): number {
    const first = unit.firstToken;
    if (!unit.paragraphStart || !this.isAllCapsTag(first)) return first;
    for (let t = first + 1; t < unit.endToken && t - first <= 12; t++) {
      const text = this.tokens[t].text;
      if (DASHES_AND_HYPHEN.has(text)) return t + 1 < unit.endToken ? t + 1 : first;
      if (this.quoted[t] || text === '.' || text === ':' || (this.tokens[t].kind === 'word' && /^[\p{Ll}]/u.test(text))) return first;
    }
    return first;
  }

  /** "Bernie Sanders: ‘It Is Not A Radical Idea’" — a headline or transcript line opening with a name and a colon. */
  private colonLine(unit: Unit): Attribution | undefined {
    if (!unit.paragraphStart) return undefined;
    let first = unit.firstToken;
    if (this.isAllCapsTag(first) && DASHES_AND_HYPHEN.has(this.tokens[first + 1]?.text)) first += 2; // "EXCLUSIVE – Roger Stone: …"
    const quotedLabel = this.tokens[first].kind === 'quote' && this.transcriptLabels.has(this.tokens[first + 1]?.text); // "\"PENCE: Well, …"
    if (quotedLabel) first++;
    let colon = quotedLabel ? first + 1 : first;
    while (colon < unit.endToken && colon - first < 7 && this.isWordLike(colon)) colon++;
    if (colon === first || colon >= unit.endToken || this.tokens[colon].text !== ':' || !this.isLabel(first, colon)) return undefined;
    const label = this.lower.slice(first, colon).join(' ');
    const capsWord = colon - first === 1 && this.tokens[first].text.length > 3 && this.tokens[first].text === this.tokens[first].text.toUpperCase();
    if (COLON_LABELS.has(label) || (capsWord && !this.transcriptLabels.has(this.tokens[first].text))) return undefined; // "WASHINGTON:" (but "PENCE:" in a transcript)
    const end = this.trimEnd(unit.endToken, colon + 1);
    let words = 0;
    for (let t = colon + 1; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    let speakerEnd = first;
    while (speakerEnd < colon && !LABEL_CONNECTORS.has(this.lower[speakerEnd])) speakerEnd++; // "Clinton to Planned Parenthood:" → Clinton
    return { cue: [colon, colon + 1], speaker: [[first, speakerEnd]], contents: [[colon + 1, end]], inherit: false, channelRange: [first, first] };
  }

  private isAllCapsTag(t: number): boolean {
    const text = this.tokens[t]?.text ?? '';
    return this.tokens[t]?.kind === 'word' && text.length > 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  }

  /** A headline or transcript label: a name, maybe with a title and a connective ("Former AG Mukasey at RNC", "Clinton camp"). */
  private isLabel(a: number, end: number): boolean {
    if (!/^[\p{Lu}]/u.test(this.tokens[a].text) || LABEL_CONNECTORS.has(this.lower[a])) return false;
    if (this.isNameLike(a, end)) return true;
    for (let t = a; t < end; t++) {
      const lower = this.lower[t];
      const fits = /^[\p{Lu}\d]/u.test(this.tokens[t].text) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || lower === "'s" || lower === '’s' || (LABEL_CONNECTORS.has(lower) && t > a && t < end - 1);
      if (!fits) return false;
    }
    return true;
  }

  /**
   * "… - Mark Blumenthal and Jon Cohen: “Although the polls …”", "More from the report: “…”": a name and a
   * colon introducing a quotation inside a paragraph.
   */
  private colonQuote(colon: number, unit: Unit, floor: number): Attribution | undefined {
    if (this.tokens[colon].text !== ':' || this.quoted[colon] || !this.isOpeningQuote(colon + 1)) return undefined;
    let a = colon;
    while (a > floor && colon - a < 8 && this.isWordLike(a - 1)) a--;
    if (a === colon) return undefined;
    const boundary = a - 1;
    if (!(boundary < unit.firstToken || boundary < floor || DASHES_AND_HYPHEN.has(this.tokens[boundary].text))) return undefined;
    let speakerStart = a;
    if (this.lower[a] === 'from') speakerStart = a + 1;
    else if (this.lower[a] === 'more' && this.lower[a + 1] === 'from') speakerStart = a + 2;
    else if ((this.lower[a] === 'here’s' || this.lower[a] === "here's") && a + 1 < colon) speakerStart = a + 1;
    if (speakerStart >= colon) return undefined;
    for (let t = speakerStart; t < colon; t++) if (VERB_FRAME.has(this.lower[t]) || AUXILIARIES.has(this.lower[t])) return undefined;
    const named = speakerStart > a ? true : this.isLabel(speakerStart, colon);
    if (!named) return undefined;
    let speakerEnd = speakerStart;
    while (speakerEnd < colon && !(LABEL_CONNECTORS.has(this.lower[speakerEnd]) && this.lower[speakerEnd] !== 'and') && this.lower[speakerEnd] !== 'in') speakerEnd++;
    const end = this.trimEnd(unit.endToken, colon + 1);
    return { cue: [colon, colon + 1], speaker: [[speakerStart, speakerEnd]], contents: [[colon + 1, end]], inherit: false, channelRange: [speakerStart, speakerStart] };
  }

  private cueAt(i: number, unit: Unit): Cue | undefined {
    const word = this.lower[i];
    const according = this.matchPhrase(ACCORDING_CUES.get(word), i, unit);
    if (according) return { start: i, verb: i, end: according, frame: 'according' };
    const phraseEnd = this.matchPhrase(PHRASE_CUES.get(word), i, unit) ?? this.issuedRecordEnd(i, unit);
    let frame: CueFrame | undefined;
    let end = i + 1;
    if (phraseEnd) {
      end = phraseEnd;
      const last = this.lower[phraseEnd - 1];
      frame = PHRASE_TARGET_ENDINGS.has(last) ? 'target' : 'say';
    } else {
      frame = VERB_FRAME.get(word);
    }
    if (!frame) return undefined;
    if (word === 'said' && this.lower[i - 1] === 'that' && this.tokens[i + 1]?.text === ',') return undefined; // "That said,"
    let start = i;
    while (start > unit.firstToken && !this.quoted[start - 1] && (AUXILIARIES.has(this.lower[start - 1]) || (AFTER_AUXILIARY.has(this.lower[start - 1]) && AUXILIARIES.has(this.lower[start - 2])) || (isMannerAdverb(this.lower[start - 1]) && this.tokens[start - 1].text === this.lower[start - 1]) || (VERB_ADVERBS.has(this.lower[start - 1]) && this.tokens[start - 1].text === this.lower[start - 1] && start - 2 >= unit.firstToken && this.tokens[start - 2].kind === 'word'))) start--;
    let passive = false;
    if (!phraseEnd && !word.endsWith('ing')) for (let k = start; k < i; k++) passive ||= PASSIVE.has(this.lower[k]);
    const bare = passive && (this.lower[i + 1] !== 'that' || this.quoted[i + 1]);
    if (bare && !BARE_PASSIVE_FRAMES.has(frame)) return undefined; // "was found" (but "is declaring", "was reported that …", "was expected to …")
    const infinitival = start > unit.firstToken && this.lower[start - 1] === 'to' && !this.quoted[start - 1];
    if (infinitival && (phraseEnd || frame === 'seem' || frame === 'naming' || (!this.controlledInfinitive(start - 1, unit) && !this.purposeInfinitive(start - 1, unit)))) return undefined; // "to help defend …"
    if (i > unit.firstToken && NP_OPENERS.has(this.lower[i - 1]) && start === i && !this.verbAfterPronounLike(i)) return undefined; // "the report", "a statement" (but "Several said")
    if (!phraseEnd && this.isCapitalizedInside(i, unit)) return undefined; // "the United States", "Editor’s Note"
    if (!phraseEnd && start === i && NOUN_LIKE_CUES.has(word) && !this.verbContext(i, unit)) return undefined; // "won overwhelming support", "bounce back"
    if (!phraseEnd && start === i && (NOUN_LIKE_CUES.has(word) || THAT_NOUNS.has(word) || TO_NOUNS.has(word)) && i > unit.firstToken && this.isPossessive(i - 1) && !CONTRACTED_SUBJECTS.has(this.lower[i - 1])) return undefined; // "Editor’s note:", "Trump’s claims"
    return { start, verb: i, end, frame, passive };
  }

  /** "issued a statement", "put out a two-page memo": a verb of issuing and the record it issues, within four words; where the cue ends. */
  private issuedRecordEnd(i: number, unit: Unit): number | undefined {
    const verbEnd = this.matchPhrase(ISSUE_VERBS.get(this.lower[i]), i, unit);
    if (verbEnd === undefined) return undefined;
    for (let t = verbEnd; t < unit.endToken && t - verbEnd < 4 && this.isWordLike(t); t++) {
      if (ISSUED_RECORDS.has(this.lower[t])) return t + 1;
      if (CLAUSE_BOUNDARIES.has(this.lower[t]) && this.lower[t] !== 'that') return undefined;
    }
    return undefined;
  }

  /** "Several said", "each state say": a noun-phrase opener that is no article, then a cue form that is no noun. */
  private verbAfterPronounLike(i: number): boolean {
    const word = this.lower[i];
    if (ARTICLES.has(this.lower[i - 1]) || word.endsWith('ing')) return false;
    if (i - 2 >= 0 && this.tokens[i - 2].kind === 'word' && /^[\p{Lu}]/u.test(this.tokens[i - 2].text)) return false; // "Chapter two describes": the opener ends a name
    return !NOUN_LIKE_CUES.has(word) && !THAT_NOUNS.has(word) && !TO_NOUNS.has(word) && !PREP_NOUNS.has(word) && !SOURCE_NOUNS.has(word) && !COLON_LABELS.has(word);
  }

  private isCapitalizedInside(i: number, unit: Unit): boolean {
    if (i === unit.firstToken || !/^[\p{Lu}]/u.test(this.tokens[i].text) || this.isTitleCase(unit)) return false;
    const previous = this.tokens[i - 1];
    return previous.kind !== 'quote' && !STOPS.has(previous.text) && !DASHES_AND_HYPHEN.has(previous.text);
  }

  /**
   * "Democratic voters are more likely to say that …", "Comey did go out of his way to criticize …": the
   * infinitive's subject is the clause's, when only verbs, adjectives and adverbs (no noun phrase) lie between.
   */
  private controlledInfinitive(to: number, unit: Unit): boolean {
    let k = to - 1;
    while (k > unit.firstToken && to - k <= 6 && this.tokens[k].kind === 'word' && !this.quoted[k] && /^[\p{Ll}]/u.test(this.tokens[k].text) && !NP_OPENERS.has(this.lower[k]) && !PERSON_NOUNS.has(this.lower[k]) && !ORGANIZATION_NOUNS.has(this.lower[k])) {
      if (AUXILIARIES.has(this.lower[k]) || CONTROL_VERBS.has(this.lower[k])) return true;
      k--;
    }
    return false;
  }

  /**
   * "went on Twitter to applaud …", "used his speech to call for …": an infinitive of purpose whose subject is
   * the clause's, when no noun that could own it ("a plan to", "the right to") stands right before "to".
   */
  private purposeInfinitive(to: number, unit: Unit): boolean {
    const previous = to - 1;
    if (previous < unit.firstToken || this.quoted[previous]) return false;
    const lower = this.lower[previous];
    return !(TO_NOUNS.has(lower) || THAT_NOUNS.has(lower) || NP_OPENERS.has(lower) || ARTICLES.has(lower) || lower === 'right' || lower === 'how' || lower === 'what' || lower === 'whether');
  }

  /** A headline in title case ("Zoe Saldana Asked Men Everywhere To …"): most words capitalized. */
  private isTitleCase(unit: Unit): boolean {
    let words = 0;
    let capitalized = 0;
    for (let t = unit.firstToken; t < unit.endToken; t++) {
      if (this.tokens[t].kind !== 'word' || this.tokens[t].text.length < 4) continue;
      words++;
      if (/^[\p{Lu}]/u.test(this.tokens[t].text)) capitalized++;
    }
    return words >= 3 && capitalized >= words * 0.8;
  }

  /** A word that may be a noun is a verb here: a subject pronoun, a name or a record noun before it, or a clause opener after it. */
  private verbContext(i: number, unit: Unit): boolean {
    const next = this.lower[i + 1];
    if (STRICT_NOUN_LIKE.has(this.lower[i])) {
      const previous = i > unit.firstToken ? this.lower[i - 1] : '';
      return PRONOUNS.has(previous) || SUBJECT_PRONOUNS.has(previous) || previous === 'who' || SOURCE_NOUNS.has(previous); // "the document states that"
    }
    if (next === 'that' || next === ':' || this.isOpeningQuote(i + 1)) return true;
    if (i === unit.firstToken) return false;
    const previous = this.lower[i - 1];
    if (PRONOUNS.has(previous) || SUBJECT_PRONOUNS.has(previous) || previous === 'who' || previous === 'you' || SOURCE_NOUNS.has(previous)) return true;
    const word = this.lower[i];
    const pluralSubject = previous.length > 3 && previous.endsWith('s') && !previous.endsWith('ss') && !previous.endsWith('’s') && !previous.endsWith("'s");
    if (!word.endsWith('s') && (pluralSubject || previous === 'percent' || this.tokens[i - 1].kind === 'number' || this.tokens[i - 1].text === '%')) return true; // "Men under 35 support", "senators back"
    return this.tokens[i - 1].kind === 'word' && /^[\p{Lu}]/u.test(this.tokens[i - 1].text) && !NP_OPENERS.has(previous) && !CLAUSE_BOUNDARIES.has(previous);
  }

  private matchPhrase(candidates: string[][] | undefined, i: number, unit: Unit): number | undefined {
    if (!candidates) return undefined;
    for (const words of candidates) {
      if (i + words.length > unit.endToken) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.lower[i + k] === words[k] && !this.quoted[i + k];
      if (ok) return i + words.length;
    }
    return undefined;
  }

  /** A capitalized word that is not just a sentence's first word: "Kelly" (not "Significantly"). */
  private isName(t: number): boolean {
    const text = this.tokens[t].text;
    return /^[\p{Lu}]/u.test(text) && (!isMannerAdverb(this.lower[t]) || GIVEN_NAMES.has(text));
  }

  private isWordLike(t: number): boolean {
    const token = this.tokens[t];
    return !this.quoted[t] && (token.kind === 'word' || token.kind === 'number' || token.kind === 'handle' || token.text === '-' || token.text === '&' || token.text === '%');
  }

  private isClosingQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.quoted[t] === 1 && this.regionEndAt[t] === t + 1;
  }

  private isOpeningQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.regionStartAt[t] === t;
  }

  /** Word tokens of a noun phrase ending just before `end`, scanning left to a clause boundary. */
  private phraseBefore(end: number, floor: number): number {
    let a = end;
    while (a > floor && end - a < MAX_SUBJECT_WORDS && this.isWordLike(a - 1) && !CLAUSE_BOUNDARIES.has(this.lower[a - 1])) a--;
    if (a > floor && end - a < MAX_SUBJECT_WORDS && RELATIVES.has(this.lower[a - 1]) && a === end) a--;
    return a;
  }

  /** The subject before a cue, with appositions ("X, a spokesman for Y, said"): segments, and the token before it. */
  private subjectBefore(cueStart: number, floor: number, invertedSpeakerFollows = false): { segments: [number, number][]; before: number } | undefined {
    let end = this.skipInsertions(cueStart, floor);
    if (end - 1 > floor && this.tokens[end - 1].text === ',' && !invertedSpeakerFollows) {
      const named = this.nameBeforeAppositions(end - 1, floor) ?? this.leadingName(end - 1, floor);
      if (named) return named;
      const a = this.phraseBefore(end - 1, floor); // "Valeri Zaluzhni, has indicated": the comma closes an apposition
      if (a < end - 1 && this.isNameLike(a, end - 1) && !this.lower[cueStart].endsWith('ing')) end = end - 1;
    }
    const segments: [number, number][] = [];
    end = this.skipTimePhrase(end, floor);
    // "A top U.S. official today praised …", "officials Tuesday said": a bare day word before the verb is when, not who.
    if (end - 2 > floor && BARE_DAY_WORDS.has(this.lower[end - 1]) && this.isWordLike(end - 2)) end--;
    for (let round = 0; round < 3; round++) {
      const a = round === 0 ? this.headOfPrepositionalPhrase(this.phraseBefore(end, floor), floor) : this.phraseBefore(end, floor);
      if (a === end) break;
      segments.unshift([a, end]);
      const relative = end - a === 1 && RELATIVES.has(this.lower[a]);
      if (!relative && a - 1 > floor && this.tokens[a - 1].text === ',' && round < 2 && this.appositionAhead(a - 1, floor)) {
        end = a - 1;
        continue;
      }
      return { segments, before: a - 1 };
    }
    if (segments.length === 0) return undefined;
    return { segments, before: segments[0][0] - 1 };
  }

  /**
   * "Mr. Morgan of the Sierra Club said", "…, a USA TODAY analysis of newly filed reports shows": where a
   * subject starts whose head (a name, or a person, body or record noun) a prepositional phrase ending at `a`
   * modifies, when the subject follows its content; else `a`.
   */
  private headOfPrepositionalPhrase(a: number, floor: number): number {
    const preposition = a - 1;
    if (preposition <= floor || this.quoted[preposition] || !SUBJECT_PREPOSITIONS.has(this.lower[preposition])) return a;
    const b = this.phraseBefore(preposition, floor);
    if (b === preposition || preposition - b > 5) return a;
    const boundary = b - 1;
    const afterContent = boundary > floor && (this.tokens[boundary].text === ',' || this.isClosingQuote(boundary)); // a lead subject keeps its last noun ("the foreign minister of Russia said" → Russia)
    const head = preposition - 1;
    const lower = this.lower[head];
    const nounHead = this.isName(head) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || TITLES.has(lower);
    return afterContent && nounHead ? b : a;
  }

  /**
   * Steps back over what may stand between a subject and its verb: a parenthesis ("Warren (D-MA) said"),
   * a dash-enclosed aside, an adverb or prepositional phrase between commas ("Stranch, in her dissent, said").
   */
  private skipInsertions(end: number, floor: number): number {
    for (let round = 0; round < 3; round++) {
      const before = end - 1;
      if (before <= floor) return end;
      const text = this.tokens[before].text;
      if (text === ')') {
        let k = before - 1;
        while (k > floor && before - k < 12 && this.tokens[k].text !== '(') k--;
        if (k <= floor || this.tokens[k].text !== '(') return end;
        end = k;
      } else if (DASHES.has(text)) {
        let k = before - 1;
        while (k > floor && before - k < 16 && !DASHES.has(this.tokens[k].text) && !this.quoted[k]) k--;
        if (k <= floor || !DASHES.has(this.tokens[k].text)) return end;
        end = k;
      } else if (text === ',') {
        let k = before - 1;
        while (k > floor && before - k < 14 && this.tokens[k].text !== ',' && this.isWordLike(k)) k--;
        if (k <= floor || this.tokens[k].text !== ',' || k === before - 1) return end;
        const first = this.lower[k + 1];
        const adverb = before - k === 2 && (ASIDE_ADVERBS.has(first) || (first.endsWith('ly') && this.tokens[k + 1].text === first));
        const participle = this.opensOtherClause(k + 1) && !SUBORDINATORS.has(first); // "McKeague, writing for the majority, said"
        const phrase = ASIDE_PHRASES.some((words) => words.length === before - k - 1 && words.every((w, n) => this.lower[k + 1 + n] === w)); // "Liveris, of course, said"
        if (!adverb && !participle && !phrase && !ASIDE_PREPOSITIONS.has(first)) return end;
        end = k;
      } else {
        return end;
      }
    }
    return end;
  }

  /**
   * "Scott Goodstein, its chief executive officer, said", "Paris, who used to work on Capitol Hill, said",
   * "Clinton, 35, the daughter of …, said": a name, then up to three asides between commas ending at `comma`.
   */
  private nameBeforeAppositions(comma: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let end = comma;
    for (let round = 0; round < 3; round++) {
      let k = end - 1;
      while (k > floor && end - k < 40 && this.tokens[k].text !== ',' && !this.quoted[k] && !STOPS.has(this.tokens[k].text)) k--;
      if (k <= floor || this.tokens[k].text !== ',' || k === end - 1) return undefined;
      const first = this.lower[k + 1];
      const affiliation = SUBJECT_PREPOSITIONS.has(first) && this.isName(k + 2); // "Mr. Mahaney, of RBC Capital Markets, said"
      const clauseAside = RELATIVE_WORDS.has(first) || this.opensParticipleAside(k + 1, end); // "who has …", "clad in …", "conducted jointly with …"
      const aside = this.isAppositionPhrase(k + 1, end) || clauseAside || affiliation || (end - k === 2 && this.tokens[k + 1].kind === 'number');
      if (!aside) return undefined;
      const nameEnd = this.beforeParenthesis(k, floor); // "Rep. Elijah Cummings (D-Md.), chair of …, said"
      const head = this.phraseBefore(nameEnd, floor);
      if (head < nameEnd && this.appositionAhead(nameEnd, floor)) return { segments: [[head, nameEnd]], before: head - 1 };
      const owner = this.nameOwningPlace(head, nameEnd, floor); // "Senator John Cornyn of Texas, the No. 2 Republican …, said"
      if (owner !== undefined) return { segments: [[owner, nameEnd]], before: owner - 1 };
      if (clauseAside && head < nameEnd && head === floor && !this.quoted[head]) return { segments: [[head, nameEnd]], before: head - 1 }; // "Mrs. Clinton's presidential campaign, which has been shadowed …, said"
      end = k;
    }
    return undefined;
  }

  /** "clad in a red cape", "conducted jointly with …": a past participle, then a preposition or an adverb, opens an aside about the phrase before it. */
  private opensParticipleAside(a: number, end: number): boolean {
    if (end - a < 2 || this.tokens[a].kind !== 'word' || this.tokens[a].text !== this.lower[a]) return false;
    const word = this.lower[a];
    if (!(word.endsWith('ed') || PAST_PARTICIPLES.has(word)) || AUXILIARIES.has(word) || VERB_FRAME.has(word)) return false;
    const next = this.lower[a + 1];
    return PREPOSITIONS.has(next) || next === 'as' || isMannerAdverb(next);
  }

  /**
   * "Brian Abernathy, the city's first deputy manager, said", "Michael Green, associate professor of history at
   * …, said": a name opens the clause, and whatever stands between its comma and the comma before the verb
   * (no sentence stop) is an aside about it.
   */
  private leadingName(comma: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let a = floor;
    if (a < comma && SENTENCE_CONNECTIVES.has(this.lower[a]) && this.isName(a + 1)) a++; // "But Murshed Zaheed, …, said"
    let c = a;
    while (c < comma && c - a < 6 && this.isWordLike(c) && !this.quoted[c]) c++;
    if (c === a || c >= comma || this.tokens[c].text !== ',' || !this.isName(a) || !this.isNameLike(a, c) || (c - a === 1 && !this.isName(a))) return undefined;
    if (c - a === 1 && (DATE_WORDS.has(this.lower[a]) || ASIDE_ADVERBS.has(this.lower[a]) || isMannerAdverb(this.lower[a]))) return undefined; // "Still, …"
    for (let t = c + 1; t < comma; t++) if (STOPS.has(this.tokens[t].text) && !this.quoted[t]) return undefined;
    if (comma - c > 30) return undefined;
    return { segments: [[a, c]], before: a - 1 };
  }

  /**
   * "Senator John Cornyn of Texas", "Rep. Tom Cole of Oklahoma": a name, then "of" or "from" and a name, the
   * whole phrase opening its clause; where it starts, or undefined.
   */
  private nameOwningPlace(head: number, end: number, floor: number): number | undefined {
    const preposition = head - 1;
    if (head >= end || preposition <= floor || (this.lower[preposition] !== 'of' && this.lower[preposition] !== 'from') || !this.isName(head)) return undefined;
    for (let t = head; t < end; t++) if (!/^[\p{Lu}\d]/u.test(this.tokens[t].text)) return undefined;
    if (!this.isName(preposition - 1) || !this.appositionAhead(preposition, floor)) return undefined;
    return this.phraseBefore(preposition, floor);
  }

  /** Where a parenthesis ending right before `end` opens ("Warren (D-MA)"), else `end`. */
  private beforeParenthesis(end: number, floor: number): number {
    if (end - 1 <= floor || this.tokens[end - 1].text !== ')') return end;
    let k = end - 2;
    while (k > floor && end - k < 12 && this.tokens[k].text !== '(') k--;
    return k > floor && this.tokens[k].text === '(' ? k : end;
  }

  /** "Trump at the time said": steps back over a short time or place phrase between a name and its verb. */
  private skipTimePhrase(end: number, floor: number): number {
    const a = this.phraseBefore(end, floor);
    if (a === end || end - a > 4 || !DETERMINERS_AND_TIME.has(this.lower[a]) || a - 1 <= floor || !TIME_PREPOSITIONS.has(this.lower[a - 1])) return end;
    const b = this.phraseBefore(a - 1, floor);
    if (b === a - 1) return end;
    const head = this.lower[a - 2];
    return /^[\p{Lu}]/u.test(this.tokens[a - 2].text) || PERSON_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head) || PRONOUNS.has(head) ? a - 1 : end;
  }

  /** Every word capitalized, a title or a determiner: "Kremlin spokesman Dmitri Peskov", "the Pentagon". */
  private isNameLike(a: number, end: number): boolean {
    if (!/^[\p{Lu}]/u.test(this.tokens[a].text)) return false;
    for (let t = a; t < end; t++) {
      const lower = this.lower[t];
      if (!/^[\p{Lu}\d]/u.test(this.tokens[t].text) && !TITLES.has(lower) && !NP_OPENERS.has(lower) && !PERSON_NOUNS.has(lower) && lower !== "'s" && lower !== '’s' && lower !== 'of') return false;
    }
    return true;
  }

  /** A lowercase noun phrase that can stand in apposition: "its chief executive officer", "a spokesman for …". */
  private isAppositionPhrase(a: number, end: number): boolean {
    const first = this.lower[a];
    if (!(NP_OPENERS.has(first) || TITLES.has(first) || PERSON_NOUNS.has(first) || (this.isPossessive(a) && end - a > 1))) return false; // "Sanders' senior media adviser"
    for (let t = a; t < end; t++) {
      if (RELATIVE_WORDS.has(this.lower[t])) return true; // "the executive director …, whose film was also featured"
      if (AUXILIARIES.has(this.lower[t]) && !NP_OPENERS.has(this.lower[t])) return false;
    }
    return true;
  }

  /** A comma at `comma` opens an apposition when the phrase before it is a name or a title and reaches the clause start. */
  private appositionAhead(comma: number, floor: number): boolean {
    const a = this.phraseBefore(comma, floor);
    if (a === comma) return false;
    const boundary = a - 1;
    const startsClause = boundary < floor || this.tokens[boundary].text === ',' || this.isClosingQuote(boundary) || (CLAUSE_BOUNDARIES.has(this.lower[boundary]) && !PREPOSITIONS.has(this.lower[boundary])); // "exports to Mexico, the report says": an object, no subject
    if (!startsClause || !/^[\p{Lu}]/u.test(this.tokens[a].text) || CLAUSE_BOUNDARIES.has(this.lower[a])) return false;
    if (comma - a === 1 && ((isMannerAdverb(this.lower[a]) && !this.isName(a)) || DATE_WORDS.has(this.lower[a]) || ASIDE_ADVERBS.has(this.lower[a]))) return false; // "Significantly, the judge said"
    if (ASIDE_PREPOSITIONS.has(this.lower[a]) || this.lower[a] === 'although' || this.lower[a] === 'asked') return false;
    for (let t = a; t < comma; t++) {
      const lower = this.lower[t];
      const nounLike = /^[\p{Lu}\d]/u.test(this.tokens[t].text) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
      if (!nounLike || AUXILIARIES.has(lower)) return false;
    }
    return true;
  }

  /** "said Kremlin spokesman Dmitri Peskov": the phrase after an inverted cue, stopping at a comma or a lowercase non-noun. */
  private phraseAfter(start: number, unit: Unit): number {
    if (DATE_WORDS.has(this.lower[start])) return start;
    let b = start;
    while (b < unit.endToken && b - start < MAX_SUBJECT_WORDS && this.isWordLike(b)) {
      const word = this.tokens[b].text;
      const lower = this.lower[b];
      const fits = /^[\p{Lu}\d]/u.test(word) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || lower === "'s" || lower === '’s';
      if (!fits) {
        const named = this.descriptorBeforeName(b, unit); // "says political scientist Dossym Satpayev"
        if (named === b) break;
        b = named;
        continue;
      }
      b++;
    }
    return b;
  }

  /**
   * "…, said Democratic strategist Hank Sheinkopf.": a bare verb of saying after a comma, then a speaker phrase that
   * ends the unit or meets a comma, is inverted; the name before the comma belongs to the content.
   */
  private invertedSpeakerFollows(cue: Cue, unit: Unit): boolean {
    if (cue.start !== cue.verb || cue.end !== cue.verb + 1 || VERB_FRAME.get(this.lower[cue.verb]) !== 'say' || this.lower[cue.verb].endsWith('ing') || TAKES_LISTENER.has(this.lower[cue.verb])) return false;
    if (cue.start - 1 < unit.firstToken || this.tokens[cue.start - 1].text !== ',') return false;
    const b = this.phraseAfter(cue.end, unit);
    if (b === cue.end) return false;
    return b >= unit.endToken || this.tokens[b].text === ',' || STOPS.has(this.tokens[b].text);
  }

  /** Up to three lowercase words that describe a name right after them ("political scientist", "election lawyer"): where the name starts, else `k`. */
  private descriptorBeforeName(k: number, unit: Unit): number {
    let t = k;
    while (t < unit.endToken && t - k < 3 && this.isWordLike(t) && this.tokens[t].kind === 'word' && this.tokens[t].text === this.lower[t]) {
      const lower = this.lower[t];
      if (CLAUSE_BOUNDARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower) || lower.endsWith('ing')) return k;
      t++;
    }
    return t > k && t + 1 < unit.endToken && this.isWordLike(t) && this.isName(t) && this.isName(t + 1) ? t : k;
  }

  private verbal(cue: Cue, unit: Unit, floor: number, found: Attribution[]): Attribution | undefined {
    if (cue.passive) return this.passiveClause(cue, unit, floor);
    const joiner = found.length > 0 ? joinerBefore(this.tokens, this.lower, this.quoted, cue.start, unit.firstToken) : -1;
    if (joiner >= 0 && consumedEndsAt(found, joiner)) {
      const content = this.contentAfter(cue, unit);
      if (content && content[1] > content[0]) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
    }
    const afterRelative = this.afterRelativeClause(cue, unit, found);
    if (afterRelative) return afterRelative;
    const infinitival = cue.start > unit.firstToken && this.lower[cue.start - 1] === 'to';
    const subject = infinitival ? this.clauseSubject(unit, floor, cue.start - 1) : this.subjectBefore(cue.start, floor, this.invertedSpeakerFollows(cue, unit)) ?? this.sharedSubject(cue, unit, floor);
    if (infinitival) {
      const content = subject && this.contentAfter(cue, unit);
      if (!subject || !content) return undefined;
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subject.segments[0][0], content[0]] };
    }
    if (subject) this.subjectOfRelative(subject, floor);
    if (subject && subject.segments[0][1] - subject.segments[0][0] > 1 && AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !FINITE_AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !NP_OPENERS.has(this.lower[subject.segments[0][0]])) subject.segments[0][0]++; // "Even Mr. Slinker says": an adverb, then the subject
    if (subject && AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !NP_OPENERS.has(this.lower[subject.segments[0][0]])) return undefined; // "did you discuss Aleppo?": a question, no subject
    if (cue.frame === 'seem') return this.impression(cue, subject?.segments[0][0] ?? floor, unit);
    const before = subject ? subject.before : cue.start - 1;
    const boundaryIsComma = before >= floor && (this.tokens[before].text === ',' || this.isClosingQuote(before));
    const contentBefore = boundaryIsComma ? this.contentEndingAt(before, floor) : undefined;
    const participleFollows = this.tokens[cue.end]?.text === ',' && cue.end + 1 < unit.endToken && !this.quoted[cue.end + 1] && this.opensOtherClause(cue.end + 1); // "“…,” he vowed, adding …"
    const trailingFrame = cue.frame === 'say' || cue.frame === 'that' || (cue.frame !== 'naming' && !this.clauseFollows(cue, unit) && (this.endsUnit(cue.end, unit) || participleFollows)); // "…, records show.

    if (subject && boundaryIsComma && this.tokens[before].text === ',' && trailingFrame) {
      const split = this.parenthetical(cue, subject.segments, before, unit, floor);
      if (split) return split;
    }
    const relativeSubject = subject !== undefined && subject.segments.length === 1 && subject.segments[0][1] - subject.segments[0][0] === 1 && RELATIVES.has(this.lower[subject.segments[0][0]]);
    if (subject && relativeSubject) {
      // "Franklin Graham, who has vowed …": the relative pronoun stands for the phrase before it.
      const who = subject.segments[0][0];
      const end = who - 1 > floor && this.tokens[who - 1].text === ',' ? who - 1 : who;
      let antecedent = end;
      while (antecedent > floor && end - antecedent < 5 && this.isWordLike(antecedent - 1) && !CLAUSE_BOUNDARIES.has(this.lower[antecedent - 1]) && !AUXILIARIES.has(this.lower[antecedent - 1]) && !this.lower[antecedent - 1].endsWith('ing')) antecedent--;
      let owned = false; // "the Board of Inquiry’s report, which found": a thing someone owns is not who speaks
      for (let t = antecedent; t < end - 1 && !owned; t++) owned = this.isPossessive(t) && !POSSESSIVE_PRONOUNS.has(this.lower[t]);
      if (antecedent < end && !owned) subject.segments.unshift([antecedent, end]);
    }
    const explicit = subject ? this.contentAfter(cue, unit, true) : undefined;
    const introduced = explicit !== undefined && (!this.isOpeningQuote(explicit[0]) || this.tokens[explicit[0] - 1]?.text === ':');
    const quotationBefore = contentBefore !== undefined && this.isClosingQuote(before) && this.isOpeningQuote(contentBefore[0]) && this.regionEndAt[contentBefore[0]] === before + 1; // "“…,” he said introducing Clinton"
    const subordinateAfterQuotation = quotationBefore && explicit !== undefined && SUBORDINATORS.has(this.lower[explicit[0]]) && !this.quoted[explicit[0]]; // "“You bet I would,” Christie said when asked …"
    if (subject && explicit && !subordinateAfterQuotation && (introduced || !contentBefore || !trailingFrame || relativeSubject)) {
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [explicit], inherit: false, channelRange: [subject.segments[0][0], explicit[0]] };
    }
    if (subject && contentBefore && trailingFrame && !relativeSubject && (quotationBefore || !this.clauseFollows(cue, unit))) {
      return this.trailing(cue, subject.segments, contentBefore, unit);
    }
    if (!subject && contentBefore && trailingFrame && !this.lower[cue.verb].endsWith('ing') && !NAMES_LISTENER_AFTER.has(this.lower[cue.verb])) { // "…, told The Huffington Post": a listener, not a speaker
      const b = this.phraseAfter(cue.end, unit);
      if (b === cue.end) return undefined;
      if (b < unit.endToken && this.isWordLike(b) && !this.quoted[b] && (AUXILIARIES.has(this.lower[b]) || FINITE_AUXILIARIES.has(this.lower[b]))) return undefined; // "…, said the chamber will vote": a clause, not an inverted speaker
      return this.trailing({ ...cue, end: cue.end }, [[cue.end, b]], contentBefore, unit, b);
    }
    if (!subject) {
      const opening = this.verbFirst(cue, unit, floor);
      if (opening) return opening;
    }
    const content = this.contentAfter(cue, unit);
    if (!content) return subject ? this.objectRelative(cue, subject.segments, unit) : undefined;
    if (cue.frame === 'naming' && !this.names(content)) return undefined;
    const subjectStart = subject ? subject.segments[0][0] : cue.start;
    if (!subject) {
      // "…, adding that …": a participle continues the previous attribution's speaker, or the clause's subject.
      const participle = this.lower[cue.verb].endsWith('ing') && before >= unit.firstToken && (this.tokens[before].text === ',' || (this.isClosingQuote(before) && this.tokens[before - 1].text === ',') || (PARTICIPLE_LEADS.has(this.lower[before]) && !this.quoted[before])); // "…, adding", "by saying", "after noting"
      if (!participle) return undefined;
      if (found.length > 0) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
      const clauseSubject = this.clauseSubject(unit, floor, before);
      if (!clauseSubject) return undefined;
      return { cue: [cue.start, cue.end], speaker: clauseSubject.segments, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
    }
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
  }

  /**
   * "the trade pact, which she once supported, …": a relative pronoun before the subject stands for what the
   * cue, ending its clause, reports.
   */
  private objectRelative(cue: Cue, speaker: [number, number][], unit: Unit): Attribution | undefined {
    const relative = speaker[0][0] - 1;
    if (relative < unit.firstToken || this.quoted[relative] || !OBJECT_RELATIVES.has(this.lower[relative]) || cue.frame === 'seem') return undefined;
    const after = cue.end;
    if (after < unit.endToken && this.tokens[after].text !== ',' && !STOPS.has(this.tokens[after].text)) return undefined;
    return { cue: [cue.start, cue.end], speaker, contents: [[relative, relative + 1]], inherit: false, channelRange: [speaker[0][0], cue.end] };
  }

  /**
   * "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”", "But, said Solovey, “…”": a
   * verb of saying opens the sentence, its speaker (and any aside) follows, then a comma and the quotation.
   */
  private verbFirst(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    let first = Math.max(floor, unit.firstToken);
    if (SENTENCE_CONNECTIVES.has(this.lower[first])) first++;
    if (this.tokens[first]?.text === ',') first++;
    if (cue.start !== first || cue.frame !== 'say' || cue.end >= unit.endToken || (first === unit.firstToken && !/^[\p{Lu}]/u.test(this.tokens[cue.verb].text)) || !this.isName(cue.end)) return undefined;
    const b = this.phraseAfter(cue.end, unit);
    if (b === cue.end) return undefined;
    for (let k = b; k < unit.endToken && k - b <= 30; k++) {
      if (this.isOpeningQuote(k)) {
        if (this.tokens[k - 1].text !== ',' && this.tokens[k - 1].text !== ':') return undefined;
        return { cue: [cue.start, cue.end], speaker: [[cue.end, b]], contents: [[k, this.trimEnd(unit.endToken, k + 1)]], inherit: false, channelRange: [cue.end, k] };
      }
      if (this.quoted[k] || STOPS.has(this.tokens[k].text)) return undefined;
    }
    return undefined;
  }

  /**
   * "people who have battled other online threats say …", "organizations that have endorsed him say …": the
   * phrase before the verb is a relative clause (it opens with a verb after "who" or "that"), and the subject
   * is the noun phrase it modifies. Rewrites `subject` in place.
   */
  private subjectOfRelative(subject: { segments: [number, number][]; before: number }, floor: number): void {
    const [a] = subject.segments[0];
    const relative = subject.before;
    if (subject.segments.length !== 1 || relative <= floor || relative !== a - 1 || this.quoted[relative] || (this.lower[relative] !== 'who' && this.lower[relative] !== 'that')) return;
    const first = this.lower[a];
    const verbFirst = AUXILIARIES.has(first) || (this.tokens[a].text === first && !NP_OPENERS.has(first) && !PRONOUNS.has(first) && !SUBJECT_PRONOUNS.has(first) && !PERSON_NOUNS.has(first) && !ORGANIZATION_NOUNS.has(first) && this.tokens[a].kind === 'word');
    if (!verbFirst) return;
    const head = this.phraseBefore(relative, floor);
    if (head === relative || CLAUSE_BOUNDARIES.has(this.lower[head]) || VERB_FRAME.has(this.lower[relative - 1])) return; // "said that …": no relative clause
    subject.segments[0] = [head, relative];
    subject.before = head - 1;
  }

  /**
   * "Mr. Ackman is convinced that …": the subject of a passive of conviction holds the view; "It was widely
   * reported that …", "Sanders had been told that …": nobody named says it.
   */
  private passiveClause(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const content = this.contentAfter(cue, unit, true);
    if (!content) return this.barePassive(cue, unit, floor);
    const subject = EXPERIENCER_PASSIVES.has(this.lower[cue.verb]) ? this.subjectBefore(cue.start, floor) : undefined;
    return { cue: [cue.start, cue.end], speaker: subject?.segments ?? null, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Trump is expected to win", "Biden is considered an asset", "she was asked to resign": a passive cue with no
   * "that"; what is said is about its subject, so the subject and whatever complements the verb are the content.
   */
  private barePassive(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    if (BARE_PASSIVE_FRAMES.has(VERB_FRAME.get(this.lower[cue.verb]) ?? 'say') === false) return undefined;
    for (let t = cue.end; t < unit.endToken; t++) if (!this.quoted[t] && (VERB_FRAME.get(this.lower[t]) === 'say' || this.lower[t] === 'according')) return undefined; // "… were decided …, Epstein said": the clause is someone's content
    const subject = this.subjectBefore(cue.start, floor);
    if (!subject) return undefined;
    const [a, b] = subject.segments[subject.segments.length - 1];
    if (b !== cue.start || (b - a === 1 && RELATIVES.has(this.lower[a]) === false && this.tokens[a].kind !== 'word')) return undefined;
    const contents: [number, number][] = [[a, b]];
    let speaker: [number, number][] | null = EXPERIENCER_PASSIVES.has(this.lower[cue.verb]) ? subject.segments : null;
    const next = cue.end;
    if (next < unit.endToken && (this.isWordLike(next) || this.isOpeningQuote(next)) && !this.opensAdjunct(next) || this.lower[next] === 'to' || this.lower[next] === 'as') {
      let end = this.trimEnd(this.otherClauseAfterComma(next, this.nextCoordinatedCue(next, unit.endToken)), next);
      for (let t = next + 1; t < end - 1; t++) {
        if (this.lower[t] !== 'by' || this.quoted[t]) continue; // "is considered unclean by Muslims": the agent speaks
        const agentEnd = this.sourcePhraseAfter(t + 1, unit, false);
        if (agentEnd > t + 1) {
          speaker = [[t + 1, agentEnd]];
          end = this.trimEnd(t, next);
        }
        break;
      }
      if (end > next) contents.push([next, end]);
    }
    return { cue: [cue.start, cue.end], speaker, contents, inherit: false, channelRange: [cue.start, cue.end] };
  }

  /** An adjunct opens at `k` ("on Tuesday", "there"), but not an existential clause ("said there was no evidence"). */
  private opensAdjunct(k: number): boolean {
    const lower = this.lower[k];
    if (!ADJUNCT_OPENERS.has(lower)) return false;
    if ((lower === 'this' || lower === 'last') && k + 1 < this.tokens.length && !TIME_MODIFIERS.has(this.lower[k + 1]) && !DATE_WORDS.has(this.lower[k + 1])) return false; // "this effect could …" (but "this week")
    return !((lower === 'there' || lower === 'here') && k + 1 < this.tokens.length && EXISTENTIAL_VERBS.has(this.lower[k + 1]) && !this.quoted[k + 1]);
  }

  /** Nothing but an adjunct ("in a statement", "on Tuesday") lies between `k` and the end of the unit. */
  private endsUnit(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || STOPS.has(this.tokens[k].text)) return true;
    if (!this.opensAdjunct(k)) return false;
    for (let t = k; t < unit.endToken; t++) if (this.quoted[t] || this.tokens[t].text === ',') return false;
    return unit.endToken - k <= 10;
  }

  /** Whether a clause (not just an adjunct like "in a statement", "on Tuesday") follows the cue. */
  private clauseFollows(cue: Cue, unit: Unit): boolean {
    let k = cue.end;
    if (TAKES_LISTENER.has(this.lower[cue.verb])) while (k < unit.endToken && k - cue.end < 4 && this.isWordLike(k) && !ADJUNCT_OPENERS.has(this.lower[k])) k++;
    if (k >= unit.endToken || !this.isWordLike(k)) return false;
    return !this.opensAdjunct(k);
  }

  /** "McConnell embraced the mogul and said …": the subject of the clause a coordinated cue shares. */
  private sharedSubject(cue: Cue, unit: Unit, floor: number): { segments: [number, number][]; before: number } | undefined {
    const joiner = cue.start - 1;
    if (joiner <= floor || (this.lower[joiner] !== 'and' && this.lower[joiner] !== 'but') || this.quoted[joiner]) return undefined;
    const limit = this.tokens[joiner - 1].text === ',' ? joiner - 1 : joiner; // "She brought that down …, but said …"
    return this.clauseSubject(unit, floor, limit);
  }

  /** "The plan seemed to work": the whole clause is the content, and nobody in particular its source. */
  private impression(cue: Cue, clauseStart: number, unit: Unit): Attribution | undefined {
    const next = this.lower[cue.end];
    const state = next !== undefined && this.tokens[cue.end].kind === 'word' && this.tokens[cue.end].text === next && !this.quoted[cue.end]
      && !ADJUNCT_OPENERS.has(next) && !CLAUSE_BOUNDARIES.has(next) && !NP_OPENERS.has(next) && !AUXILIARIES.has(next); // "appeared paralyzed", "seem intent on"
    if (next !== 'to' && next !== 'that' && !state) return undefined;
    const end = this.trimEnd(unit.endToken, cue.end);
    if (end - clauseStart < 4 || this.quoted[clauseStart]) return undefined;
    return { cue: [cue.start, cue.end], speaker: null, contents: [[clauseStart, end]], inherit: false, channelRange: [cue.start, cue.start] };
  }

  /** A naming ("called him a liar", "called it “absurd”") names something: a quotation or an "a"/"an" phrase. */
  private names([s, e]: [number, number]): boolean {
    for (let t = s; t < e; t++) if (this.quoted[t] || (t > s && (this.lower[t] === 'a' || this.lower[t] === 'an'))) return true;
    for (let t = s + 1; t < e - 1; t++) if (this.lower[t] === 'as' && !this.quoted[t] && this.isWordLike(t + 1) && this.lower[t + 1] !== 'well' && this.lower[t - 1] !== 'such') return true; // "sees the calendar ahead as increasingly favorable"
    // "called him divisive", "calls Clinton unqualified": an object, then what it is called.
    let k = s;
    if (NAMED_OBJECTS.has(this.lower[k])) k++;
    else while (k < e && k - s < 4 && /^[\p{Lu}]/u.test(this.tokens[k].text) && this.tokens[k].kind === 'word') k++;
    if (k === s || k >= e || this.tokens[k].kind !== 'word' || this.quoted[k]) return false;
    const next = this.lower[k];
    return !ADJUNCT_OPENERS.has(next) && !CLAUSE_BOUNDARIES.has(next) && !AUXILIARIES.has(next) && next !== 'back' && next !== 'up' && next !== 'off' && next !== 'out';
  }

  /** The noun phrase opening the clause that ends before `limit`, after a connective or a fronted adjunct. */
  private clauseSubject(unit: Unit, floor: number, limit: number): { segments: [number, number][]; before: number } | undefined {
    let a = Math.max(floor, unit.firstToken);
    if (a > unit.firstToken && this.tokens[a - 1].text !== ',' && !STOPS.has(this.tokens[a - 1].text)) return undefined;
    if (SENTENCE_CONNECTIVES.has(this.lower[a])) a++;
    if (a < limit && ASIDE_PREPOSITIONS.has(this.lower[a])) {
      let k = a;
      while (k < limit && this.tokens[k].text !== ',' && k - a < 14) k++;
      if (this.tokens[k]?.text !== ',') return undefined;
      a = k + 1;
    }
    const b = this.phraseAfter(a, unit);
    if (b === a || b >= limit) return undefined;
    let nounLike = PRONOUNS.has(this.lower[a]);
    for (let t = a; t < b && !nounLike; t++) nounLike = /^[\p{Lu}]/u.test(this.tokens[t].text) || PERSON_NOUNS.has(this.lower[t]) || ORGANIZATION_NOUNS.has(this.lower[t]);
    if (!nounLike) return undefined;
    if (b - a === 1 && PRONOUNS.has(this.lower[a]) && !/^(he|she|they)$/.test(this.lower[a])) return undefined;
    return { segments: [[a, b]], before: a - 1 };
  }

  /** "…, X said (in a statement)": the content before, and a second half of a split quotation after. */
  private trailing(cue: Cue, speaker: [number, number][], contentBefore: [number, number], unit: Unit, after = cue.end): Attribution {
    const contents: [number, number][] = [contentBefore];
    let k = after;
    while (k < unit.endToken && !this.quoted[k] && this.tokens[k].text !== ',' && !STOPS.has(this.tokens[k].text)) k++;
    let channelEnd = k;
    if (k < unit.endToken && this.tokens[k].text === ',' && this.isOpeningQuote(k + 1)) {
      const end = this.trimEnd(unit.endToken, k + 1);
      contents.push([k + 1, end]);
      channelEnd = k;
    } else {
      channelEnd = unit.endToken;
    }
    return { cue: [cue.start, cue.end], speaker, contents, inherit: false, channelRange: [speaker[0][0], channelEnd] };
  }

  /**
   * "In his state, Christie said, nonviolent offenders are sent …": an attribution set between commas inside
   * the content it reports; the content is both halves.
   */
  private parenthetical(cue: Cue, speaker: [number, number][], comma: number, unit: Unit, floor: number): Attribution | undefined {
    let k = cue.end;
    while (k < unit.endToken && k - cue.end < 3 && this.isWordLike(k) && DATE_WORDS.has(this.lower[k])) k++;
    if (k + 1 >= unit.endToken || this.tokens[k].text !== ',' || this.quoted[k]) return undefined;
    const next = k + 1;
    if (!this.isWordLike(next) || this.opensOtherClause(next) || VERB_FRAME.has(this.lower[next]) || this.opensAdjunct(next) && this.lower[next] !== 'in' && this.lower[next] !== 'at') return undefined;
    const end = this.trimEnd(this.nextCoordinatedCue(next, unit.endToken), next);
    let wordsAfter = 0;
    for (let t = next; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') wordsAfter++;
    if (wordsAfter < 3 || comma <= floor) return undefined;
    for (let t = floor; t < comma; t++) if (this.quoted[t] || STOPS.has(this.tokens[t].text)) return undefined;
    return { cue: [cue.start, cue.end], speaker, contents: [[floor, comma], [next, end]], inherit: false, channelRange: [speaker[0][0], k] };
  }

  /** The content before a comma or closing quote at `boundary`: from the clause start (or `floor`). */
  private contentEndingAt(boundary: number, floor: number): [number, number] | undefined {
    const end = this.tokens[boundary].text === ',' ? boundary : boundary + 1;
    let words = 0;
    for (let t = floor; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    const wholeQuotation = this.isOpeningQuote(floor) && this.regionEndAt[floor] >= end && this.regionEndAt[floor] <= end + 1;
    if (words < (wholeQuotation ? 1 : 3) || (words <= 7 && !this.quoted[floor] && ASIDE_PREPOSITIONS.has(this.lower[floor]))) return undefined; // "At one point, …"
    return [floor, end];
  }

  /** The content after a cue: from "that", a colon or an opening quote, or the clause right after a verb of saying. */
  private contentAfter(cue: Cue, unit: Unit, explicitOnly = false): [number, number] | undefined {
    const limit = Math.min(unit.endToken, cue.end + 14);
    let start = -1;
    const first = cue.end;
    const clauseRightAfter = (cue.frame === 'say' || cue.frame === 'target' || cue.frame === 'naming') && first < unit.endToken && this.isWordLike(first)
      && !TAKES_LISTENER.has(this.lower[cue.verb]) && !this.opensAdjunct(first) && !EXPLICIT_OPENERS.has(this.lower[first]) && !this.timeBeforeThat(first, unit);
    if (clauseRightAfter && explicitOnly) return undefined;
    for (let k = cue.end; k < limit && !clauseRightAfter; k++) {
      if (k === cue.end && DASHES.has(this.tokens[k].text) && !this.quoted[k]) { // "said — on Twitter, as it happens — that …"
        let close = k + 1;
        while (close < unit.endToken && close - k <= 12 && !DASHES.has(this.tokens[close].text) && !this.quoted[close] && !STOPS.has(this.tokens[close].text)) close++;
        if (close < unit.endToken && DASHES.has(this.tokens[close].text) && close - k > 1) {
          k = close;
          continue;
        }
      }
      const text = this.tokens[k].text;
      if (this.isOpeningQuote(k)) {
        start = k;
        break;
      }
      if (this.quoted[k] || (k > cue.end && (RELATIVES.has(this.lower[k]) || (VERB_FRAME.has(this.lower[k]) && !NP_OPENERS.has(this.lower[k - 1]))))) break;
      if (k > cue.end && this.tokens[k - 1].text === ',' && this.opensOtherClause(k)) break; // "said, before clarifying that …"
      if (this.lower[k] === 'that' || this.lower[k] === 'whether' || this.lower[k] === 'if' && cue.frame !== 'target' || (k === cue.end && WH_OPENERS.has(this.lower[k]) && cue.frame !== 'target')) {
        start = k;
        break;
      }
      if (text === ':') {
        start = k + 1;
        break;
      }
      if (this.lower[k] === 'to' && cue.frame === 'infinitive' && k <= cue.end + 4 && this.lower[k - 1] !== 'according') {
        start = k;
        break;
      }
      if (STOPS.has(text)) break;
    }
    if (start < 0 && !explicitOnly && (cue.frame === 'that' || cue.frame === 'infinitive') && this.bareClauseAt(cue.end, unit)) start = cue.end; // "agreed there are …", "hopes his endorsement will …"
    if (start < 0) {
      if (explicitOnly) return undefined;
      if (cue.frame === 'that' && STANCE_PREPOSITIONS.has(this.lower[cue.end]) && !this.quoted[cue.end]) return this.contentAfter({ ...cue, end: cue.end + 1, frame: 'target' }, unit); // "agreed with the analysis"
      if (cue.frame === 'infinitive' || cue.frame === 'that') return this.modifiesNoun(cue) ? undefined : this.contentAfter({ ...cue, frame: 'target' }, unit); // "urged a strong stand", "knew Ali for decades"
      let next = cue.end;
      if (cue.frame === 'say' && this.tokens[next]?.text === ',' && this.isWordLike(next + 1) && !ADJUNCT_OPENERS.has(this.lower[next + 1]) && !this.opensOtherClause(next + 1) && !VERB_FRAME.has(this.lower[next + 1])) next++; // "Rubio says, win or lose, he’s staying"
      if (WH_OPENERS.has(this.lower[next]) && cue.frame === 'say') {
        start = next;
      } else {
      if (next >= unit.endToken || !(this.tokens[next].kind === 'word' || this.tokens[next].kind === 'number')) return undefined;
      const afterAdjunct = cue.frame === 'say' && !TAKES_LISTENER.has(this.lower[cue.verb]) ? clauseAfterAdjunct(this.tokens, this.lower, this.quoted, next, unit.endToken) : -1;
      if (afterAdjunct >= 0) next = afterAdjunct;
      else if (cue.frame === 'say' && !TAKES_LISTENER.has(this.lower[cue.verb]) && CLAUSE_BOUNDARIES.has(this.lower[next]) && !PRONOUNS.has(this.lower[next])) return undefined;
      start = next;
      }
    }
    if (start >= unit.endToken) return start === unit.endToken ? [start, start] : undefined;
    let end = this.trimEnd(this.nextCoordinatedCue(start, unit.endToken), start);
    if (cue.frame === 'target' || cue.frame === 'naming') end = this.trimEnd(this.relativeClauseStart(start, end), start);
    if (cue.frame === 'target' && !EXPLICIT_OPENERS.has(this.lower[start])) end = this.trimEnd(coordinatedPredicateStart(this.tokens, this.lower, this.quoted, start, end), start);
    if ((cue.frame === 'target' || cue.frame === 'naming' || cue.frame === 'infinitive') && !EXPLICIT_OPENERS.has(this.lower[start])) end = this.trimEnd(this.otherClauseAfterComma(start, end), start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    const namedObject = words === 1 && cue.frame === 'target' && end - start === 1 && (this.isName(start) || PERSONAL_OBJECTS.has(this.lower[start])); // "backed Clinton", "praised him"
    const proForm = words === 1 && end - start === 1 && cue.frame === 'say' && PRO_FORM_CONTENTS.has(this.lower[start]); // "said so", "said no"
    const wholeQuotation = words === 1 && this.isOpeningQuote(start) && this.regionEndAt[start] === end; // 'Priebus said, “Probably.”'
    return words >= 2 || namedObject || proForm || wholeQuotation ? [start, end] : undefined;
  }

  /** "271 pledged delegates", "the convention’s pledged delegates": a bare cue form after a number, a determiner, a preposition or a possessor is an adjective. */
  private modifiesNoun(cue: Cue): boolean {
    const previous = cue.start - 1;
    if (cue.start !== cue.verb || previous < 0 || this.quoted[previous]) return false;
    return this.tokens[previous].kind === 'number' || NP_OPENERS.has(this.lower[previous]) || ARTICLES.has(this.lower[previous]) || PREPOSITIONS.has(this.lower[previous]) || this.isPossessive(previous);
  }

  /** "said late Wednesday that …": only words of time lie between `k` and a "that". */
  private timeBeforeThat(k: number, unit: Unit): boolean {
    for (let t = k; t < unit.endToken && t - k <= 4; t++) {
      if (this.lower[t] === 'that' && t > k) return true;
      if (!this.isWordLike(t) || !(DATE_WORDS.has(this.lower[t]) || TIME_PREPOSITIONS.has(this.lower[t]) || TIME_MODIFIERS.has(this.lower[t]) || this.tokens[t].kind === 'number')) return false;
    }
    return false;
  }

  /** A subordinate or participial clause opens at `k` ("before clarifying", "referencing"): no content of the cue's lies beyond. */
  private opensOtherClause(k: number): boolean {
    const lower = this.lower[k];
    return SUBORDINATORS.has(lower) || (this.tokens[k].kind === 'word' && lower.length > 5 && lower.endsWith('ing') && !NOT_PARTICIPLES.has(lower));
  }

  /**
   * A finite clause without "that" starts at `k`: a subject pronoun ("he", "there"), or a short noun phrase
   * followed by an auxiliary ("his latest endorsement … will give").
   */
  private bareClauseAt(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || this.quoted[k] || this.tokens[k].kind !== 'word') return false;
    const first = this.lower[k];
    if (SUBJECT_PRONOUNS.has(first)) return k + 1 < unit.endToken && this.tokens[k + 1].kind === 'word' && !CLAUSE_BOUNDARIES.has(this.lower[k + 1]);
    if (!NP_OPENERS.has(first) && !/^[\p{Lu}]/u.test(this.tokens[k].text) && first !== 'it' && first !== 'you') return false;
    for (let t = k + 1; t < unit.endToken && t - k <= 9; t++) {
      if (this.quoted[t] || this.tokens[t].kind !== 'word') return false;
      const lower = this.lower[t];
      if (FINITE_AUXILIARIES.has(lower)) return true;
      if (CLAUSE_BOUNDARIES.has(lower) && lower !== 'of' && lower !== 'in' && lower !== 'for' && lower !== 'on' && lower !== 'at' && lower !== 'with' && lower !== 'from' && lower !== 'to') return false;
    }
    return false;
  }

  /**
   * "attacked Trump, saying …", "deny any links …, but critics point …", "reported no arrests …, although …": the
   * object of a cue ends at a comma before a participle, a subordinate clause or a coordinated clause; a comma
   * before it marks a list ("endorsed A, B, and C"), which goes on.
   */
  private otherClauseAfterComma(start: number, end: number): number {
    let commas = 0;
    for (let k = start + 1; k < end - 1; k++) {
      if (this.quoted[k] || this.tokens[k].text !== ',') continue;
      const next = this.lower[k + 1];
      if (this.quoted[k + 1]) continue;
      if (this.opensOtherClause(k + 1) || CLAUSE_JOINERS.has(next) && next !== ';') return k;
      if ((next === 'and' || next === 'but' || next === 'or') && commas === 0 && end - k > 4) return k;
      commas++;
    }
    return end;
  }

  /** "praised Franklin Graham, who has vowed …": where a relative clause after a comma starts, else `end`. */
  private relativeClauseStart(start: number, end: number): number {
    for (let k = start + 1; k < end - 1; k++) if (!this.quoted[k] && this.tokens[k].text === ',' && RELATIVES.has(this.lower[k + 1])) return k;
    return end;
  }

  /**
   * Where another attribution starts inside a content, else `end`: a coordinated reporting verb ("says A and
   * says B"), or a new subject and its verb after a comma or a contrast ("…, while 9 percent found …",
   * "…, he replied", "which I said was …"), or a participle cue after a comma ("…, adding that …").
   */
  private nextCoordinatedCue(start: number, end: number): number {
    for (let k = start + 2; k < end - 1; k++) {
      const quoteComma = this.isClosingQuote(k) && this.tokens[k - 1].text === ','; // "… this race,” adding that …"
      if (this.quoted[k] && !quoteComma) continue;
      const joiner = quoteComma ? ',' : this.lower[k];
      const cut = quoteComma ? k + 1 : k;
      const coordinating = joiner === 'and' || joiner === 'but';
      if (!coordinating && joiner !== ',' && !CLAUSE_JOINERS.has(joiner)) continue;
      if (joiner === ',' && this.isWordLike(k + 1) && this.lower[k + 1].endsWith('ing') && this.opensOtherClause(k + 1)) return cut; // "…, appearing to rely on …": the reporter's own participle clause
      let v = k + 1;
      while (v < end && v - k <= 5 && !this.quoted[v] && this.isSubjectWord(v)) v++;
      const hasSubject = v > k + 1;
      while (v < end && v - k < 8 && AUXILIARIES.has(this.lower[v])) v++;
      if (v >= end || this.quoted[v] || !(VERB_FRAME.has(this.lower[v]) || (hasSubject && this.phraseCueAt(v, end)))) continue; // "…, and he railed against …"
      const participle = this.lower[v].endsWith('ing');
      if (coordinating && !participle) return cut;
      if (hasSubject && !participle && this.lower[v - 1] !== 'to') return cut;
      if (joiner === ',' && v === k + 1 && participle && VERB_FRAME.get(this.lower[v]) === 'say') return cut;
      if (joiner === ',' && v === k + 1 && !participle && VERB_FRAME.get(this.lower[v]) === 'say' && (v + 1 >= end || !this.isWordLike(v + 1) || TAKES_LISTENER.has(this.lower[v]))) return cut; // "X, who has not endorsed anyone, told reporters"
    }
    return end;
  }

  /** Whether a multi-word cue ("railed against", "called for") starts at `t` and ends before `end`. */
  private phraseCueAt(t: number, end: number): boolean {
    const phrases = PHRASE_CUES.get(this.lower[t]);
    if (!phrases) return false;
    return phrases.some((words) => t + words.length <= end && words.every((w, n) => this.lower[t + n] === w && !this.quoted[t + n]));
  }

  /** A word that can make up a short subject: a name, a pronoun, a number, a determiner, a person or body noun. */
  private isSubjectWord(t: number): boolean {
    const token = this.tokens[t];
    if (token.kind === 'number') return true;
    if (token.kind !== 'word') return token.text === '%';
    const lower = this.lower[t];
    if (CLAUSE_BOUNDARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower)) return false;
    return /^[\p{Lu}]/u.test(token.text) || COORDINATED_SUBJECTS.has(lower) || lower === 'percent' || NP_OPENERS.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
  }

  private trimEnd(end: number, floor: number): number {
    while (end > floor && !this.quoted[end - 1] && (STOPS.has(this.tokens[end - 1].text) || this.tokens[end - 1].text === ',')) end--;
    return end;
  }

  private according(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const opening = cue.start === unit.firstToken || cue.start === floor || (cue.start - 1 >= floor && this.lower[cue.start - 1] === 'but');
    const b = this.sourcePhraseAfter(cue.end, unit, opening);
    if (b === cue.end) return undefined;
    const speaker: [number, number][] = [[cue.end, this.withoutDocumentNoun(cue.end, b)]];
    const before = cue.start - 1;
    if (before >= floor && before > unit.firstToken && (this.tokens[before].text === ',' || this.isClosingQuote(before) || this.isWordLike(before))) {
      const end = this.tokens[before].text === ',' ? before : cue.start;
      const content = this.contentEndingAt(end === before ? before : cue.start - 1, floor);
      if (content) return { cue: [cue.start, cue.end], speaker, contents: [[content[0], end]], inherit: false, channelRange: [cue.start, this.trimEnd(unit.endToken, b)] };
    }
    if (b < unit.endToken && (this.tokens[b].text === ',' || this.tokens[b].text === ':')) {
      const end = this.trimEnd(unit.endToken, b + 1);
      if (end - (b + 1) >= 3) return { cue: [cue.start, cue.end], speaker, contents: [[b + 1, end]], inherit: false, channelRange: [cue.start, b] };
    }
    return undefined;
  }

  /** "a Florida Highway Patrol report", "a Reuters/Ipsos poll": the author who published the document speaks; "the survey" stays the survey. */
  private withoutDocumentNoun(start: number, end: number): number {
    const last = end - 1;
    if (last <= start || !DOCUMENT_NOUNS.has(this.lower[last]) || !/^\p{Lu}/u.test(this.tokens[last - 1].text)) return end;
    return last;
  }

  /** A source phrase after its cue ("according to X", "reported by X"): a short phrase, or, opening its sentence, all up to the comma ("According to early results of exit polls conducted by …,"). */
  private sourcePhraseAfter(start: number, unit: Unit, opening: boolean): number {
    let b = start;
    if (opening) {
      while (b < unit.endToken && b - start < 30 && (this.isWordLike(b) || this.quoted[b] || this.tokens[b].text === '’s' || this.tokens[b].text === "'s" || this.tokens[b].text === '/')) b++; // "a Reuters/Ipsos poll"
      if (b < unit.endToken && (this.tokens[b].text === ',' || this.tokens[b].text === ':')) return b;
      b = start;
    }
    while (b < unit.endToken && b - start < 12 && this.isWordLike(b) && !(b > start && (this.lower[b] === 'that' || this.lower[b] === 'and'))) b++;
    return b;
  }
}
