import conventions from '../../lexicon/events/acled-conventions.json' with { type: 'json' };

const LABELS = new Map<string, string>(Object.entries(conventions.noteLabels));
const LABEL = /^\s*([A-Za-z][A-Za-z ]{2,30}):\s/;

/** The event type a coder's label at the head of a note names ("Interception: On 3 May 2022, …"), if any. */
export function noteLabelType(text: string): string | undefined {
  const match = LABEL.exec(text.slice(0, 40));
  return match ? LABELS.get(match[1].trim().toLowerCase()) : undefined;
}

/** A label followed by the note's own date ("Frontline clashes: On 8 June 2022, …"), as ACLED notes open; a headline's colon is no label. */
const DATED_LABEL = new RegExp(`${LABEL.source}\\s*(?=(?:On|Around|Between|On or around|On or about)\\s+\\d)`);

/** Where a coder's label at the head of a note ends (0 without one): its words name the event, they do not tell it. */
export function noteLabelEnd(text: string): number {
  return DATED_LABEL.exec(text.slice(0, 60))?.[0].length ?? 0;
}
