import words from '../../lexicon/quotes/clause-words.json' with { type: 'json' };
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import months from '../../lexicon/times/months.json' with { type: 'json' };

/** Closed word classes the attribution reader tests tokens against (see src/lexicon/quotes/clause-words.json). */
export const CLAUSE_BOUNDARIES = new Set<string>(words.clauseBoundaries);
export const PREPOSITIONS = new Set<string>(words.prepositions);
export const SUBJECT_PREPOSITIONS = new Set<string>(words.subjectPrepositions);
export const TIME_MODIFIERS = new Set<string>(words.timeModifiers);
/** Words of a span of time counted from another ("a day later", "two weeks ago"). */
export const TIME_SPAN_WORDS = new Set<string>(words.timeSpanWords);
export const CONTRACTED_SUBJECTS = new Set<string>(words.contractedSubjects);
export const PASSIVE = new Set<string>(words.passive);
export const RELATIVES = new Set<string>(words.relatives);
export const OBJECT_RELATIVES = new Set<string>(words.objectRelatives);
export const NP_OPENERS = new Set<string>(words.npOpeners);
export const DASHES = new Set<string>(words.dashes);
export const STOPS = new Set([';', ':', '(', ')', '[', ']', ...DASHES, '.', '!', '?', '…']);
export const MAX_SUBJECT_WORDS = 9;
export const ADJUNCT_OPENERS = new Set<string>(words.adjunctOpeners);
export const EXISTENTIAL_VERBS = new Set<string>(words.existentialVerbs);
export const EXPLICIT_OPENERS = new Set<string>(words.explicitOpeners);
export const PHRASE_TARGET_ENDINGS = new Set<string>(words.phraseTargetEndings);
/** Words of degree that may stand inside a phrase cue, as a manner adverb may ("talked more about"). */
export const PHRASE_DEGREE_WORDS = new Set<string>(words.phraseDegreeWords);
export const TIME_PREPOSITIONS = new Set<string>(words.timePrepositions);
export const DETERMINERS_AND_TIME = new Set<string>(words.determinersAndTime);
export const COORDINATED_SUBJECTS = new Set<string>(words.coordinatedSubjects);
export const DATE_WORDS = new Set<string>(words.dateWords);
export const SENTENCE_CONNECTIVES = new Set<string>(words.sentenceConnectives);
/** Day words that stand bare between a subject and its verb. */
export const BARE_DAY_WORDS = new Set([...Object.keys(weekdays.weekdays), 'today', 'yesterday', 'tonight']);
/** Month names and their short forms, lower-cased ("may" among them: test the written capital). */
export const MONTHS = new Set(Object.keys(months));
export const ASIDE_ADVERBS = new Set<string>(words.asideAdverbs);
export const ASIDE_PREPOSITIONS = new Set<string>(words.asidePrepositions);
export const FRONTED_ADJUNCT_OPENERS = new Set<string>(words.frontedAdjunctOpeners);
export const RELATIVE_TIME_WORDS = new Set<string>(words.relativeTimeWords);
export const SUBORDINATORS = new Set<string>(words.subordinators);
export const NOT_PARTICIPLES = new Set<string>(words.notParticiples);
export const QUESTION_LEADS = new Set<string>(words.questionLeads);
export const QUESTION_WORDS = new Set<string>(words.questionWords);
export const DASHES_AND_HYPHEN = new Set([...DASHES, '-']);
export const LABEL_CONNECTORS = new Set<string>(words.labelConnectors);
export const WH_OPENERS = new Set<string>(words.whOpeners);
export const CONTROL_VERBS = new Set<string>(words.controlVerbs);
/** Frames whose passive, without "that", still reports something about its subject ("was expected to", "is considered"). */
export const BARE_PASSIVE_FRAMES = new Set<string>(words.barePassiveFrames);
/** Prepositions and subordinators that open a participle clause of the clause's own subject ("by saying", "after noting"). */
export const PARTICIPLE_LEADS = new Set<string>(words.participleLeads);
/** One-word contents standing for a clause: "said so", "said no". */
export const PRO_FORM_CONTENTS = new Set<string>(words.proFormContents);
/** Sentence adverbs that may stand, without commas, between a subject and its verb ("Carter however said"). */
export const VERB_ADVERBS = new Set<string>(words.verbAdverbs);
/** Prepositions after a verb of knowing or feeling that introduce what the stance is about ("agreed with", "worries about"). */
export const STANCE_PREPOSITIONS = new Set<string>(words.stancePrepositions);
/** Prepositions that may stand between a verb and a noun of saying it governs ("raised money in support of", "came out with plans to"). */
export const OWNING_PREPOSITIONS = new Set<string>(words.owningPrepositions);
export const POSSESSIVE_PRONOUNS = new Set<string>(words.possessivePronouns);
export const QUOTE_CLOSING_MARKS = new Set<string>(words.quoteClosingMarks);
export const MANNER_PARTICLES = new Set<string>(words.mannerParticles);
/** Past forms of speaking or writing that do not end in "-ed" ("“I am still Sanders,” it read."). */
export const IRREGULAR_MANNER_VERBS = new Set<string>(words.irregularMannerVerbs);
export const OBJECT_PRONOUNS = new Set<string>(words.objectPronouns);
export const NP_PREPOSITIONS = new Set<string>(words.npPrepositions);
export const NAMES_LISTENER_AFTER = new Set<string>(words.namesListenerAfter);
export const RELATIVE_WORDS = new Set<string>(words.relativeWords);
export const NAMED_OBJECTS = new Set<string>(words.namedObjects);
export const CLAUSE_JOINERS = new Set<string>(words.clauseJoiners);
export const SUBJECT_PRONOUNS = new Set<string>(words.subjectPronouns);
/** Irregular past participles that open an aside between a subject and its verb ("X, born in Ohio, said"). */
export const PAST_PARTICIPLES = new Set<string>(words.pastParticiples);
export const FINITE_AUXILIARIES = new Set<string>(words.finiteAuxiliaries);
/** Pronouns that may stand as the subject a coordinated or participle cue shares ("he stood … and urged"). */
export const PERSONAL_SUBJECTS = new Set<string>(words.personalSubjects);
/** Conjunctions that, after a comma, open another clause ("…, but that doesn’t matter"). */
export const COORDINATORS = new Set<string>(words.coordinators);
export const PARENTHESES = new Set(['(', ')']);
/** Words in -ly that are no adverb of manner ("early", "daily", "family"). */
export const NOT_MANNER_ADVERBS = new Set<string>(words.notMannerAdverbs);
