import { completeBodyName } from './body-name-tail.js';
import { nameOfInitials } from './initials-name.js';
import { agedPerson, attributionAfter, attributionBefore, joinedVerb, mentionPastAdverbial, reportedClause, sentenceSubject } from './attribute-speaker.js';
import type { Document } from './document.js';
import type { RawQuote } from './find-quotes.js';
import type { Lexicon } from './lexicon.js';
import { firstMatch, lastMatch, matchesOf } from './lexicon.js';
import { collectNames } from './collect-names.js';
import { SpeakerResolver } from './resolve-speaker.js';
import { recreditSilentSpeakers } from './speaking-speakers.js';
import { splitInterrupted } from './split-interrupted.js';
import { countWords, mentionAfter, mentionBefore } from './speaker-name.js';
import { endsWithMark, lastWords } from './text-end.js';
import { tokenize } from './tokenize.js';
import { OPENING_BODY_CHARS, isBodyCompound, isSpokesperson, openingBody } from './unnamed-speaker.js';
import type { Mention } from './speaker-name.js';

/** A sentence's end in an interview's introduction. */
const INTRO_STOP = /[.!?…](?=\s|$)/g;

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const INITIAL = /^\p{Lu}$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITAL_OPENS = /^[\s.!?…]*\p{Lu}/u;

/** What quoted words are: a whole statement, a few words inside the reporter's sentence, or a name/title/term. */
export type QuoteKind = 'statement' | 'fragment' | 'name';

export interface CreditedQuote extends RawQuote {
  speaker: string | null;
  kind: QuoteKind;
  words: number;
}

const SENTENCE_END = /[.!?…](?=\s|$)/g;
/** A stop right after a quote's closing mark: its sentence ends there. */
const SENTENCE_AFTER_MARK = /^[.!?…](?:\s|$)/;
/** SENTENCE_END's marks. */
const STOPS = '.!?…';
const STOP_CODES = new Set([...STOPS].map((mark) => mark.charCodeAt(0)));
/** A head ending in a speech verb and its comma or colon: the quote is introduced by its own credit line. */
const CUE_MARKS = ',:';

/** True when the head's last speech verb sits right before its closing comma or colon ("X ra berkata, "). */
function lastVerbEnds(head: string, lex: Lexicon): boolean {
  const last = lastMatch(lex.verbRe, head);
  return last !== null && /^\s*[,:]\s*$/.test(head.slice(last.index! + last[0].length));
}

