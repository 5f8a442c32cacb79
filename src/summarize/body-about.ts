import { AGE_AFTER, AGE_CHARS } from './collect-names.js';
import { escapePattern } from './escape-pattern.js';
import type { Lexicon } from './lexicon.js';
import type { Span } from './name-sighting.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import { SENTENCE_MARK, capitalizedRun, inPlacePhrase, isBodyCompound, isSpokesperson, occursLowercase } from './unnamed-speaker.js';

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
  /** Seen once at least where no sentence opens on it, or with a legal form: a name, not a capitalized phrase opening a sentence. */
  named: boolean;
  /** Written with a legal form ("Crestpoint Developments Pty Ltd"): a body however else the article treats it. */
  formed: boolean;
  /** Headed by a body's noun ("die Firma Vitalo Health") or apposed to a role noun ("the developer, Noordwind Energie"). */
  marked: boolean;
  /** Headed by a body's noun: a person's name never is ("l'entreprise Dubreuil", "die Firma Vitalo Health"). */
  headed: boolean;
  /** Opening a sentence and followed by its verb, in the quote's sentence or the ones just before. */
  acting: boolean;
  /** Holds a body's noun of no firm's or club's kind ("Avon and Somerset Police"): a body which that noun names, not what another noun means. */
  ownNoun: boolean;
  /** Titled or aged somewhere: a person. */
  personal: boolean;
  /** Written after a place preposition each time: a place. */
  placed: boolean;
}

/** How far back, in sentences ending before the quote's, a name's own verb still makes it the body the text is about. */
const SUBJECT_SENTENCES = 2;

/** What the article tells of a name: whether it treats it as a person's (titled, marked with a gender, its surname alone), and whether it credited it with speech. */
export interface NameReading {
  person(name: string): boolean;
  speaker(name: string): boolean;
}

/**
 * The body the text before `at` is about, which a firm's or a club's common noun with none of its kind named means ("the
 * company said" after "run by Hartwell Home Interiors"): a name of two capitalized words or more, or initials, that is no
 * person's nor a place's. A legal form makes it a body; else a body's noun heading it, a role noun it is apposed to ("the
 * developer, Noordwind Energie"), its own verb in the quote's sentence or the one before, or a word of it the article also
 * writes in lowercase ("Home Interiors", "Elettrodomestici"), which a person's name holds none of. The nearest with a cue
 * other than the lowercase word, else the nearest; null when none qualifies.
 */
