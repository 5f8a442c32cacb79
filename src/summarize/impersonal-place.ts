import type { Lexicon } from './lexicon.js';
import { mentionAfter } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';
import { isCapitalized, tokenize } from './tokenize.js';

/** Characters of a clause read for the impersonal pronoun and the place it speaks from. */
const CLAUSE_CHARS = 120;
/** Words between the pronoun and the place's preposition: its verb ("on précise à la mairie"). */
const PLACE_AFTER_WORDS = 2;
/** A body's initials ("à l'ARS"): a name the resolver maps to the body it stands for. */
const INITIALS = /^\p{Lu}{2,6}$/u;
/** An elided article or preposition ("l'", "d'"), a word of its own to the tokenizer. */
const ELIDED = /^\p{L}['’]$/u;

/**
 * Who speaks when an impersonal pronoun does in a place a preposition names ("À la préfecture, on précise que …", "Au
 * rectorat, on défend …", "on précise à la mairie"): the body of that place, by its noun or by a name the article gives
 * a body; null when the clause has no such pronoun, or its place is no body ("À Lyon, on …").
 */
export function impersonalPlace(clause: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const spec = lex.pack.impersonalPlace;
  if (!spec) return null;
  const text = clause.slice(0, CLAUSE_CHARS);
  const words = tokenize(text).filter((t) => t.isWord);
  // The pronoun alone ("on"), or joined to its verb ("indique-t-on").
  const at = words.findIndex((t) => {
    const w = t.text.toLowerCase();
    return spec.pronouns.some((p) => w === p || w.endsWith(`-${p}`));
  });
  if (at < 0) return null;
  const placeAt = (i: number): boolean => spec.prepositions.includes(words[i]?.text.toLowerCase() ?? '');
  // The place opens the clause before the pronoun, or comes right after it or its verb.
  let from = placeAt(0) && at > 0 ? 1 : -1;
  for (let i = at + 1; from < 0 && i <= at + PLACE_AFTER_WORDS && i < words.length; i++) if (placeAt(i)) from = i + 1;
  if (from < 0) return null;
  let k = from;
  // Past its article, whole or elided ("la", "l'").
  while (k < words.length && (lex.articles.has(words[k]!.text.toLowerCase()) || ELIDED.test(words[k]!.text))) k++;
  const noun = words[k];
  if (!noun) return null;
  if (lex.bodyWords.has(noun.text)) return { kind: 'body', noun: noun.text };
  if (!isCapitalized(noun.text)) return null;
  const named = mentionAfter(text.slice(noun.start), lex, counts);
  return named?.kind === 'name' && (named.body === true || INITIALS.test(named.name)) ? named : null;
}
