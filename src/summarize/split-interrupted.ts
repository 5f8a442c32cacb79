import { withoutApostrophe } from './elision.js';
import type { RawQuote } from './find-quotes.js';
import type { Lexicon } from './lexicon.js';
import { mentionAfter, pronounMention } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';

// A constant, not a literal where it is used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const INITIAL = /^\p{Lu}$/u;

/** A quote cut in two by its own credit line, inside the marks. */
export interface InterruptedQuote extends RawQuote {
  /** Who the credit line inside the marks names (first part only). */
  inside?: Mention;
  /** The second part: said by whoever said the first. */
  continues?: boolean;
}

/** A comma or a dash right before the verb: the quoted words break off there. */
const BREAK_BEFORE = /(?:,|\s[–—-]|[–—])\s*$/;
/** The same breaks, scanned for: a verb is only looked for right after one. */
const BREAKS = /(?:,|\s[–—-]|[–—])\s*/g;
/** Where the credit line ends and the quoted words resume. */
const BREAK_AFTER = /\s*(?:[–—]\s*,?|,|\.|;)\s*/g;
/** The closing dash of a credit line opened by one. */
const DASH_AFTER = /\s*[–—]\s*,?\s*/g;
/** Longest credit line inside the marks ("ha detto il sindaco di Bologna Marco Bianchi"). */
const MAX_CREDIT_CHARS = 90;
const MIN_PART_WORDS = 1;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The verb matched by a sticky regex at `at`, or null. */
function verbAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** Where a credit line stops (`index`) and the quoted words resume (`end`). */
interface Break {
  index: number;
  end: number;
}

