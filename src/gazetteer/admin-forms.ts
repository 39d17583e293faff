const TYPE_WORDS = /\s+(oblast|region|province|governorate|krai|kray|state|prefecture|voivodeship|department|county|district|raion|rayon|municipality|autonomous okrug)$/i;

/** The division's name without its type word: "Belgorod Oblast" → "Belgorod". */
export function adminBase(name: string): string {
  return name.replace(TYPE_WORDS, '').trim();
}

/** The English forms a first-level division goes by in news: "Kherson Oblast", "Kherson region", … */
export function admin1Forms(base: string, withOblast: boolean): string[] {
  const forms = [base, `${base} region`, `${base} province`];
  if (withOblast) forms.push(`${base} oblast`, `${base} obl`, `${base} area`);
  return forms;
}

/** Forms of a second-level division; the bare base is left out, since it is nearly always its seat's name. */
export function admin2Forms(name: string): string[] {
  const base = adminBase(name);
  return [name, `${base} district`, `${base} raion`, `${base} rayon`];
}

/** Countries whose first-level divisions are oblasts. */
export const OBLAST_COUNTRIES = new Set(['UA', 'RU', 'BY', 'KZ', 'KG', 'TJ', 'BG']);
