import { abbreviates } from './organisation-run.js';

/** Initials a body is credited by ("BMKG", "FNV"). */
const INITIALS = /^\p{Lu}{2,}$/u;
/** The words right before a bracket, back to a sentence's or clause's start: capitals, their links, commas. */
const NAME_BEFORE_BRACKET = /((?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,4}|,)(?:[ \u00A0]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,4})|,)*)[ \u00A0]*$/u;

/**
 * The full name a body credited by its initials has where the article
 * introduces them ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"):
 * the shortest run of words before the bracket, opening on a capital, whose
 * first letters hold the initials in order. Else the initials.
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
    if (abbreviates(speaker, name)) return name;
  }
  return speaker;
}