/** Most words of a role in apposition after the name that closes the credit line ("…, dénonce Sandrine Weber, déléguée CGT du site. Elle …"). */
const APPOSITION_WORDS = 6;
const APPOSITION = /^\s*(\p{Ll}[\p{L}'’-]*)[^.;:!?]*\.\s+(?=\p{Lu})/u;
/** A credit line that ends in a capitalized word: a name closes it. */
const NAME_LAST = /\p{Lu}[\p{L}'’-]*\s*$/u;
/**
 * Words right after a comma up to the next comma or period, past a party or place in brackets ("…, a insisté le président
 * de la métropole, Gilles Vautrin-Morel, n'est …", "…, rappelle le maire de Lunel, Paul Dufour (PS). Si …").
 */
const NEXT_CLAUSE = /^\s*([^,.;:!?–—«»"“”()]+?)\s*(?:\([^()]*\)\s*)?[,.]\s*/u;
const CAPITALIZED = /^\p{Lu}/u;

/** Two capitalized words or more, particles between them ("Gilles Vautrin-Morel", "Marta de la Fuente"): a full name. */
function isFullName(phrase: string, lex: Lexicon): boolean {
  const words = phrase.split(/\s+/);
  const capitalized = words.filter((w) => CAPITALIZED.test(w));
  return (
    capitalized.length >= 2 &&
    CAPITALIZED.test(words[0]!) &&
    CAPITALIZED.test(words.at(-1)!) &&
    words.every((w) => CAPITALIZED.test(w) || lex.nameParticles.has(withoutApostrophe(w.toLowerCase())))
  );
}

/**
 * Where the credit line that starts at `from` ends: its first break, not the
 * period of an initial or a title ("juge M. Vidal."), and past a role in
 * apposition after the name when the sentence ends there.
 */
function creditEnd(text: string, from: number, lex: Lexicon): Break | null {
  BREAK_AFTER.lastIndex = from;
  for (let stop = BREAK_AFTER.exec(text); stop; stop = BREAK_AFTER.exec(text)) {
    const mark = stop[0].trim();
    if (mark === '.') {
      const word = /[\p{L}.]+$/u.exec(text.slice(from, stop.index))?.[0] ?? '';
      if (INITIAL.test(word) || lex.abbreviations.has(word.toLowerCase())) continue;
    }
    // A role takes the name in apposition ("a insisté le président de la métropole, Gilles Vautrin-Morel, n'est …",
    // "ha detto il sindaco di Lodi, Marco Bianchi, …"): the credit line runs on to the comma after the full name.
    if (mark === ',') {
      const name = NEXT_CLAUSE.exec(text.slice(stop.index + stop[0].length));
      if (name && isFullName(name[1]!, lex)) {
        const end = stop.index + stop[0].length + name[0].length;
        return { index: end - name[0].length + name[0].indexOf(name[1]!) + name[1]!.length, end };
      }
    }
    // Only a name takes a role in apposition: after a role alone ("juge la ministre, ne pourra …") the quoted words resume.
    if (mark === ',' && NAME_LAST.test(text.slice(from, stop.index))) {
      const role = APPOSITION.exec(text.slice(stop.index + stop[0].length));
      if (role && !lex.stopwords.has(role[1]!.toLowerCase()) && words(role[0]) <= APPOSITION_WORDS) {
        return { index: stop.index, end: stop.index + stop[0].length + role[0].length };
      }
    }
    return { index: stop.index, end: stop.index + stop[0].length };
  }
  return null;
}

/**
 * A verb alone between two dashes («Se non cambia – ha aggiunto – chiudiamo»), or a compound one between commas
 * («Siamo pronti, ha spiegato, a trattare»): a credit line naming nobody, so whoever spoke last.
 */
function bareCredit(opening: string, closing: string, verb: string): boolean {
  const dashes = /[–—]/.test(opening) && /[–—]/.test(closing);
  return dashes || (opening.trim() === ',' && closing.trim() === ',' && /\s/.test(verb));
}

/** The first credit line inside `text` ("…, ha detto il sindaco Marco Bianchi, …"), as offsets and who it names. */
function creditInside(text: string, lex: Lexicon, counts: WordCounts): { from: number; to: number; resume: number; mention: Mention } | null {
  for (const brk of text.matchAll(BREAKS)) {
    const at = brk.index + brk[0].length;
    // The verb with its pronoun first: "sourit-il" is listed as "sourit" too.
    const m = (lex.pronounVerbHereRe && verbAt(lex.pronounVerbHereRe, text, at)) ?? verbAt(lex.verbHereRe, text, at);
    if (!m) continue;
    const before = text.slice(0, at);
    if (words(before) < MIN_PART_WORDS) continue;
    const afterVerb = at + m.length;
    // Opened by a dash, the credit line runs to the closing dash, past commas inside it ("–advirtió el portavoz, Vicente Ortiz–").
    DASH_AFTER.lastIndex = afterVerb;
    const dash = /[–—]/.test(brk[0]) ? DASH_AFTER.exec(text) : null;
    const stop = dash && dash.index - at <= MAX_CREDIT_CHARS ? { index: dash.index, end: dash.index + dash[0].length } : creditEnd(text, afterVerb, lex);
    if (!stop || stop.index - at > MAX_CREDIT_CHARS) continue;
    const resume = stop.end;
    if (words(text.slice(resume)) < MIN_PART_WORDS) continue;
    const isPronounVerb = lex.pronounVerbAtStartRe?.test(m) ?? false;
    const credit = text.slice(afterVerb, stop.index);
    const mention: Mention | null = isPronounVerb
      ? pronounMention(m, lex)
      : !credit.trim() && bareCredit(brk[0], text.slice(stop.index, resume), m)
        ? { kind: 'pronoun', bare: true }
        : mentionAfter(credit, lex, counts);
    if (!mention || mention.kind === 'unnamed') continue;
    const from = before.replace(BREAK_BEFORE, '').length;
    return { from, to: stop.index, resume, mention };
  }
  return null;
}

/**
 * Splits quotes whose credit line sits inside the marks («La crisi – ha
 * detto il sindaco Marco Bianchi – non è finita», « C'est intenable, estime
 * la ministre. Il faut du temps. ») into the two quoted parts, both said by
 * whom that line names.
 */
export function splitInterrupted(quotes: readonly RawQuote[], lex: Lexicon, counts: WordCounts): InterruptedQuote[] {
  const out: InterruptedQuote[] = [];
  for (const q of quotes) {
    const credit = creditInside(q.text, lex, counts);
    if (!credit) {
      out.push(q);
      continue;
    }
    // Offsets inside the marks are approximate for a quote joined over paragraphs; they only order and place the parts.
    const cut = Math.min(q.start + 1 + credit.from, q.end - 1);
    const first = q.text.slice(0, credit.from).replace(/[\s,;:–—-]+$/, '');
    const second = q.text.slice(credit.resume).trim();
    // The credit line between the parts is the reporter's, not quoted: a name in it is a speaker's.
    out.push({ ...q, text: first, end: cut, inside: credit.mention });
    out.push({ ...q, text: second, start: Math.max(cut, Math.min(q.start + 1 + credit.resume, q.end - 1)), continues: true });
  }
  return out;
}
