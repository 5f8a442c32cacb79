import { AGE_AFTER, AGE_CHARS } from './collect-names.js';
import { escapePattern } from './escape-pattern.js';
import type { Lexicon } from './lexicon.js';
import type { Span } from './name-sighting.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import { SENTENCE_MARK, capitalizedRun, inPlacePhrase, isBodyCompound, isSpokesperson } from './unnamed-speaker.js';

/** Initials standing for a body's name ("AOK", "ATPI"). */
const INITIALS = /^\p{Lu}{2,6}$/u;

/** A legal form of two letters is written in capitals or with its dots ("SA", "S.A."): lowercase, it is a word ("sa"). */
const SHORT_FORM_CHARS = 2;

/** Each lexicon's legal forms as one pattern, their dots optional ("S.p.A.", "spa"), read once. */
const legalFormPatterns = new WeakMap<Lexicon, RegExp | null>();

function legalFormPattern(lex: Lexicon): RegExp | null {
  let re = legalFormPatterns.get(lex);
  if (re === undefined) {
    const forms = lex.pack.legalForms ?? [];
    // Either case of each letter, a dot after it optional: no inline flags in Node 20's patterns.
    const letter = (c: string, dot: string): string => `[${escapePattern(c.toLowerCase())}${escapePattern(c.toUpperCase())}]${dot}`;
    const spelled = forms.map((f) =>
      f.length > SHORT_FORM_CHARS
        ? [...f].map((c) => letter(c, '\\.?')).join('')
        : `${escapePattern(f.toUpperCase())}|${[...f].map((c) => letter(c, '\\.')).join('')}`,
    );
    re = forms.length ? new RegExp(`^(?:${spelled.join('|')})(?![\\p{L}])`, 'u') : null;
    legalFormPatterns.set(lex, re);
  }
  return re;
}

/** A name's cues as a body, gathered over its sightings. */
interface Candidate {
  name: string;
  /** Where it was last written before the quote. */
  last: number;
  /** Seen once at least where no sentence opens on it, or marked as a body's name: a name, not a capitalized phrase opening a sentence. */
  midSentence: boolean;
  /** A legal form, a body's noun in the name or before it, a role noun it is apposed to, or its own verb near the quote. */
  cued: boolean;
  /** Written after a place preposition each time, with no cue of a body: a place. */
  placed: boolean;
  /** Holds a body's noun ("Avon and Somerset Police"): a body of its own kind, which that noun names, not what another noun means. */
  ownNoun: boolean;
  /** Titled or aged somewhere: a person. */
  personal: boolean;
}

/** How far back, in sentences ending before the quote's, a name's own verb still makes it the body the text is about. */
const SUBJECT_SENTENCES = 2;

/**
 * The body the text before `at` is about, which a body's common noun with no body of its kind named means ("the company
 * said" after "run by Hartwell Home Interiors"): a name of two capitalized words or more, or initials, that is no
 * person's (`isPerson`) nor a place's; the nearest with a cue of a body (a legal form, a body's noun in it or heading it,
 * a role noun it is apposed to, "the developer, Noordwind Energie", its own verb in the quote's sentence or the one
 * before), else the nearest. Null when none is.
 */
