import type { Lexicon } from './lexicon.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';

/** Words read back from a name for a gender cue: an article, a role and its remit ("o secretário de Fazenda, Gustavo"). */
export const GENDER_CUE_WORDS = 4;

/** Words and text read back for the article opening a role with a long remit ("le ministre de la Transition écologique, Julien …"). */
export const REMIT_CUE_WORDS = 7;

export const GENDER_CUE_CHARS = 60;

/** Shortest cue matched at the end of a compound ("THW-Sprecherin", "Bundesministerin"). */
const COMPOUND_CUE_CHARS = 6;

/**
 * True when the pack lists `cue` as marking a gender. A function of the module, not a closure made per call: tsx (with
 * esbuild's keepNames) names every closure bound to a const as it is made, a property definition that cost more than the
 * closure's work on the readers asked of every word.
 */
function knownCue(cue: string, lex: Lexicon): boolean {
  return lex.genderCues.has(cue) || lex.articleGenderedCues.has(cue);
}

/** The gender cue a word before a name is: itself, the part after a hyphen, or a compound's end where nouns are compounded. */
export function cueOf(word: string, lex: Lexicon): string | null {
  const lower = word.toLowerCase();
  const part = lower.slice(lower.lastIndexOf('-') + 1);
  if (knownCue(lower, lex)) return lower;
  if (knownCue(part, lex)) return part;
  if (!lex.pack.nounsCapitalized || lower.length <= COMPOUND_CUE_CHARS) return null;
  let best: string | null = null;
  for (const cue of [...lex.genderCues.keys(), ...lex.articleGenderedCues])
    if (cue.length >= COMPOUND_CUE_CHARS && lower.endsWith(cue) && (!best || cue.length > best.length)) best = cue;
  return best;
}

/** The gender a word before a name marks; for a nominalized adjective ("Betriebsratsvorsitzende"), the article before it tells. */
export function genderCue(word: string, lex: Lexicon, article = ''): 'f' | 'm' | null {
  const cue = cueOf(word, lex);
  if (!cue) return null;
  if (lex.articleGenderedCues.has(cue)) return (lex.pack.subjectArticleGenders ?? lex.pack.roleArticleGenders)?.[article.toLowerCase()] ?? null;
  return lex.genderCues.get(cue) ?? null;
}

export const otherGender = (gender: 'f' | 'm'): 'f' | 'm' => (gender === 'f' ? 'm' : 'f');

/** Where a lead's sentences part. */
export const SENTENCE_BREAK = /(?<=[.!?])\s+|\n/;

/**
 * The latest role opening a sentence of `window` (the pronoun's paragraph) with
 * an article and a role of the pronoun's gender ("Die Angeklagte …"), or null.
 */
export function genderedRoleSubject(window: string, gender: 'f' | 'm', lex: Lexicon): string | null {
  for (const sentence of window.split(SENTENCE_BREAK).reverse()) {
    const words = tokenize(sentence.trimStart().slice(0, GENDER_CUE_CHARS)).filter((t) => t.isWord);
    const [article, role] = [words[0]?.text ?? '', words[1]?.text ?? ''];
    if (!lex.articles.has(article.toLowerCase()) || genderCue(role, lex, article) !== gender) continue;
    // The run's last title is its noun, whom the article names with it ("Die Vorsitzende Richterin …", later "Richterin X").
    let k = 1;
    while (words[k + 1] && isCapitalized(words[k + 1]!.text) && isTitle(words[k + 1]!.text, lex)) k++;
    return words[k]!.text.toLowerCase();
  }
  return null;
}

/** The gender a person's given name tells by the pack's endings and exceptions, for a name of two words or more; null where it tells none. */
export function givenNameGender(name: string, lex: Lexicon): 'f' | 'm' | null {
  const given = lex.pack.givenNameGenders;
  const space = name.indexOf(' ');
  if (!given || space < 0) return null;
  const first = name.slice(0, space).toLowerCase();
  return given.names[first] ?? given.endings[first.slice(-1)] ?? null;
}
