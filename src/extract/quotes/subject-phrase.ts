import { AUXILIARIES, PRONOUNS, TITLES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, SOURCE_NOUNS, ASIDE_PHRASES, ALIAS_OPENERS } from './lexicon.js';
import { hasParticlePrefix } from '../names/sequences.js';
import type { Unit } from './units.js';
import { CLAUSE_BOUNDARIES, TIME_MODIFIERS, PREPOSITIONS, SUBJECT_PREPOSITIONS, RELATIVES, NP_OPENERS, DASHES, STOPS, MAX_SUBJECT_WORDS, TIME_PREPOSITIONS, DETERMINERS_AND_TIME, DATE_WORDS, SENTENCE_CONNECTIVES, BARE_DAY_WORDS, ASIDE_ADVERBS, ASIDE_PREPOSITIONS, SUBORDINATORS, RELATIVE_WORDS, SUBJECT_PRONOUNS, PAST_PARTICIPLES, PERSONAL_SUBJECTS, PARENTHESES, FRONTED_ADJUNCT_OPENERS, RELATIVE_TIME_WORDS, COORDINATORS } from './word-classes.js';
import { isMannerAdverb, TokenView } from './token-view.js';
import { capitalisedElsewhere } from './speakers.js';
import type { Cue } from './attribution-types.js';

/** Subjects of reporting verbs: the phrase before a cue with its appositions and asides, or the phrase after an inverted one. */
export class SubjectReader extends TokenView {
  /** Word tokens of a noun phrase ending just before `end`, scanning left to a clause boundary. */
  protected phraseBefore(end: number, floor: number): number {
    let a = end;
    while (a > floor && end - a < MAX_SUBJECT_WORDS && this.isWordLike(a - 1) && !CLAUSE_BOUNDARIES.has(this.lower[a - 1])) a--;
    if (a > floor && end - a < MAX_SUBJECT_WORDS && RELATIVES.has(this.lower[a - 1]) && a === end) a--;
    return a;
  }