export function bodyAbout(text: string, at: number, lex: Lexicon, isPerson: (name: string) => boolean, quotes: readonly Span[] = []): string | null {
  const words = tokenize(text.slice(0, at));
  const legal = legalFormPattern(lex);
  // Where the sentences ending last before the quote begin: a name's verb counts there.
  let recent = 0;
  for (let k = words.length - 1, stops = 0; k >= 0; k--) {
    if (SENTENCE_MARK.test(words[k]!.text) && /[.!?]/.test(words[k]!.text) && ++stops > SUBJECT_SENTENCES) {
      recent = words[k]!.end;
      break;
    }
  }
  const found = new Map<string, Candidate>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.isWord || !isCapitalized(w.text) || quotes.some((q) => q.start <= w.start && w.start < q.end)) continue;
    const run = capitalizedRun(words, i, lex);
    if (run.length === 0) continue;
    // The run's words are tokens in a row: no mark inside it.
    const end = i + run.length;
    // A body's noun or a title heading the run is its kind or a role, no part of the name ("Firma Vitalo Health").
    // Where nouns are not capitalized, a capitalized body noun opening the run is the name's own ("Banco Cantábrico").
    let head = 0;
    while (head < run.length - 1 && (isTitle(run[head]!, lex) || isSpokesperson(run[head]!, lex) || (lex.pack.nounsCapitalized && isBodyCompound(run[head]!, lex))))
      head++;
    const name = run.slice(head).join(' ');
    const start = i + head;
    i = end - 1;
    if (
      !(run.length - head >= 2 || INITIALS.test(name)) ||
      !isCapitalized(name) ||
      !isCapitalized(run[run.length - 1]!) ||
      run.slice(head).some((r) => lex.calendarWords.has(r.toLowerCase()) || lex.places.has(r.toLowerCase()))
    )
      continue;
    const before = words[start - 1];
    const opens = !before || SENTENCE_MARK.test(before.text) || before.text === ':' || text.slice(before.end, words[start]!.start).includes('\n');
    const formed =
      legal !== null &&
      (run.some((r) => legal.test(r)) || legal.test(text.slice(words[end - 1]!.end).trimStart()) || (before !== undefined && legal.test(before.text)));
    const nounInside = run.slice(head).some((r) => isBodyCompound(r, lex));
    const headed = head > 0 || (before !== undefined && !isCapitalized(before.text) && lex.bodyWords.has(before.text.toLowerCase()));
    const apposed = before?.text === ',' && appositionNoun(words, start - 2, lex);
    const next = words[end];
    const acting = opens && words[start]!.start >= recent && next !== undefined && next.isWord && !isCapitalized(next.text) && !lex.stopwords.has(next.text);
    const cued = formed || headed || apposed || acting;
    // A capitalized phrase opening a sentence ("Betriebsbedingte Kündigungen will …") is a name only when written so elsewhere or so marked.
    const named = !opens || formed;
    // A title, a courtesy title or an age marks a person ("Frau Wendt", "Giovanni Baldi, 78,"); a byline's name is no one speaking.
    const titled = before !== undefined && (isTitle(before.text, lex) || lex.genderCues.has(before.text.toLowerCase()));
    const aged = AGE_AFTER.test(text.slice(words[end - 1]!.end, words[end - 1]!.end + AGE_CHARS));
    const lineStart = text.lastIndexOf('\n', words[start]!.start) + 1;
    const lineEnd = text.indexOf('\n', words[start]!.start);
    const byline = !/[.!?]/.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
    if (byline) continue;
    const seen = found.get(name) ?? { name, last: 0, midSentence: false, cued: false, placed: true, ownNoun: false, personal: false };
    seen.last = words[start]!.start;
    seen.midSentence ||= named;
    seen.cued ||= cued;
    seen.ownNoun ||= nounInside && !formed;
    seen.personal ||= (titled || aged) && !formed;
    seen.placed &&= inPlacePhrase(words, start, lex);
    found.set(name, seen);
  }
  if (process.env.SPK2_DEBUG) console.error([...found.values()].filter((c) => c.midSentence || c.cued).map((c) => `${c.name}${c.cued ? '+' : ''}${c.ownNoun ? '#' : ''}${isPerson(c.name) ? '@' : ''}`).join(' | '));
  let best: Candidate | null = null;
  for (const c of found.values()) {
    if (!c.midSentence || c.ownNoun || c.personal || (c.placed && !c.cued) || isPerson(c.name)) continue;
    if (!best || (c.cued && !best.cued) || (c.cued === best.cued && c.last > best.last)) best = c;
  }
  return best?.name ?? null;
}

/** True when the word at `k` is a role noun after its article ("the developer", "de ontwikkelaar"): what a name after its comma is. */
function appositionNoun(words: readonly Token[], k: number, lex: Lexicon): boolean {
  const noun = words[k];
  const article = words[k - 1];
  return (
    noun !== undefined &&
    noun.isWord &&
    !isCapitalized(noun.text) &&
    !lex.stopwords.has(noun.text) &&
    article !== undefined &&
    lex.articles.has(article.text.toLowerCase()) &&
    !lex.indefiniteArticles.has(article.text.toLowerCase())
  );
}
