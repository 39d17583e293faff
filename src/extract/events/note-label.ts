import conventions from '../../lexicon/events/acled-conventions.json' with { type: 'json' };

const LABELS = new Map<string, string>(Object.entries(conventions.noteLabels));
const LABEL = /^\s*([A-Za-z][A-Za-z ]{2,30}):\s/;

/** The event type a coder's label at the head of a note names ("Interception: On 3 May 2022, …"), if any. */
export function noteLabelType(text: string): string | undefined {
  const match = LABEL.exec(text.slice(0, 40));
  return match ? LABELS.get(match[1].trim().toLowerCase()) : undefined;
}
