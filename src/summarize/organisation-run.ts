import type { Lexicon } from './lexicon.js';
import type { WordCounts } from './speaker-name.js';
import { lastWords } from './text-end.js';
import { isTitle } from './title-word.js';
import { isCapitalized } from './tokenize.js';

/** Letters a one-capital short form in brackets shares with the first word it shortens ("Kementerian Sosial (Kemensos)"). */
const SHORTENED_PREFIX = 3;

const BRACKETED_INITIALS = /^\s*\(([\p{Lu}][\p{L}-]+)\)/u;

/**
 * True when bracketed initials abbreviate these words, their letters in order
 * among the words' first letters ("Badan Meteorologi dan Geofisika (BMKG)"),
 * not a person's party ("Markus Feldhaus (FDP)").
 */
export function abbreviates(initials: string, words: string): boolean {
  const letters = initials.replace(/[^\p{Lu}]/gu, '');
  const firsts = words.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase());
  if (!letters || firsts[0] !== letters[0]) return false;
  // One capital is a word of its own ("Wethouder Jeroen Brinkman (Wonen)", the portfolio) unless it shortens the first word ("Kemensos").
  if (letters.length === 1 && !initials.toLowerCase().startsWith(words.trim().slice(0, SHORTENED_PREFIX).toLowerCase())) return false;
  let k = 0;
  for (const f of firsts) if (f === letters[k]) k++;
  return k === letters.length;
}

/**
 * True when a run of capitals is an organisation or a department, not a
 * person: its initials follow in brackets ("Badan Meteorologi … (BMKG)") or
 * it hangs on a title ("ministra da Administração Interna").
 */
export function organisation(text: string, start: number, end: number, lex: Lexicon): boolean {
  const initials = BRACKETED_INITIALS.exec(text.slice(end, end + 16))?.[1];
  if (initials && abbreviates(initials, text.slice(start, end))) return true;
  const [title, link] = lastWords(text.slice(Math.max(0, start - 40), start).trimEnd(), 2);
  if (title === undefined || link === undefined) return false;
  const linkWord = link.toLowerCase();
  // A copula names who holds the title ("Matchwinner war Torhüter Lukas Brandt"), never the remit the title hangs on.
  return isTitle(title, lex) && lex.stopwords.has(linkWord) && !lex.copulas.has(linkWord);
}

/**
 * Where a person's name starts in a run that opens with a role's remit: the
 * last word whose following words (two names or more) the article uses again
 * on their own ("Infraestruturas Vasco Menezes da Cunha", later "Menezes da
 * Cunha"), or the first of three names whose first two it does ("Comercio de
 * Mérida Julio Rey Montero", later "Julio Rey"), else the next to last word
 * when it does that alone; 0 when none.
 */
export function personAfterRemit(words: readonly string[], lex: Lexicon, counts: WordCounts): number {
  const whole = counts.count(words.join(' '));
  for (let k = words.length - 3; k >= 1; k--) {
    const rest = words.slice(k + 1);
    if (rest.filter((w) => !lex.nameParticles.has(w)).length < 2) continue;
    if (counts.count(rest.join(' ')) > whole) return k;
    // The given name and first surname recurring start the name themselves.
    const firstTwo = rest.slice(0, 2);
    if (rest.length > 2 && firstTwo.every((w) => isCapitalized(w) && !lex.nameParticles.has(w.toLowerCase())) && counts.count(firstTwo.join(' ')) > whole)
      return k + 1;
  }
  // Else a given name and surname closing the run, the given name called alone ("Menurut Rahmat" after "… Kabupaten Nganjuk Rahmat Santoso").
  const given = words[words.length - 2]!;
  return words.length > 2 && isCapitalized(given) && counts.count(given) > whole ? words.length - 2 : 0;
}