/** A few words and a colon as the whole credit, as teasers have ("I sindacati: «…»", "Defesa Civil: "…""): the quote's own, whoever it names. */
const LABEL_CREDIT = /^\s*(?:\p{L}+['’ ]\s*){0,2}\p{L}+\s*:\s*$/u;

/** The reporter's question right before a quote, in the quote's own sentence ("Resterà? «…»", "Coach, se lo aspettava? «…»"). */
const QUESTION_HEAD = /[^.!?…]*\?\s*$/u;
/** A word or two set off by a comma opening a question: whom it is put to ("Coach, …", "Signor Rossi, …"). */
const VOCATIVE = /^\s*((?:\p{L}[\p{L}'’-]*\s+)?\p{L}[\p{L}'’-]*)\s*,/u;

/** What is no letter or digit, read as a space when comparing what two quotes say. */
const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

/** Fewest words of a quote said again later for that later quote to tell who said it. */
const MIN_ECHO_WORDS = 2;

/** Most words of an interviewer's question set as its own paragraph without quote marks. */
const MAX_QUESTION_WORDS = 25;

/** Most words of a newspaper's or a work's title in quote marks. */
const MAX_TITLE_WORDS = 4;

/** Longest sentence after a quote that can still be its credit line ("Rutte told reporters in Brussels."). */
const MAX_CREDIT_SENTENCE_WORDS = 6;

/** Characters read after a verb for an article and a spokesperson's word. */
const SPOKESPERSON_AFTER_CHARS = 60;

/** True when `after` opens on an article and a spokesperson's word ("ein Sprecher des Landratsamts"), where nouns are capitalized. */
function spokespersonOpens(after: string, lex: Lexicon): boolean {
  if (!lex.pack.nounsCapitalized) return false;
  const [article, noun] = tokenize(after.slice(0, SPOKESPERSON_AFTER_CHARS));
  return article !== undefined && noun !== undefined && lex.articles.has(article.text.toLowerCase()) && isSpokesperson(noun.text, lex);
}

/** The current sentence up to `at`, not reaching back before `from`. */
function headOf(text: string, from: number, at: number, lex: Lexicon): string {
  const slice = text.slice(from, at);
  // Back from the end to the last sentence end (SENTENCE_END's one-character matches), not a scan of the whole paragraph before it.
  for (let i = slice.length - 1; i >= 0; i--) {
    // Its code asked first: most characters are no stop, and cutting each out as a string costs.
    if (!STOP_CODES.has(slice.charCodeAt(i))) continue;
    const mark = slice[i]!;
    if ((i + 1 === slice.length || SPACE.test(slice[i + 1]!)) && !shortenedBefore(slice, i, mark, lex)) return slice.slice(i + 1);
  }
  return slice;
}

/** True when the mark at `end` is the period of an initial or an abbreviation ("F.", "Dr."), not a sentence end. */
function shortenedBefore(text: string, end: number, mark: string, lex: Lexicon): boolean {
  if (mark !== '.') return false;
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, end);
  return INITIAL.test(word) || lex.abbreviations.has(word.toLowerCase());
}

/** The rest of the sentence from `at`, not reaching past `to`, nor stopping at an initial or abbreviation ("said Dr. Anna Smith"). */
function tailOf(text: string, at: number, to: number, lex: Lexicon): string {
  const slice = text.slice(at, to);
  const lead = /^[\s,;:.!?]*/.exec(slice)![0].length;
  const rest = slice.slice(lead);
  // Stepped with exec, not matchAll: no copy of the regex per quote, and no search past the first sentence end.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
    const end = lead + m.index;
    if (!shortenedBefore(slice, end, m[0], lex)) {
      SENTENCE_END.lastIndex = 0;
      return slice.slice(0, end);
    }
  }
  return slice;
}

const SPACE = /\s/;
/** The first word of a stretch of text. */
const FIRST_WORD = /^[\s„“"«»‚‘]*([\p{L}]+)/u;
/** One word after a verb, then the clause's end: "…, sagte er." */
const PRONOUN_ENDING = /^\s*(\p{L}+)\s*(?:[.,;:!?]|$)/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated words with a letter or digit in them; a scan, as it
 * runs several times per quote, with ASCII decided by its code and only other
 * characters (a surrogate pair as one) asked of the regexes.
 */
function wordCount(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let space: boolean;
    let wordy: boolean;
    if (code < 0x80) {
      const lower = code | 0x20;
      space = code === 0x20 || (code >= 0x09 && code <= 0x0d);
      wordy = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
    } else {
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const ch = pair ? text.slice(i, i + 2) : text[i]!;
      if (pair) i++;
      space = SPACE.test(ch);
      wordy = LETTER_OR_DIGIT.test(ch);
    }
    if (space) counted = false;
    else if (!counted && wordy) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Every word capitalized, as in a newspaper's name: "Rheinischen Post", "Daily Mail". */
function allCapitalized(text: string): boolean {
  return text.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Most words Title Cased, as in a film or a newspaper's name; where every noun is capitalized, all of them. */
function titleCased(text: string, lex: Lexicon): boolean {
  if (lex.pack.nounsCapitalized) return allCapitalized(text);
  const words = text.split(/\s+/).filter((w) => w.length > 3);
  if (!words.length) return CAPITAL_FIRST.test(text);
  return words.filter((w) => CAPITAL_FIRST.test(w)).length / words.length >= 0.6;
}

/** True when the words right after a closing mark are a lowercase noun it modifies ("” trade deal"), not a new clause. */
function modifiesNext(after: string, lex: Lexicon): boolean {
  const word = /^ ([\p{Ll}][\p{L}\p{M}-]*)/u.exec(after)?.[1];
  return word !== undefined && !lex.stopwords.has(word) && !lex.complementizers.has(word) && !lex.verbAtStartRe.test(word);
}

function classify(
  q: RawQuote,
  head: string,
  after: string,
  mention: Mention | null | undefined,
  inTail: boolean,
  reportedBefore: boolean,
  lex: Lexicon,
): QuoteKind {
  const words = wordCount(q.text);
  const before = lastWords(head.trim(), 2).map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  if (before.some((w) => lex.namingCues.has(w))) return 'name';
  // Quoted words between an article and the noun they modify: "a “phase one” deal".
  if (lex.articles.has(before[before.length - 1] ?? '') && !endsWithMark(head, CUE_MARKS) && modifiesNext(after, lex)) return 'name';
  // A short title after an article, even after a speech verb: "sagte Brenner der „Rheinischen Post“", "told the “Daily Mail”".
  if (lex.articles.has(before[before.length - 1] ?? '') && !endsWithMark(head, CUE_MARKS) && words >= 2 && words <= MAX_TITLE_WORDS && allCapitalized(q.text))
    return 'name';
  // A body's own name right after its noun: "il comitato «Nascere in Valtorta»", "die Bürgerinitiative „Sauberes Aichtal“".
  const noun = before[before.length - 1] ?? '';
  if ((lex.bodyWords.has(noun) || isBodyCompound(noun, lex)) && !endsWithMark(head, CUE_MARKS) && words <= MAX_TITLE_WORDS && CAPITAL_FIRST.test(q.text))
    return 'name';
  // Without someone named (or referred to) saying them, short quoted words are a name or a term.
  // So are lowercase words in a paragraph that reports someone's speech: "Weber sagte, … . Man habe „lange genug gewartet“".
  // A document the sentence cites ("Secondo il documento, … “differibili”") says no short words: they are its terms.
  const cited = mention?.kind === 'body' && mention.document === true;
  const spoken = (mention !== undefined && mention !== null && mention.kind !== 'unnamed' && !cited) || (reportedBefore && LOWER_FIRST.test(q.text));
  if (!spoken && words <= 6 && titleCased(q.text, lex)) return 'name';
  if (!spoken && words <= 3) return 'name';
  const opensSentence = endsWithMark(head, CUE_MARKS) || head.trim() === '';
  if ((opensSentence || inTail) && words >= 4) return 'statement';
  return 'fragment';
}

/** "…” Dat zegt X, directeur van Y.": past a word standing for the quoted words, the verb and subject that credit them; null when the sentence does not open so. */
function referentCredit(tail: string, lex: Lexicon): string | null {
  const first = FIRST_WORD.exec(tail);
  if (!first || !lex.pack.quoteReferents?.includes(first[1]!.toLowerCase())) return null;
  const rest = tail.slice(first[0].length).trimStart();
  return lex.verbAtStartRe.test(rest) ? rest : null;
}

/** True when a speech verb and then a complementizer ("que", "che", "that") come before the end of the head: it reports someone's words. */
function reportedContent(head: string, lex: Lexicon): boolean {
  const last = lastMatch(lex.verbRe, head);
  if (!last) return false;
  return tokenize(head.slice(last.index! + last[0].length)).some((t) => t.isWord && lex.complementizers.has(t.text.toLowerCase()));
}

/** True when the words before a verb are no subject, so its subject follows it: a preposition's phrase, one function word or adverb. */
function opensInverted(lead: string, lex: Lexicon): boolean {
  const word = FIRST_WORD.exec(lead)?.[1]?.toLowerCase() ?? '';
  const alone = lead.trim().toLowerCase() === word;
  return lex.prepositions.has(word) || (alone && ((lex.stopwords.has(word) && !lex.pronouns.has(word)) || lex.sentenceAdverbs.has(word)));
}

/**
 * Credits every quote with a speaker, in reading order so that pronouns and
 * surnames resolve to who spoke last, and sorts out names and titles of works.
 * Sentences that report speech without quoting ("Rutte mengatakan bahwa …")
 * count as speaking too. `title`, the headline, names the body a noun may mean before the text names it.
 */
export function creditQuotes(doc: Document, found: readonly RawQuote[], lex: Lexicon, title: string | null = null): CreditedQuote[] {
  if (!found.length) return [];
  const counts = countWords(doc.text, lex.verbLastWords, lex.titles, lex.verbWords);
  // A lone word that is the subject of several sentences ("Trump said …")
  // is a person; an acronym or a place speaking is a body.
  const soloPerson = (w: string): boolean => !ALL_CAPITALS.test(w) && !lex.places.has(w.toLowerCase()) && counts.count(w) >= 2 && counts.opensSentence(w);
  const raw = splitInterrupted(found, lex, counts);
  const resolver = new SpeakerResolver(() => collectNames(doc.text, raw, lex, counts), soloPerson, { text: doc.text, lex, quotes: raw, title });
  const text = doc.text;
  const paragraphStart = (i: number): number => doc.paragraphs[i]!.start;
  const paragraphOf = (at: number): number => {
    let p = 0;
    while (p + 1 < doc.paragraphs.length && doc.paragraphs[p + 1]!.start <= at) p++;
    return p;
  };

  // Reported speech outside quotes, as (offset, mention) events: "Rutte
  // mengatakan …", "…, kata Menteri X.", "Según Díaz, …".
  /** `statement`: the verb names a statement ("said in a statement"), what a later "the statement said" means. */
  const events: { at: number; mention: Mention; statement: boolean }[] = [];
  // One array filled in place, not three mapped and spread: an empty one, of another array kind, made V8 drop and recompile
  // this whole function's optimised code again and again, long after warm-up.
  const cues: { index: number; 0: string; according: boolean; opening: boolean }[] = [];
  // Reported speech from the last quote's start on credits no quote (below, each quote reads only the events before it):
  // not read, nor searched for.
  const lastStart = raw.reduce((latest, quote) => Math.max(latest, quote.start), -1);
  const addCues = (re: RegExp | null, according: boolean, opening: boolean): void => {
    if (re) for (const m of matchesOf(re, text, lastStart)) cues.push({ index: m.index, 0: m[0], according, opening });
  };
  addCues(lex.verbRe, false, false);
  addCues(lex.accordingToRe, true, false);
  addCues(lex.openingAccordingToRe, true, true);
  cues.sort((a, b) => a.index - b.index);
  let q = 0;
  for (const m of cues) {
    if (m.index >= lastStart) break;
    while (q < found.length && found[q]!.end <= m.index) q++;
    if (q < found.length && found[q]!.start <= m.index) continue;
    const p = paragraphOf(m.index);
    const from = Math.max(paragraphStart(p), q > 0 ? found[q - 1]!.end : 0);
    // The sentence up to the verb, read twice below (not asked for after "according to").
    const lead = m.according ? '' : headOf(text, from, m.index, lex);
    // "X lembrou que a ministra Y prometeu …": a verb inside what another verb reports is not Y speaking now.
    if (!m.according && reportedContent(lead, lex)) continue;
    const after = text.slice(m.index + m[0].length, doc.paragraphs[p]!.end);
    const afterComma = endsWithMark(text.slice(from, m.index), ',');
    const before = m.according ? null : attributionBefore(headOf(text, from, m.index + m[0].length, lex), lex, counts);
    // "Prices rose, too, said Mary Lovely": an unnamed subject before the verb leaves the name after it;
    // "Japan accounts for 6%, said Ming Park, an analyst": so does a clause's subject far from it, when a full name follows.
    // "…», afirmou à Lusa o economista X": a name right after the verb's preposition is to whom it was said, not who.
    const placed = lex.prepositions.has(/^\s*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '');
    // Past that listener or outlet, the name after it is who spoke ("…, disse à agência Lusa o comandante X.").
    const afterName =
      afterComma && !m.according && before?.kind === 'name' ? (placed ? mentionPastAdverbial(after, lex, counts) : mentionAfter(after, lex, counts)) : null;
    const inversion = afterName?.kind === 'name' && afterName.name.includes(' ') && mentionBefore(text.slice(from, m.index), lex, counts)?.kind !== 'name';
    // "…, sagte er": a pronoun right after the verb is its subject; a name before it sits in what was said ("mit Zinsen, Grundsteuer und Handwerkerkosten zu kämpfen").
    // Not one opening what is said ("…, berkata dia terpaksa …").
    const pronounSubject = afterName?.kind === 'pronoun' && lex.pronouns.has(PRONOUN_ENDING.exec(after)?.[1]?.toLowerCase() ?? '');
    // "Die niedrige Wahlbeteiligung erklärte ein Sprecher des Wahlamts …": a spokesperson right after the verb is its subject,
    // the noun opening the sentence its object.
    const spokesperson = !m.according && !afterComma && spokespersonOpens(after, lex) ? mentionAfter(after, lex, counts) : null;
    const named = inversion
      ? afterName
      : spokesperson?.kind === 'name' || spokesperson?.kind === 'body'
        ? spokesperson
        : before?.kind === 'name' && !pronounSubject
          ? before
          : null;
    // "Im Gespräch sagte Vogt, …", "In een brief schrijft Van der Berg …": a phrase opened by a preposition is no subject, the verb's follows it.
    // So is one function word right before the verb: "Dat zegt Ilse de Vries", "Das sagte Weber".
    // "… and urged the union to return": the verb's object is told to act, spoken to, not its subject.
    const toAct = !afterComma && (lex.objectToActRe?.test(after) ?? false);
    const inverted = !named && !m.according && !toAct && (!before || before.kind === 'unnamed') && opensInverted(lead, lex);
    const pastListener = (afterComma || inverted) && placed && !m.according ? mentionPastAdverbial(after, lex, counts) : null;
    const mention = named ?? (m.according || ((afterComma || inverted) && !placed) ? mentionAfter(after, lex, counts) : null) ?? pastListener ?? before;
    // A body named by its noun speaks too ("Een woordvoerder van het ministerie laat weten"): what a later "the spokesperson" means.
    // A pronoun's or a role's too ("Die Reform sei überfällig, sagte sie.", "…“, sagte der Bürgermeister."): whom it means speaks in the paragraph.
    // "Per Milano, …" may mean "for": only a person's full or titled name reports a view there ("Pour Me Anne Roux, …").
    const opinion = !m.opening || (mention?.kind === 'name' && !mention.body && (mention.titled || mention.name.includes(' ')));
    // "En declaraciones a Canal Sur, aseguró …": a name right after a preposition, no verb of its own, is to whom or where it was said.
    if (mention?.kind === 'name' && !mention.spokesperson && resolver.weakSpeaker(mention.name, from, doc.paragraphs[p]!.end)) continue;
    // A spokesperson with no body named speaks only where a body opens the sentence or the one before ("Das Ministerium verwies … , sagte eine Sprecherin").
    // Read in the condition, not through a closure made per cue, which tsx's keepNames would name one by one.
    const spokenFor =
      opinion && mention?.kind === 'body' && (mention.noun !== '' || openingBody(text.slice(Math.max(0, m.index - OPENING_BODY_CHARS), m.index), lex) !== null);
    if (opinion && mention && (mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'role' || spokenFor))
      events.push({ at: m.index, mention, statement: m[0].split(/\s+/).some((w) => lex.spokespersonWords.has(w.toLowerCase())) });
  }

  /** The quote fills its paragraph, up to its final stop; one ending on a comma leads into the next paragraph's credit. */
  const onlyQuote = (quote: RawQuote): boolean =>
    quote.start === paragraphStart(quote.paragraph) && /^[\s.!?…]*$/.test(text.slice(quote.end, doc.paragraphs[paragraphOf(quote.end - 1)]!.end));
  /**
   * Whom an interview laid out as question and answer lines ("Q: …", "A: “…”")
   * answers: the subject of the sentence introducing its first line, resolved
   * there; else the first person that intro's paragraph names; or who spoke last.
   */
  const interviewee = (quote: RawQuote): { mention: Mention; at: number } => {
    const lineOf = (p: number): string => text.slice(paragraphStart(p), doc.paragraphs[p]!.end);
    let first = quote.paragraph;
    while (first > 0 && lex.interviewLineRe!.test(lineOf(first - 1))) first--;
    const intro = first > 0 ? lineOf(first - 1) : '';
    // The person the introduction opens on, whom its later sentences may set beside others ("Her husband, Andrea Colombo, …").
    for (const end of matchesOf(INTRO_STOP, intro)) {
      const sentence = headOf(intro, 0, end.index, lex);
      const mention = mentionAfter(sentence.trimStart(), lex, counts);
      if (mention?.kind === 'name' && !mention.body && (mention.titled || mention.name.includes(' ')))
        return { mention, at: paragraphStart(first - 1) + end.index - sentence.length };
    }
    const stop = /[.!?…:]\s*$/.exec(intro);
    const sentence = stop ? headOf(intro, 0, stop.index, lex) : '';
    const mention = sentence ? attributionBefore(sentence, lex, counts) : undefined;
    // A body as its subject is the outlet putting the questions ("The Herald asked Dr. Ruiz …"): a person it names answers them.
    const outlet = mention?.kind === 'body' || (mention?.kind === 'name' && mention.body === true);
    if (mention && mention.kind !== 'unnamed' && mention.kind !== 'pronoun' && !outlet)
      return { mention, at: paragraphStart(first - 1) + stop!.index - sentence.length };
    // Its last sentence naming nobody ("Wir haben mit ihr gesprochen."), the questions' own words ("Frau Kühn, …") are no one's credit.
    const named = first > 0 ? resolver.firstPersonIn(paragraphStart(first - 1), doc.paragraphs[first - 1]!.end) : null;
    if (named) return { mention: { kind: 'name', name: named, titled: true }, at: quote.start };
    if (!mention || mention.kind === 'unnamed') return { mention: { kind: 'pronoun' }, at: quote.start };
    return { mention, at: paragraphStart(first - 1) + stop!.index - sentence.length };
  };
  /** A quote paragraph ending in a question mark: an interviewer's question. */
  const question = (quote: RawQuote | undefined): quote is RawQuote => quote !== undefined && onlyQuote(quote) && quote.text.trimEnd().endsWith('?');
  const quotesOf = (p: number): RawQuote[] => raw.filter((r) => r.paragraph === p);
  /** An interviewer's question as its own paragraph: one quote filling it, or a short one with no quote ("Hoe lang gaat dit duren?"). */
  const questionAt = (p: number): boolean => {
    if (p < 0) return false;
    const quoted = quotesOf(p);
    if (quoted.length) return quoted.length === 1 && question(quoted[0]);
    const line = doc.paragraphs[p]!.text.trimEnd();
    return line.endsWith('?') && wordCount(line) <= MAX_QUESTION_WORDS;
  };
  /**
   * Who answers in an interview laid out as paragraphs, questions (quoted or
   * not) and quote answers in turn: the first person named in the paragraph
   * before the first question ("We asked Ann Lee, a geologist, …"); null when
   * the quote follows no question.
   */
  const answeredBy = (i: number): string | null => {
    let q = raw[i]!.paragraph - 1;
    if (!questionAt(q)) return null;
    while (questionAt(q - 2) && quotesOf(q - 1).some(onlyQuote)) q -= 2;
    return q >= 1 ? resolver.firstPersonIn(paragraphStart(q - 1), doc.paragraphs[q - 1]!.end) : null;
  };
  /** Who answers a question the reporter puts in the quote's sentence: the person or role it addresses, else who spoke last. */
  const answerTo = (head: string, at: number): string | null => {
    const vocative = VOCATIVE.exec(head)?.[1];
    const addressed = vocative ? mentionAfter(vocative, lex, counts) : null;
    const role = addressed?.kind === 'role' && resolver.knowsRole(addressed.title, at);
    if (addressed?.kind === 'name' || role) return resolver.resolve(addressed, at);
    return out.findLast((o) => o.speaker && o.kind !== 'name')?.speaker ?? null;
  };
  const out: CreditedQuote[] = [];
  /** Quotes with a credit of their own, even one naming nobody ("a spokesman said, “…”"): no sibling's speaker for them. */
  const ownCue = new Set<number>();
  let e = 0;
  /** The latest reported speech before the quote and whom it credits: "Im Gespräch sagte Vogt, … . „…“". */
  let reported: { paragraph: number; speaker: string | null } | null = null;
  /** Each quote's surroundings read for a likelier speaker: where they start, where its own sentence starts, where its tail ends. */
  const spans: { from: number; sentence: number; to: number; credited: boolean; uncredited: boolean; named: boolean }[] = [];
  raw.forEach((quote, i) => {
    while (e < events.length && events[e]!.at < quote.start) {
      const event = events[e]!;
      reported = { paragraph: paragraphOf(event.at), speaker: resolver.resolve(event.mention, event.at) };
      if (event.statement && reported.speaker) resolver.creditStatement(reported.speaker, event.at);
      e++;
    }
    const endParagraph = paragraphOf(quote.end - 1);
    const prevEnd = i > 0 && raw[i - 1]!.paragraph === quote.paragraph ? raw[i - 1]!.end : paragraphStart(quote.paragraph);
    const next = raw[i + 1];
    const paraEnd = doc.paragraphs[endParagraph]!.end;
    const tailEnd = next && next.start < paraEnd ? next.start : paraEnd;
    const head = headOf(text, prevEnd, quote.start, lex);
    const tail = tailOf(text, quote.end, tailEnd, lex);
    // Around the quote: from its paragraph's start, or the paragraph before when it opens its own, to the end of its tail.
    const opensOwn = quote.start === paragraphStart(quote.paragraph) && quote.paragraph > 0;
    const around = {
      from: paragraphStart(opensOwn ? quote.paragraph - 1 : quote.paragraph),
      sentence: quote.start - head.length,
      to: quote.end + tail.length,
      credited: false,
      uncredited: false,
      named: false,
    };
    spans.push(around);
    // A quote closing its own sentence ("… Senate.”) is followed by a new
    // sentence, which credits it only when it is just that ("Smith said.").
    // So is one whose sentence ends right after its closing mark when a speech verb before it credits it ("X spreekt van een
    // “zorgwekkende normalisering”. NOS sprak …"); with none, the next sentence may be the credit ("»…«. Im Stadtrat sagte Stein, …").
    // The verb is looked for in the whole sentence, not only since a quote before in it ("X said the cuts were “…” for staff
    // who had “…”. Y said: …").
    // Read only where a sentence follows the mark: most quotes never need it.
    const wholeHead = () => (prevEnd > paragraphStart(quote.paragraph) ? headOf(text, paragraphStart(quote.paragraph), quote.start, lex) : head);
    const newSentence =
      (endsWithMark(text.slice(quote.start, quote.end - 1), STOPS) ||
        (SENTENCE_AFTER_MARK.test(text.slice(quote.end, quote.end + 2)) && firstMatch(lex.verbRe, wholeHead()) !== null)) &&
      CAPITAL_OPENS.test(tail);
    // "“A.” Aslam berkata, “B?”": a sentence introducing the next quote is that quote's credit line.
    const introducesNext = newSentence && next !== undefined && tailEnd === next.start && endsWithMark(text.slice(quote.end, tailEnd), CUE_MARKS);
    const previous = out[out.length - 1];
    if (quote.continues && previous) {
      ownCue.add(i);
      out.push(Object.assign({}, quote, { speaker: previous.speaker, kind: previous.kind, words: wordCount(quote.text) }));
      return;
    }
    const referred = newSentence ? referentCredit(tail, lex) : null;
    const tailCredit =
      quote.inside ??
      (referred !== null
        ? attributionAfter(referred, lex, counts)
        : (newSentence && wordCount(tail) > MAX_CREDIT_SENTENCE_WORDS) || introducesNext
          ? undefined
          : attributionAfter(tail, lex, counts));
    // "Der Entwurf sei „…“. Wer mehr wolle, müsse sagen, …": past the stop that ends the quote's sentence, a verb naming nobody is not its credit.
    const fromTail = tailCredit?.kind === 'unnamed' && SENTENCE_AFTER_MARK.test(text.slice(quote.end, quote.end + 2)) ? undefined : tailCredit;
    // "A: “…”": an interview's answer line, whose mark is no name.
    const answer = fromTail === undefined && lex.answerLineRe !== null && lex.answerLineRe.test(head);
    let mention = fromTail !== undefined ? fromTail : answer ? null : attributionBefore(head, lex, counts);
    // A quote opening its sentence, credited by a pronoun or a bare verb: the role or body the sentence before is about,
    // a role resolved where that sentence starts, as its own words may name others ("il tecnico ha glissato sulle voci su Ferreyra").
    // A genderless clitic ("katanya") after a spokesperson is left to the resolver, which knows the body they spoke for.
    let resolveAt = quote.start;
    if (answer) ({ mention, at: resolveAt } = interviewee(quote));
    // So is one with no credit at all that ends its paragraph ("Buurtbewoner Fatima el Khatib woont verderop. “…”").
    const uncredited = mention === undefined && /^[\s.!?…]*$/.test(text.slice(quote.end, paraEnd));
    // "“He knew exactly what he did.”" after a sentence about him: a quote opening on a gendered pronoun speaks of that person,
    // so it goes on with who spoke last, not with who was named since.
    const aboutSomeone = uncredited && lex.pronounGenders.has(FIRST_WORD.exec(quote.text)?.[1]?.toLowerCase() ?? '');
    if (((mention?.kind === 'pronoun' && !mention.plural && !mention.clitic) || uncredited) && !head.trim()) {
      // A quote opening its paragraph: the last sentence of the paragraph before, when that holds no quote.
      const opensParagraph = quote.start === paragraphStart(quote.paragraph) && quote.paragraph > 0 && raw[i - 1]?.paragraph !== quote.paragraph - 1;
      const from = opensParagraph ? paragraphStart(quote.paragraph - 1) : prevEnd;
      const to = opensParagraph ? doc.paragraphs[quote.paragraph - 1]!.end : quote.start;
      const stop = /[.!?…]\s*$/.exec(text.slice(from, to));
      const sentence = stop ? headOf(text, from, from + stop.index, lex) : '';
      const before = !sentence ? null : opensParagraph ? agedPerson(sentence, lex, counts) : sentenceSubject(sentence, lex, counts);
      const at = from + (stop?.index ?? 0) - sentence.length;
      if (before && !aboutSomeone && (before.kind !== 'role' || resolver.knowsRole(before.title, at))) {
        mention = before;
        resolveAt = at;
      } else if (sentence && !aboutSomeone) {
        // No subject read there: the one person that sentence brings in who has not spoken yet, not who spoke last.
        const newcomer = resolver.newcomerIn(at, at + sentence.length, mention?.kind === 'pronoun' ? mention.gender : undefined);
        if (newcomer) mention = { kind: 'name', name: newcomer, titled: true };
      }
    }
    if (mention !== undefined || (endsWithMark(head, CUE_MARKS) && lastVerbEnds(head, lex)) || LABEL_CREDIT.test(head)) ownCue.add(i);
    const reportedBefore = reported !== null && reported.paragraph === quote.paragraph && reported.speaker !== null;
    const kind = classify(quote, head, text.slice(quote.end, quote.end + 40), mention, fromTail !== undefined, reportedBefore, lex);
    // "Il patron ai microfoni di Telearena: «…»": a name credited right after a preposition is a weak reading; one named
    // around the quote as a subject is likelier, and with none the quote is no one's yet rather than the listener's.
    if (mention?.kind === 'name' && !mention.spokesperson && kind !== 'name' && resolver.weakSpeaker(mention.name, around.from, around.to)) {
      const likely = resolver.likelySpeaker(around.from, around.sentence, quote.start, around.to, mention.name, 1);
      mention = likely ? { kind: 'name', name: likely, titled: true } : null;
    }
    // An epithet the article gave no one ("schrijft de rechter") is left so, not given to whoever is near.
    around.credited = mention?.kind === 'role';
    // A credit naming a person or body outright is the article's own word for who spoke: not second-guessed after.
    around.named = mention?.kind === 'name' || mention?.kind === 'body';
    around.uncredited = mention === undefined;
    // A quote closing its sentence: the words after it are the next sentence's ("“A.” Budi berkata, “B”").
    if (newSentence) around.to = quote.end;
    let speaker = kind === 'name' ? null : resolver.resolve(mention ?? null, resolveAt);
    // A quote with no attribution of its own shares its sentence's or paragraph's speaker.
    if (!speaker && mention === undefined && kind !== 'name') {
      const sibling = out.findLast((o) => o.paragraph === quote.paragraph && o.speaker);
      speaker = sibling?.speaker ?? (reported?.paragraph === quote.paragraph ? reported.speaker : null);
    }
    // "Die Mitarbeiter hätten „…“" a paragraph after her last words: reported speech, of who spoke last.
    if (!speaker && mention === undefined && kind !== 'name' && reportedClause(head, lex))
      speaker = resolver.resolve({ kind: 'pronoun', bare: true }, quote.start);
    // "X ha parlato di «…» e ha aggiunto: «…»": a speech verb joined to the quote before goes on with its speaker.
    if (!speaker && kind !== 'name' && previous?.speaker && raw[i - 1]!.paragraph === quote.paragraph && joinedVerb(text.slice(prevEnd, quote.start), lex))
      speaker = previous.speaker;
    // "Coach, se lo aspettava? «…»", "E la classifica? «…»": the answer to the reporter's question is whom it was put to, else
    // whoever answered the one before.
    if (!speaker && mention === undefined && kind !== 'name' && !head.trim()) {
      const asked = QUESTION_HEAD.exec(text.slice(prevEnd, quote.start));
      if (asked) speaker = answerTo(asked[0], quote.start);
    }
    // A paragraph that is only a quote answering one that is only a question ("«…?»\n«…»") is the interviewee's.
    if (!speaker && mention === undefined && kind !== 'name' && onlyQuote(quote)) speaker = answeredBy(i);
    // A paragraph that is only a quote goes on with who spoke last, or with who the article named since;
    // so does a whole sentence quoted between the reporter's own, with no credit ("X sluit het niet uit. ‘…’ De raad beslist later.").
    const wholeSentence = !head.trim() && newSentence && endsWithMark(quote.text, STOPS);
    // Reported speech counts as speaking ("Söder sagte, Bayern werde klagen. … „…“"), a quote before it or not.
    const spokeBefore = reported !== null || out.some((o) => o.speaker);
    if (!speaker && mention === undefined && kind !== 'name' && spokeBefore && (onlyQuote(quote) || wholeSentence)) {
      speaker = (aboutSomeone ? out.findLast((o) => o.speaker)?.speaker : null) ?? resolver.resolve({ kind: 'pronoun', bare: true }, quote.start);
    }
    // So is a listener or outlet a pronoun or a bare verb came to mean; a body's own noun ("aldus het ziekenhuis") means the body.
    if (speaker && kind !== 'name' && mention?.kind !== 'name' && mention?.kind !== 'body' && resolver.weakSpeaker(speaker, around.from, around.to)) {
      const likely = resolver.likelySpeaker(around.from, around.sentence, quote.start, around.to, speaker, 1);
      if (likely) speaker = resolver.resolve({ kind: 'name', name: likely, titled: true }, resolveAt);
    }
    // Object.assign, not a spread followed by fields, which V8 builds on a slow path.
    out.push(Object.assign({}, quote, { speaker, kind, words: wordCount(quote.text) }));
  });
  // A quote before its attributed sibling in the same paragraph ("“A.” “B,”
  // he said"), or ending its paragraph on a comma before a paragraph that
  // opens with the rest ("« A »,\n\n« B », a précisé X").
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.speaker || a.kind === 'name' || !b.speaker || ownCue.has(i)) continue;
    const continued =
      b.paragraph === a.paragraph + 1 && b.start === paragraphStart(b.paragraph) && /^\s*,\s*$/.test(text.slice(a.end, doc.paragraphs[a.paragraph]!.end));
    if (b.paragraph === a.paragraph || continued) a.speaker = b.speaker;
  }
  // A teaser in the opening paragraph, or a quote credited to no one, that a later paragraph quotes again in full
  // ("Defesa Civil: "O pico ainda não chegou"" … ""O pico ainda não chegou. Pedimos …", afirmou X"): whom that quote credits.
  const said: string[] = [];
  const wordsOf = (j: number): string => (said[j] ??= ` ${out[j]!.text.toLowerCase().replace(NOT_A_WORD, ' ').trim()} `);
  out.forEach((o, i) => {
    if (o.kind === 'name' || o.words < MIN_ECHO_WORDS || (o.speaker && o.paragraph > 0)) return;
    const echo = out.find((r, j) => j > i && r.speaker && r.kind !== 'name' && r.paragraph > o.paragraph && wordsOf(j).includes(wordsOf(i)));
    if (echo) o.speaker = echo.speaker;
  });
  // A quote with no credit at all: the person or body a reader sees as its subject around it.
  out.forEach((o, i) => {
    const around = spans[i]!;
    if (o.speaker || o.kind === 'name' || raw[i]!.continues || around.credited) return;
    // One with no credit of its own after a quote of its paragraph this pass credited goes on with that quote's speaker.
    const sibling = around.uncredited ? out.slice(0, i).findLast((r) => r.paragraph === o.paragraph && r.kind !== 'name')?.speaker : null;
    o.speaker = sibling ?? resolver.likelySpeaker(around.from, around.sentence, o.start, around.to, null);
  });
  recreditSilentSpeakers(out, text, lex, (i, not) => {
    const around = spans[i]!;
    return around.named ? null : resolver.likelySpeaker(around.from, around.sentence, out[i]!.start, around.to, not);
  });
  const completed = new Map<string, string>();
  for (const o of out) {
    if (!o.speaker) continue;
    let full = completed.get(o.speaker);
    if (full === undefined) completed.set(o.speaker, (full = completeBodyName(resolver.wholeBodyName(nameOfInitials(o.speaker, text)), text, lex, counts)));
    o.speaker = full;
  }
  return out;
}
