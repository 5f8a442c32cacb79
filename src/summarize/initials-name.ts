import { abbreviates } from './organisation-run.js';

/** Initials a body is credited by ("BMKG", "FNV"), or written as a word ("Fabi" of "Federazione autonoma bancari italiani"). */
const INITIALS = /^\p{Lu}(?:\p{Lu}+|\p{Ll}{1,5})$/u;
/** The words right before a bracket, back to a sentence's or clause's start: capitals, lowercase words ("autonoma bancari"), commas. */
const NAME_BEFORE_BRACKET = /((?:\p{L}[\p{L}'’-]*|,)(?:[ \u00A0]+\p{L}[\p{L}'’-]*|,)*)[ \u00A0]*$/u;

/**
 * The full name a body credited by its initials has where the article
 * introduces them ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"):
 * the shortest run of words before the bracket, opening on a capital, whose
 * first letters hold the initials in order, in capitals or lowercase. Else the initials.
 */
export function nameOfInitials(speaker: string, text: string): string {
  if (!INITIALS.test(speaker)) return speaker;
  const bracket = text.indexOf(`(${speaker})`);
  if (bracket < 0) return speaker;
  const run = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, bracket - 120), bracket))?.[1];
  if (!run) return speaker;
  const words = run.split(/[ \u00A0]+/);
  for (let k = words.length - 1; k >= 0; k--) {
    if (!words[k]!.startsWith(speaker[0]!)) continue;
    const name = words.slice(k).join(' ').replace(/,$/, '');
    // Initials written as a word stand for a capital each ("Fabi" as "FABI").
    if (abbreviates(speaker.toUpperCase(), name)) return name;
  }
  return speaker;
}