  /** The subject before a cue, with appositions ("X, a spokesman for Y, said"): segments, and the token before it. */
  protected subjectBefore(cueStart: number, floor: number, invertedSpeakerFollows = false): { segments: [number, number][]; before: number } | undefined {
    const commaBeforeInversion = invertedSpeakerFollows && this.tokens[cueStart - 1]?.text === ','; // "…, forcing her to …, said Brad Bannon.": the aside ends the content
    let end = commaBeforeInversion ? cueStart : this.skipInsertions(cueStart, floor);
    if (end - 1 > floor && this.tokens[end - 1].text === ',' && !invertedSpeakerFollows) {
      const named = this.nameBeforeAppositions(end - 1, floor) ?? this.leadingName(end - 1, floor);
      if (named) return named;
      const nameEnd = this.beforeParenthesis(end - 1, floor); // "Sen. Jack Reed (D-R.I.), said"
      const a = this.phraseBefore(nameEnd, floor); // "Valeri Zaluzhni, has indicated": the comma closes an apposition
      if (a < nameEnd && this.isNameLike(a, nameEnd) && !this.lower[cueStart].endsWith('ing')) end = nameEnd;
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
  protected headOfPrepositionalPhrase(a: number, floor: number): number {
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
  protected skipInsertions(end: number, floor: number): number {
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
        while (k > floor && before - k < 30 && !DASHES.has(this.tokens[k].text) && !this.quoted[k]) k--;
        if (k <= floor || !DASHES.has(this.tokens[k].text)) return end;
        end = k;
      } else if (text === ',' || (this.isClosingQuote(before) && this.tokens[this.quoteMarksStart(before, floor) - 1]?.text === ',')) {
        const comma = text === ',' ? before : this.quoteMarksStart(before, floor) - 1; // "Mr. Manafort, citing “the unique magic of Trump,” said"
        let k = comma - 1;
        let quotation = false;
        while (k > floor && comma - k < 24 && (this.quoted[k] || (this.tokens[k].text !== ',' && this.isWordLike(k)))) {
          quotation ||= this.quoted[k] === 1;
          k--;
        }
        if (k <= floor || this.tokens[k].text !== ',' || k === comma - 1) return end;
        const first = this.lower[k + 1];
        const adverb = !quotation && comma - k === 2 && (ASIDE_ADVERBS.has(first) || (first.endsWith('ly') && this.tokens[k + 1].text === first));
        const participle = this.opensOtherClause(k + 1) && !SUBORDINATORS.has(first) && !this.quoted[k + 1]; // "McKeague, writing for the majority, said"
        const phrase = !quotation && ASIDE_PHRASES.some((words) => words.length === comma - k - 1 && words.every((w, n) => this.lower[k + 1 + n] === w)); // "Liveris, of course, said"
        const alias = !quotation && this.aliasAsideEnd(k + 1) === comma; // "Dagalo, known as Hemedti, said"
        if (quotation ? !participle : !adverb && !participle && !phrase && !alias && !ASIDE_PREPOSITIONS.has(first)) return end;
        end = k;
      } else {
        return end;
      }
    }
    return end;
  }

  /** The comma closing an aside that starts at `k`, after a comma, with another name: ", known as Hemedti,". */
  protected aliasAsideEnd(k: number): number | undefined {
    if (k < 1 || this.tokens[k - 1].text !== ',' || this.quoted[k]) return undefined;
    const opener = ALIAS_OPENERS.find((words) => words.every((w, n) => this.lower[k + n] === w));
    if (!opener) return undefined;
    let t = k + opener.length;
    const first = t;
    while (t < this.tokens.length && t - first < 5 && this.isWordLike(t) && /^[\p{Lu}\d]/u.test(this.tokens[t].text)) t++;
    return t > first && this.tokens[t]?.text === ',' ? t : undefined;
  }

  /** Where the run of quote marks ending at `t` starts ("''" is two tokens). */
  protected quoteMarksStart(t: number, floor: number): number {
    let k = t;
    while (k - 1 > floor && this.tokens[k - 1].kind === 'quote') k--;
    return k;
  }

  /** A closing quotation mark (of one or more tokens) at `t` right after a comma: "… this race,” ", "… overblown,'' ". */
  protected closesQuoteAfterComma(t: number, floor: number): boolean {
    return this.isClosingQuote(t) && this.tokens[this.quoteMarksStart(t, floor) - 1]?.text === ',';
  }

  /**
   * "Scott Goodstein, its chief executive officer, said", "Paris, who used to work on Capitol Hill, said",
   * "Clinton, 35, the daughter of …, said": a name, then up to three asides between commas ending at `comma`.
   */
  protected nameBeforeAppositions(comma: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let end = comma;
    for (let round = 0; round < 3; round++) {
      let k = end - 1;
      while (k > floor && end - k < 40 && this.tokens[k].text !== ',' && !this.quoted[k] && (!STOPS.has(this.tokens[k].text) || PARENTHESES.has(this.tokens[k].text))) k--; // "whose education … (ROTC) program,"
      if (k <= floor || this.tokens[k].text !== ',' || k === end - 1) return undefined;
      const first = this.lower[k + 1];
      const affiliation = SUBJECT_PREPOSITIONS.has(first) && this.isName(k + 2); // "Mr. Mahaney, of RBC Capital Markets, said"
      const clauseAside = RELATIVE_WORDS.has(first) || this.opensParticipleAside(k + 1, end); // "who has …", "clad in …", "conducted jointly with …"
      const aside = this.isAppositionPhrase(k + 1, end) || clauseAside || affiliation || (end - k === 2 && this.tokens[k + 1].kind === 'number');
      if (!aside) return undefined;
      const nameEnd = this.beforeParenthesis(k, floor); // "Rep. Elijah Cummings (D-Md.), chair of …, said"
      const head = this.phraseBefore(nameEnd, floor);
      if (head < nameEnd && this.appositionAhead(nameEnd, floor)) {
        // "The army's commander, General Abdel Fattah al-Burhan, told": a title phrase with no name, then the name, is one speaker.
        const unnamedHead = this.tokens.slice(head + 1, nameEnd).every((t) => !/^\p{Lu}/u.test(t.text));
        if (unnamedHead && this.isNameLike(k + 1, end)) return { segments: [[head, nameEnd], [k + 1, end]], before: head - 1 };
        return { segments: [[head, nameEnd]], before: head - 1 };
      }
      const owner = this.nameOwningPlace(head, nameEnd, floor); // "Senator John Cornyn of Texas, the No. 2 Republican …, said"
      if (owner !== undefined) return { segments: [[owner, nameEnd]], before: owner - 1 };
      if (clauseAside && head < nameEnd && head === floor && !this.quoted[head]) return { segments: [[head, nameEnd]], before: head - 1 }; // "Mrs. Clinton's presidential campaign, which has been shadowed …, said"
      end = k;
    }
    return undefined;
  }

  /** "clad in a red cape", "conducted jointly with …": a past participle, then a preposition or an adverb, opens an aside about the phrase before it. */
  protected opensParticipleAside(a: number, end: number): boolean {
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
  protected leadingName(comma: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let a = floor;
    if (a < comma && SENTENCE_CONNECTIVES.has(this.lower[a]) && this.isName(a + 1)) a++; // "But Murshed Zaheed, …, said"
    let c = a;
    while (c < comma && c - a < 6 && this.isWordLike(c) && !this.quoted[c]) c++;
    if (c === a || c >= comma || this.tokens[c].text !== ',' || !this.isName(a) || !this.isNameLike(a, c) || (c - a === 1 && !this.isName(a))) return undefined;
    if (c - a === 1 && (DATE_WORDS.has(this.lower[a]) || ASIDE_ADVERBS.has(this.lower[a]) || isMannerAdverb(this.lower[a]))) return undefined; // "Still, …"
    if (PREPOSITIONS.has(this.lower[a])) return undefined; // "In Kyiv, …, the city's mayor said": a fronted place or time, no name
    for (let t = c + 1; t < comma; t++) if (STOPS.has(this.tokens[t].text) && !this.quoted[t]) return undefined;
    if (comma - c > 30) return undefined;
    // "The commander of U.S. Central Command, General Kenneth McKenzie, said": an unnamed title, then the name, is one speaker.
    if (this.isUnnamedTitle(a, c) && this.isNameLike(c + 1, comma)) return { segments: [[a, c], [c + 1, comma]], before: a - 1 };
    return { segments: [[a, c]], before: a - 1 };
  }

  /** "The commander of U.S. Central Command", "The head of the agency": a determiner and a title, named only in what it heads. */
  protected isUnnamedTitle(a: number, end: number): boolean {
    if (!NP_OPENERS.has(this.lower[a])) return false;
    let t = a + 1;
    while (t < end && !SUBJECT_PREPOSITIONS.has(this.lower[t])) {
      if (/^\p{Lu}/u.test(this.tokens[t].text)) return false;
      t++;
    }
    return t > a + 1 && TITLES.has(this.lower[t - 1]);
  }

  /**
   * "Senator John Cornyn of Texas", "Rep. Tom Cole of Oklahoma": a name, then "of" or "from" and a name, the
   * whole phrase opening its clause; where it starts, or undefined.
   */
  protected nameOwningPlace(head: number, end: number, floor: number): number | undefined {
    const preposition = head - 1;
    if (head >= end || preposition <= floor || (this.lower[preposition] !== 'of' && this.lower[preposition] !== 'from') || !this.isName(head)) return undefined;
    for (let t = head; t < end; t++) if (!/^[\p{Lu}\d]/u.test(this.tokens[t].text)) return undefined;
    if (!this.isName(preposition - 1) || !this.appositionAhead(preposition, floor)) return undefined;
    return this.phraseBefore(preposition, floor);
  }

  /** Where a parenthesis ending right before `end` opens ("Warren (D-MA)"), else `end`. */
  protected beforeParenthesis(end: number, floor: number): number {
    if (end - 1 <= floor || this.tokens[end - 1].text !== ')') return end;
    let k = end - 2;
    while (k > floor && end - k < 12 && this.tokens[k].text !== '(') k--;
    return k > floor && this.tokens[k].text === '(' ? k : end;
  }

  /** "Trump at the time said": steps back over a short time or place phrase between a name and its verb. */
  protected skipTimePhrase(end: number, floor: number): number {
    const a = this.phraseBefore(end, floor);
    if (a === end || end - a > 4 || !DETERMINERS_AND_TIME.has(this.lower[a]) || a - 1 <= floor || !TIME_PREPOSITIONS.has(this.lower[a - 1])) return end;
    const b = this.phraseBefore(a - 1, floor);
    if (b === a - 1) return end;
    const head = this.lower[a - 2];
    return /^[\p{Lu}]/u.test(this.tokens[a - 2].text) || PERSON_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head) || PRONOUNS.has(head) ? a - 1 : end;
  }

  /** Every word capitalized, a title or a determiner: "Kremlin spokesman Dmitri Peskov", "the Pentagon". */
  protected isNameLike(a: number, end: number): boolean {
    if (this.lower[a] === 'the' && a + 1 < end) a++; // "Hamas's armed wing, the Qassam Brigades, said"
    if (!/^[\p{Lu}]/u.test(this.tokens[a].text)) return false;
    for (let t = a; t < end; t++) {
      const lower = this.lower[t];
      if (!/^[\p{Lu}\d]/u.test(this.tokens[t].text) && !hasParticlePrefix(this.tokens[t].text) && !TITLES.has(lower) && !NP_OPENERS.has(lower) && !PERSON_NOUNS.has(lower) && lower !== "'s" && lower !== '’s' && lower !== 'of') return false;
    }
    return true;
  }

  /** A lowercase noun phrase that can stand in apposition: "its chief executive officer", "a spokesman for …". */
  protected isAppositionPhrase(a: number, end: number): boolean {
    const first = this.lower[a];
    if (!(NP_OPENERS.has(first) || TITLES.has(first) || PERSON_NOUNS.has(first) || (this.isPossessive(a) && end - a > 1))) return false; // "Sanders' senior media adviser"
    for (let t = a; t < end; t++) {
      if (RELATIVE_WORDS.has(this.lower[t])) return true; // "the executive director …, whose film was also featured"
      if (AUXILIARIES.has(this.lower[t]) && !NP_OPENERS.has(this.lower[t])) return false;
    }
    return true;
  }

  /** A comma at `comma` opens an apposition when the phrase before it is a name or a title and reaches the clause start. */
  protected appositionAhead(comma: number, floor: number): boolean {
    const a = this.phraseBefore(comma, floor);
    if (a === comma) return false;
    const boundary = a - 1;
    const startsClause = boundary < floor || this.tokens[boundary].text === ',' || this.isClosingQuote(boundary) || (CLAUSE_BOUNDARIES.has(this.lower[boundary]) && !PREPOSITIONS.has(this.lower[boundary])); // "exports to Mexico, the report says": an object, no subject
    // "…, the city's mayor, Vitali Klitschko, said": a title phrase may open with a lower-case determiner.
    const titlePhrase = NP_OPENERS.has(this.lower[a]) && TITLES.has(this.lower[comma - 1]);
    if (!startsClause || (!/^[\p{Lu}]/u.test(this.tokens[a].text) && !titlePhrase) || CLAUSE_BOUNDARIES.has(this.lower[a])) return false;
    if (this.endsNameList(boundary, floor)) return false; // "such as Texas and Oklahoma, Sabato said": the last of a list, no apposition
    if (comma - a === 1 && ((isMannerAdverb(this.lower[a]) && !this.isName(a)) || DATE_WORDS.has(this.lower[a]) || ASIDE_ADVERBS.has(this.lower[a]))) return false; // "Significantly, the judge said"
    if (comma - a === 1 && boundary < floor && !capitalisedElsewhere(this.doc, this.tokens[a].text)) return false; // "Sorry, Sanders said.": a word capitalized only as the sentence's first is no name
    if (ASIDE_PREPOSITIONS.has(this.lower[a]) || this.lower[a] === 'although' || this.lower[a] === 'asked') return false;
    for (let t = a; t < comma; t++) {
      const lower = this.lower[t].replace(/['’]s$/, ''); // "The army's commander, General …,"
      const possessor = titlePhrase && lower !== this.lower[t]; // "the city's mayor"
      const nounLike = possessor || /^[\p{Lu}\d]/u.test(this.tokens[t].text) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
      if (!nounLike || AUXILIARIES.has(lower)) return false;
    }
    return true;
  }

  /**
   * A coordinator at `boundary` right after a one-word name: what follows it closes a list of names ("such as Texas
   * and Oklahoma", "of Izium and Lyman"). After an article or another capitalised word the coordinator is inside one
   * name ("the Central and East European Coalition", "United States Citizenship and Immigration Services").
   */
  protected endsNameList(boundary: number, floor: number): boolean {
    const name = boundary - 1;
    const before = name - 1;
    if (before <= floor || this.quoted[boundary] || !COORDINATORS.has(this.lower[boundary]) || this.quoted[name] || this.tokens[name].kind !== 'word' || !/^[\p{Lu}]/u.test(this.tokens[name].text)) return false;
    return !/^[\p{Lu}]/u.test(this.tokens[before].text) && !NP_OPENERS.has(this.lower[before]);
  }

  /** "said Kremlin spokesman Dmitri Peskov": the phrase after an inverted cue, stopping at a comma or a lowercase non-noun. */
  protected phraseAfter(start: number, unit: Unit): number {
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
   * A few words that describe a name right after them ("political scientist", "master of ceremonies", "undecided
   * Republican voter", "lobbyist and GOP strategist"): where the name (two capitalised words) starts, else `k`. The
   * description opens with a lowercase word; "of" and "and" may join its words.
   */
  protected descriptorBeforeName(k: number, unit: Unit): number {
    let t = k;
    while (t < unit.endToken && t - k < 5 && this.isWordLike(t) && this.tokens[t].kind === 'word' && !this.quoted[t]) {
      if (t > k && this.isName(t) && t + 1 < unit.endToken && this.isName(t + 1)) return this.lower[t - 1] === 'of' || this.lower[t - 1] === 'and' ? k : t;
      const lower = this.lower[t];
      const joiner = t > k && (lower === 'of' || lower === 'and') && this.tokens[t - 1].text === this.lower[t - 1];
      const capitalised = t > k && /^[\p{Lu}]/u.test(this.tokens[t].text);
      if (!joiner && !capitalised && (this.tokens[t].text !== lower || CLAUSE_BOUNDARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower) || lower.endsWith('ing'))) return k;
      t++;
    }
    return k;
  }

  /**
   * "people who have battled other online threats say …", "organizations that have endorsed him say …": the
   * phrase before the verb is a relative clause (it opens with a verb after "who" or "that"), and the subject
   * is the noun phrase it modifies. Rewrites `subject` in place.
   */
  protected subjectOfRelative(subject: { segments: [number, number][]; before: number }, floor: number): void {
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

  /** "McConnell embraced the mogul and said …": the subject of the clause a coordinated cue shares. */
  protected sharedSubject(cue: Cue, unit: Unit, floor: number): { segments: [number, number][]; before: number } | undefined {
    const joiner = cue.start - 1;
    if (joiner <= floor || (this.lower[joiner] !== 'and' && this.lower[joiner] !== 'but') || this.quoted[joiner]) return undefined;
    const limit = this.tokens[joiner - 1].text === ',' ? joiner - 1 : joiner; // "She brought that down …, but said …"
    const subject = this.clauseSubject(unit, floor, limit);
    return subject && { segments: subject.segments, before: joiner }; // what stands before the subject is no content of this cue
  }

  /** A lowercase plural noun: "landowners", "officials" (not "press", "vicious", "analysis", nor a verb of saying). */
  private isPluralNoun(t: number): boolean {
    const word = this.tokens[t].text;
    return this.tokens[t].kind === 'word' && !this.quoted[t] && word === this.lower[t] && word.length > 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && !VERB_FRAME.has(word) && !AUXILIARIES.has(word) && !CLAUSE_BOUNDARIES.has(word);
  }

  /** "On Monday, …", "after remaining neutral …,", "Standing on stage …,": a phrase before the clause's subject. */
  protected opensFrontedAdjunct(a: number): boolean {
    if (ASIDE_PREPOSITIONS.has(this.lower[a]) || SUBORDINATORS.has(this.lower[a]) || this.opensOtherClause(a) || this.isShortTimePhrase(a)) return true;
    if (this.quoted[a] || this.tokens[a].kind !== 'word' && this.tokens[a].kind !== 'number') return false;
    return FRONTED_ADJUNCT_OPENERS.has(this.lower[a]) || (this.lower[a].endsWith('ed') && this.lower[a + 1] === 'by' && !this.quoted[a + 1]) || this.opensRelativeTime(a);
  }

  /** "Two weeks after …,", "Long before …,", "Less than three months before …,": a measure of time before a word placing it. */
  private opensRelativeTime(a: number): boolean {
    for (let k = a + 1; k < this.tokens.length && k - a <= 4; k++) {
      if (this.quoted[k] || (this.tokens[k].kind !== 'word' && this.tokens[k].kind !== 'number')) return false;
      if (RELATIVE_TIME_WORDS.has(this.lower[k])) return !capitalisedElsewhere(this.doc, this.tokens[a].text);
      if (/^[\p{Lu}]/u.test(this.tokens[k].text)) return false;
    }
    return false;
  }

  /** "Hours later,", "Two days ago,", "Earlier this month,": a few words of time closed by a comma. */
  private isShortTimePhrase(a: number): boolean {
    let k = a;
    while (k < this.tokens.length && k - a < 5 && this.isWordLike(k)) k++;
    if (k === a || this.tokens[k]?.text !== ',') return false;
    const first = this.lower[a];
    const last = this.lower[k - 1];
    return DATE_WORDS.has(first) || DATE_WORDS.has(last) || TIME_MODIFIERS.has(last) || last === 'ago';
  }

  /** The noun phrase opening the clause that ends before `limit`, after a connective or a fronted adjunct. */
  protected clauseSubject(unit: Unit, floor: number, limit: number): { segments: [number, number][]; before: number } | undefined {
    let a = Math.max(floor, unit.firstToken);
    if (a > unit.firstToken && this.tokens[a - 1].text !== ',' && !STOPS.has(this.tokens[a - 1].text)) return undefined;
    if (SENTENCE_CONNECTIVES.has(this.lower[a])) a++;
    const clauseStart = a;
    for (let round = 0; round < 3 && a < limit && this.opensFrontedAdjunct(a); round++) {
      let k = a;
      while (k < limit && this.tokens[k].text !== ',' && k - a < 14) k++;
      if (this.tokens[k]?.text !== ',') return undefined;
      a = k + 1;
    }
    if (a >= limit && this.isShortTimePhrase(clauseStart) && !ASIDE_PREPOSITIONS.has(this.lower[clauseStart]) && !SUBORDINATORS.has(this.lower[clauseStart])) a = clauseStart; // "He went further on Tuesday, saying …": the would-be time phrase is the clause itself
    let b = PERSONAL_SUBJECTS.has(this.lower[a]) ? a + 1 : this.phraseAfter(a, unit);
    if (b > a && b + 1 < limit && this.isPluralNoun(b) && /^[\p{Lu}]/u.test(this.tokens[b - 1].text)) b++; // "Algerian landowners began …"
    if (b === a || b >= limit) return undefined;
    let nounLike = PRONOUNS.has(this.lower[a]);
    for (let t = a; t < b && !nounLike; t++) nounLike = /^[\p{Lu}]/u.test(this.tokens[t].text) || PERSON_NOUNS.has(this.lower[t]) || ORGANIZATION_NOUNS.has(this.lower[t]);
    if (!nounLike) return undefined;
    if (b - a === 1 && PRONOUNS.has(this.lower[a]) && !/^(he|she|they)$/.test(this.lower[a])) return undefined;
    return { segments: [[a, b]], before: a - 1 };
  }
}