export function bodyAbout(text: string, at: number, lex: Lexicon, reading: NameReading, quotes: readonly Span[] = []): string | null {
  const words = tokenize(text.slice(0, at));
  const legal = legalFormPattern(lex);
  // Where the sentences ending last before the quote begin: a name's verb counts there.
  let recent = 0;
  for (let k = words.length - 1, stops = 0; k >= 0; k--) {
    if (STOP.test(words[k]!.text) && ++stops > SUBJECT_SENTENCES) {
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
    i = end - 1;
    // A title heading the run is a role, no part of the name; where nouns are capitalized, so is a body's noun ("Firma Vitalo Health").
    let head = 0;
    while (
      head < run.length - 1 &&
      (isTitle(run[head]!, lex) || isSpokesperson(run[head]!, lex) || (lex.pack.nounsCapitalized && isBodyCompound(run[head]!, lex)))
    )
      head++;
    const own = run.slice(head);
    const name = own.join(' ');
    const start = i - run.length + 1 + head;
    const before = words[start - 1];
    // Not an amount's unit ("3,5 Millionen Euro"), a date or a place's name, nor a name ending on a particle.
    if (
      !(own.length >= 2 || INITIALS.test(name)) ||
      !isCapitalized(own[0]!) ||
      !isCapitalized(own[own.length - 1]!) ||
      (before !== undefined && /\d/.test(before.text)) ||
      own.some((r) => lex.calendarWords.has(r.toLowerCase()) || lex.places.has(r.toLowerCase())) ||
      byline(text, words[start]!.start)
    )
      continue;
    const opens = !before || SENTENCE_MARK.test(before.text) || before.text === ':' || text.slice(before.end, words[start]!.start).includes('\n');
    const formed =
      legal !== null &&
      (run.some((r) => legal.test(r)) || legal.test(text.slice(words[end - 1]!.end).trimStart()) || (before !== undefined && legal.test(before.text)));
    const headed = head > 0 || (before !== undefined && !isCapitalized(before.text) && lex.bodyWords.has(before.text.toLowerCase()));
    const next = words[end];
    // Set off by commas on both sides ("the developer, Noordwind Energie, …"): not a clause's subject after an adverbial ("At the scene, X said").
    const apposed = before?.text === ',' && (next === undefined || next.text === ',' || STOP.test(next.text)) && appositionNoun(words, start - 2, lex);
    const acting = opens && words[start]!.start >= recent && next !== undefined && next.isWord && !isCapitalized(next.text) && !lex.stopwords.has(next.text);
    // A title, a courtesy title or an age marks a person ("Frau Wendt", "Giovanni Baldi, 78,").
    // (An article is a gender cue too, of a role's noun: no title.)
    const cue = before?.text.toLowerCase() ?? '';
    const titled = before !== undefined && (isTitle(before.text, lex) || (lex.genderCues.has(cue) && !lex.articles.has(cue)));
    const aged = AGE_AFTER.test(text.slice(words[end - 1]!.end, words[end - 1]!.end + AGE_CHARS));
    const seen = found.get(name) ?? {
      name,
      last: 0,
      named: false,
      formed: false,
      marked: false,
      headed: false,
      acting: false,
      ownNoun: false,
      personal: false,
      placed: true,
    };
    seen.last = words[start]!.start;
    // A capitalized phrase opening a sentence ("Betriebsbedingte Kündigungen will …") is a name only when written so elsewhere or so marked.
    seen.named ||= !opens || formed;
    seen.formed ||= formed;
    // Or after a common noun and its article saying what it is ("o frigorífico Campo Sul", "the retailer Hartwell Home").
    seen.marked ||= headed || apposed || appositionNoun(words, start - 1, lex);
    seen.headed ||= headed;
    seen.acting ||= acting;
    seen.ownNoun ||= own.some((r) => isBodyCompound(r, lex) && !firmNoun(r, lex));
    // A firm's or a club's noun in the name marks it so ("Nordhessische Feuerkasse", "Banco Cantábrico").
    seen.marked ||= own.some((r) => firmNoun(r, lex));
    seen.personal ||= titled || aged;
    seen.placed &&= inPlacePhrase(words, start, lex);
    found.set(name, seen);
  }
  let best: { name: string; last: number; cued: boolean } | null = null;
  for (const c of found.values()) {
    const common = commonWordIn(c.name, text, lex);
    const cued = c.formed || c.marked || c.acting;
    if (!c.named || !(c.formed || bodyLike(c, common, reading))) continue;
    if (!best || (cued && !best.cued) || (cued === best.cued && c.last > best.last)) best = { name: c.name, last: c.last, cued };
  }
  return best?.name ?? null;
}

/** A sentence's end. */
const STOP = /^[.!?]$/;

/** True when the name, no legal form, is a body's: of no other kind, no person's nor place's, and told as a body by a cue or a common word. */
function bodyLike(c: Candidate, common: boolean, reading: NameReading): boolean {
  if (c.ownNoun || c.personal || (c.placed && !c.marked) || reading.person(c.name)) return false;
  // Initials are a body's only with a cue ("PAVIA" opening a dateline, "MW" after a number are not).
  if (!c.name.includes(' ') && !c.marked && !c.acting) return false;
  // Credited with speech, a name with no common word nor body noun before it is a person's ("Mehmet Aydin a déclaré"), a
  // role apposed to it too ("la victime, Jeannine Roussel, …").
  if (reading.speaker(c.name) && !common && !c.headed) return false;
  return common || c.marked || c.acting;
}

/** Shortest firm's noun read at a compound's end ("Feuer|kasse"), where nouns compound. */
const FIRM_COMPOUND_CHARS = 4;

/** True when a word of a name is a firm's or a club's noun, a compound's end too ("Feuerkasse", "Banco"). */
function firmNoun(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  const compounds = lex.pack.nounsCapitalized === true || lex.pack.compoundNouns === true;
  return (lex.pack.aboutBodyNouns ?? []).some((n) => lower === n || (compounds && n.length >= FIRM_COMPOUND_CHARS && lower.endsWith(n)));
}

/** True when a word of the name, no function word, is written in lowercase in the text too: a common word, no one's given name or surname. */
function commonWordIn(name: string, text: string, lex: Lexicon): boolean {
  // Where every noun is capitalized, a noun in a name is written so everywhere.
  if (lex.pack.nounsCapitalized) return false;
  return name.split(' ').some((w) => {
    const lower = w.toLowerCase();
    return lower !== w && !lex.stopwords.has(lower) && !lex.nameParticles.has(lower) && occursLowercase(text, lower);
  });
}

/** True when the line holding `at` has no sentence in it: a byline, a dateline or a photo credit, whose names speak for no one. */
function byline(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  return !/[.!?]/.test(text.slice(text.lastIndexOf('\n', at) + 1, lineEnd < 0 ? text.length : lineEnd));
}

/** True when the word at `k` is a role noun after its definite article ("the developer", "de ontwikkelaar"): what a name after its comma is. */
function appositionNoun(words: readonly Token[], k: number, lex: Lexicon): boolean {
  const noun = words[k];
  const article = words[k - 1]?.text.toLowerCase() ?? '';
  return (
    noun !== undefined &&
    noun.isWord &&
    !isCapitalized(noun.text) &&
    !lex.stopwords.has(noun.text) &&
    lex.articles.has(article) &&
    !lex.indefiniteArticles.has(article)
  );
}
