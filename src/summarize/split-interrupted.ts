import type { RawQuote } from './find-quotes.js';
import type { Lexicon } from './lexicon.js';
import { mentionAfter } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';

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

/** The first credit line inside `text` ("…, ha detto il sindaco Marco Bianchi, …"), as offsets and who it names. */
function creditInside(text: string, lex: Lexicon, counts: WordCounts): { from: number; to: number; resume: number; mention: Mention } | null {
  for (const brk of text.matchAll(BREAKS)) {
    const at = brk.index + brk[0].length;
    const m = verbAt(lex.verbHereRe, text, at) ?? (lex.pronounVerbHereRe && verbAt(lex.pronounVerbHereRe, text, at));
    if (!m) continue;
    const before = text.slice(0, at);
    if (words(before) < MIN_PART_WORDS) continue;
    const afterVerb = at + m.length;
    // Opened by a dash, the credit line runs to the closing dash, past commas inside it ("–advirtió el portavoz, Vicente Ortiz–").
    DASH_AFTER.lastIndex = afterVerb;
    const dash = /[–—]/.test(brk[0]) ? DASH_AFTER.exec(text) : null;
    BREAK_AFTER.lastIndex = afterVerb;
    const stop = dash && dash.index - at <= MAX_CREDIT_CHARS ? dash : BREAK_AFTER.exec(text);
    if (!stop || stop.index - at > MAX_CREDIT_CHARS) continue;
    const resume = stop.index + stop[0].length;
    if (words(text.slice(resume)) < MIN_PART_WORDS) continue;
    const isPronounVerb = lex.pronounVerbAtStartRe?.test(m) ?? false;
    const mention: Mention | null = isPronounVerb ? { kind: 'pronoun' } : mentionAfter(text.slice(afterVerb, stop.index), lex, counts);
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
    out.push({ ...q, text: first, end: cut, inside: credit.mention });
    out.push({ ...q, text: second, start: cut, continues: true });
  }
  return out;
}
