import contextCues from '../../lexicon/places/context-cues.json' with { type: 'json' };
import metonymy from '../../lexicon/places/metonymy.json' with { type: 'json' };
import notPlaces from '../../lexicon/places/not-places.json' with { type: 'json' };
import personCues from '../../lexicon/places/person-cues.json' with { type: 'json' };
import usStates from '../../lexicon/places/us-state-abbreviations.json' with { type: 'json' };
import wideCountries from '../../lexicon/places/wide-countries.json' with { type: 'json' };
import bareDistricts from '../../lexicon/places/bare-districts.json' with { type: 'json' };

export interface GovernmentSeat {
  name: string;
  country: string;
  organization: string;
  sector?: string;
}

/** Multi-word cues as arrays of lower-case words, longest first, so the longest cue wins. */
function phrases(list: readonly string[]): string[][] {
  return list.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
}

export const TITLES = new Set(personCues.titles);
export const GIVEN_NAMES = new Set(personCues.givenNames);
/** Generation suffixes after a surname ("George Bush Jr"), without their period. */
export const NAME_SUFFIXES = new Set(personCues.nameSuffixes);
export const NOT_PLACES = new Set(notPlaces.words);
export const CALENDAR_WORDS = new Set(notPlaces.calendar);
export const STREET_WORDS = new Set(notPlaces.streetWords);
export const WIDE_COUNTRIES = new Set(wideCountries.countries);
/** Countries whose districts go by their bare name (US counties). */
export const BARE_DISTRICT_COUNTRIES = new Set(bareDistricts.countries);

/** "northern Iraq", "northeast Iraq": compass adjectives before a name that make its part the mention. */
export const PART_ADJECTIVES: ReadonlySet<string> = new Set(contextCues.partAdjectives);
/** "rebel-held Aleppo", "Kurdish-speaking Iraq": participles closing a hyphenated word before a name that is part of its mention. */
export const HELD_PARTICIPLES: ReadonlySet<string> = new Set(contextCues.heldParticiples);
export const NEAR_CUES = phrases(contextCues.near);
export const PART_OF_CUES = phrases(contextCues.partOf);
export const REGION_WORDS = new Set(contextCues.regionWords);
export const SETTLEMENT_WORDS = new Set(contextCues.settlementWords);
export const LOCAL_NOUNS = new Set(contextCues.localNouns);
export const TYPE_SUFFIXES = new Set(contextCues.placeTypeSuffixes);
export const PLACE_PREPOSITIONS = new Set(contextCues.placePrepositions);
export const CONNECTORS = new Set(contextCues.connectors);
export const FACILITY_WORDS = new Set(contextCues.facilityWords);
export const FRONT_WORDS = new Set(contextCues.frontWords);
export const BUSINESS_WORDS = new Set(contextCues.businessWords);

export const GOVERNMENT_VERBS = new Set(metonymy.verbs);
export const AUXILIARIES = phrases(metonymy.auxiliaries);
export const POSSESSED_NOUNS = phrases(metonymy.possessedNouns);
export const GOVERNMENT_SEATS: readonly GovernmentSeat[] = metonymy.seats;

export const US_STATE_ABBREVIATIONS = new Map(Object.entries(usStates.abbreviations));
