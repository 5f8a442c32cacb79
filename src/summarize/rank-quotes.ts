import type { Quote } from '../domain/summary.js';
import { charRuns } from '../lang/index.js';
import type { CreditedQuote } from './credit-quotes.js';
import type { Lexicon } from './lexicon.js';
import type { ArticleFrame } from './rank.js';
import type { InterruptedQuote } from './split-interrupted.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const NUMERAL = /\p{N}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** A credited quote, and whether it resumes an opening cut short by its credit line. */
export type RankableQuote = CreditedQuote & Pick<InterruptedQuote, 'continues'>;

/** A key quote says something: shorter ones are replies, exclamations or fragments. */
const MIN_KEY_QUOTE_WORDS = 7;
/** Body length (words) from which an article earns a third key quote whoever speaks. */
export const LONG_PIECE_WORDS = 500;
/** Body length (words) from which an article has room for a third voice if that voice says something substantive. */
export const ROOMY_PIECE_WORDS = 400;
/** A first statement this long (words, the statement alone) is substantive: a position argued, not a reaction or a reply. */
export const SUBSTANTIVE_WORDS = 15;
/** A first statement this long (words) argues a position in a piece of any length: a third voice short pieces still make room for. */
export const ARGUED_WORDS = 25;
/** A piece where this many actors speak gives a third voice room however short it is: as much as a piece of middle length. */
export const MANY_SIDES = 6;
/** The substantive third voice comes from the story's first this many actors; voices further down are colour or asides. */
const SUBSTANTIVE_WINDOW = 6;
/** A story's sides speak first: the second and third key quotes come from its first this many actors; later voices react. */
const ACTOR_WINDOW = 3;
/** A voice brought in as objecting or warning is the story's other side: a key of its own among this many first actors. */
const OBJECTION_WINDOW = 4;
/** How often the reporter must turn to the third actor (paragraphs quoting them, words of theirs worked into the reporter's sentences) for a third key quote. */
const PROMINENT_TURNS = 2;
/** A number of one or two digits set off by commas after a name ("Sandra Kelleher, 52, from Stockport"): an age in every language. */
const AGE_APPOSITION = /\p{Lu}[\p{L}\p{M}'’-]*,\s\d{1,2},/u;
/** How far (characters) from a speaker's name an age is still theirs ("die 71-jährige Renate Öztürk", "Rizky, yang baru berusia 20 tahun"). */
const AGE_REACH = 40;
const SENTENCE_END = /[.!?…](?=\s|$)/;
const SENTENCE_BREAK = /(?<=[.!?…]["”»’]?)\s+/;
const FIRST_WORD = /^[\p{L}\p{M}]+/u;
/** The reporter's own word right before the opening mark, no comma or colon between: the quote goes on their sentence. */
const AFTER_REPORTER_WORD = /[\p{L}\p{N}]\s*$/u;
const LOWERCASE_START = /^\p{Ll}/u;

/** Letters and digits; runs of anything else become one space, as a replace with a Unicode class would give at twice the cost. */
const wordsOf = charRuns(/[\p{L}\p{N}]/u);
const normalized = (s: string): string => wordsOf(s.toLowerCase()).join(' ');

/** How a quote's speaker is brought in: its paragraph up to the quote, and the credit line after it (the rest of that sentence). */
interface Introduction {
  before: string;
  credit: string;
}

function introduction(text: string, q: RankableQuote): Introduction {
  const from = text.lastIndexOf('\n', q.start) + 1;
  const to = text.indexOf('\n', q.end);
  const after = text.slice(q.end, to < 0 ? text.length : to);
  const end = SENTENCE_END.exec(after);
  return { before: text.slice(from, q.start), credit: end ? after.slice(0, end.index + 1) : after };
}

/** Nothing but an opening mark between the paragraph's start and the quote. */
const OPENS_PARAGRAPH = /^\s*\S?\s*$/u;

/**
 * The paragraph before a quote that opens its own: "Walhi mengingatkan bahwa …" and then
 * "“Ini bukan bencana alam,” kata Sunardi": the reporter brought the voice in there.
 */
function paragraphBefore(text: string, q: RankableQuote): string {
  const from = text.lastIndexOf('\n', q.start) + 1;
  if (from === 0 || !OPENS_PARAGRAPH.test(text.slice(from, q.start))) return '';
  let end = from - 1;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

/** Brought in as announcing or deciding, or by an office and saying a number: a voice with the news. */
function withNews(q: RankableQuote, { before, credit }: Introduction, lex: Lexicon): boolean {
  const intro = `${before} ${credit}`;
  return lex.announcementRe.test(intro) || (lex.officeRe.test(intro) && NUMERAL.test(q.text));
}

/** One name inside the other, word for word: "Marco Rinaldi" is one of "Marco Rinaldi e Giulia Ferrante". */
const sameActor = (a: string, b: string): boolean => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/** What the rules read of an article's quotes before choosing (also what a learned ranker's features start from). */
export interface QuoteSignals {
  /** The quotes in reading order, names and titles of works dropped, each text once. */
  unique: RankableQuote[];
  /** What may be key at all, in reading order: whole statements (or an opening resumed after its credit) with a speaker, long enough, no teaser, not worked into the reporter's sentence. */
  candidates: RankableQuote[];
  /** Each actor's first candidate, in reading order. */
  actors: RankableQuote[];
  /** The story's first actor: its first voice that is no colour. */
  lead: RankableQuote | undefined;
  /** The candidates of `actors` but the lead, in reading order. */
  others: RankableQuote[];
  /** Which of `actors` a candidate's speaker is (one of a joint speaker is that actor). */
  actorOf: (q: RankableQuote) => number;
  /** The quote a key on this candidate flags: itself, or the words an opening that is only a subject resumes after its credit. */
  keyed: (q: RankableQuote) => RankableQuote;
  /** Words of the statement, with the rest it resumes after its credit line. */
  words: (q: RankableQuote) => number;
  /** An opening too short for a statement, resumed inside the same marks after its credit line. */
  opening: (q: RankableQuote) => boolean;
  /** Paragraphs quoting the speaker and words of theirs worked into the reporter's sentences. */
  turns: (speaker: string) => number;
  /** Brought in with "also": a side already heard. */
  echo: (q: RankableQuote) => boolean;
  /** A witness or passer-by told by their age, or as one of many. */
  colour: (q: RankableQuote) => boolean;
  /** A body the lead actor is introduced by. */
  leadsBody: (q: RankableQuote) => boolean;
  /** No echo, no colour, no body of the lead actor: a side of its own. */
  newVoice: (q: RankableQuote) => boolean;
  /** A body's line given through its spokesperson. */
  forBody: (q: RankableQuote) => boolean;
  /** A body's line given through its spokesperson, the body named in the headline or the lead before. */
  framedBody: (q: RankableQuote) => boolean;
  /** Brought in as objecting or warning. */
  objecting: (q: RankableQuote) => boolean;
  /** Brought in as announcing or deciding, or by an office and saying a number. */
  withNews: (q: RankableQuote) => boolean;
}

/** The signals of `quotes` that the key-quote choice weighs. */
export function quoteSignals(quotes: readonly RankableQuote[], frame: ArticleFrame, text: string, lex: Lexicon): QuoteSignals {
  const kept = quotes.filter((q) => q.kind !== 'name');
  const seen = new Set<string>();
  const unique = kept.filter((q) => !seen.has(q.text) && seen.add(q.text));
  const place = new Map(unique.map((q, i) => [q, i]));
  const texts: string[] = [];
  for (const q of unique) texts.push(normalized(q.text));
  // A teaser or subheading repeats a quote of the body: the body's one counts.
  const repeated = (i: number): boolean => texts.some((t, j) => j > i && t.length > 0 && (t.includes(texts[i]!) || texts[i]!.includes(t)));
  // "Not a shortage of doctors," she said, "but of doctors in the right place": an opening cut short by its credit line says as much as the whole.
  const continued = (i: number): boolean => {
    const q = unique[i]!;
    const next = unique[i + 1];
    return next !== undefined && next.speaker === q.speaker && next.paragraph === q.paragraph;
  };
  const wordsAt = (i: number): number => unique[i]!.words + (continued(i) ? unique[i + 1]!.words : 0);
  // « Nous investissons maintenant, a expliqué l'élue. Chaque année… »: an opening too short to read as
  // a statement, resumed inside the same marks after its credit line, is the statement's start.
  const openingAt = (i: number): boolean => unique[i]!.kind === 'fragment' && continued(i) && unique[i + 1]!.continues === true;
  // "called the plan “a slap in the face”": lowercase words picked up mid-sentence are the reporter's, however many.
  const workedIn = (q: RankableQuote): boolean =>
    LOWERCASE_START.test(q.text) && AFTER_REPORTER_WORD.test(text.slice(text.lastIndexOf('\n', q.start) + 1, q.start));
  const candidates = unique.filter(
    (q, i) => (q.kind === 'statement' || openingAt(i)) && q.speaker && wordsAt(i) >= MIN_KEY_QUOTE_WORDS && !repeated(i) && !workedIn(q),
  );

  // Each actor's first substantive statement, in reading order: the actors of the headline and the lead speak first.
  const actors: RankableQuote[] = [];
  for (const q of candidates) if (!actors.some((a) => sameActor(a.speaker!, q.speaker!))) actors.push(q);

  const turns = (speaker: string): number => {
    const theirs = unique.filter((q) => q.speaker === speaker);
    return new Set(theirs.map((q) => q.paragraph)).size + theirs.filter((q) => q.kind === 'fragment').length;
  };
  // "Ook ACV-voorzitster Ann Van Hoof trok van leer": an "also" opening a sentence adds its subject to a side
  // already heard; further in ("NASA also added landers") it is about what the subject did.
  const echoed = ({ before, credit }: Introduction): boolean =>
    `${before} ${credit}`.split(SENTENCE_BREAK).some((s) => lex.alsoWords.has(FIRST_WORD.exec(s)?.[0].toLowerCase() ?? ''));
  // A defendant told with their age is the court story's main actor, not a witness.
  const aged = (s: string): boolean => (AGE_APPOSITION.test(s) || lex.ageRe.test(s)) && !lex.defendantRe.test(s);
  // "Nathalie Gérard, une habitante de la rue", "Tom Reed, a nurse": a name told as one of many is a witness, not an actor.
  const oneOfMany = (speaker: string, intro: string): boolean => {
    const at = intro.indexOf(speaker);
    if (at < 0) return false;
    const next = /^,\s+([\p{L}']+)/u.exec(intro.slice(at + speaker.length));
    // "Dr Ruth Ellison, a glaciologist": a title before the name makes the voice an expert's.
    const titleBefore = /([\p{L}]+)\.?\s*$/u.exec(intro.slice(0, at))?.[1];
    return next !== null && lex.indefiniteArticles.has(next[1]!.toLowerCase()) && !lex.titles.has(titleBefore?.toLowerCase() ?? '');
  };
  // The age must be the speaker's: in their credit line, or next to their name (not a suspect's age told before an officer speaks).
  const coloured = (q: RankableQuote, { before, credit }: Introduction): boolean =>
    aged(credit) ||
    q.speaker!.split(' ').some((name) => {
      if (name.length < 3 || !CAPITAL_FIRST.test(name)) return false;
      for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
        if (aged(before.slice(Math.max(0, at - AGE_REACH), at + name.length + AGE_REACH))) return true;
      }
      return false;
    }) ||
    oneOfMany(q.speaker!, `${before} ${credit}`);
  // A patient or passer-by who opens the piece sets the scene: the story's first actor is its first voice that is no colour.
  const lead = actors.find((q) => !coloured(q, introduction(text, q))) ?? actors[0];
  const others = actors.filter((q) => q !== lead);
  // "La directora de la Agencia X, Pilar Escrivá, ha dicho": a body the first actor is introduced by speaks with their voice, not as a side of its own.
  const leadIntro = lead ? introduction(text, lead) : null;
  const leadsBody = (q: RankableQuote): boolean =>
    leadIntro !== null && ` ${normalized(`${leadIntro.before} ${leadIntro.credit}`)} `.includes(` ${normalized(q.speaker!)} `);
  // "said a spokesperson for the company", "kata jurucakap itu", "so ein Konzernsprecher": a body's line given through its spokesperson is a stock reply, not a position argued.
  const forBody = (q: RankableQuote): boolean => {
    const { before, credit } = introduction(text, q);
    return normalized(`${before} ${credit}`)
      .split(' ')
      .some((w) => lex.spokespersonWords.has(w) || lex.compoundSpokespersonWords.some((c) => w.endsWith(c)));
  };
  // The headline and the lead up to the paragraph the body speaks in: what the story told of the body before it spoke.
  const framedBody = (q: RankableQuote): boolean => {
    if (!forBody(q)) return false;
    const framing = `${frame.title ?? ''} ${frame.lead.slice(0, text.lastIndexOf('\n', q.start) + 1)}`;
    const name = wordsOf(q.speaker!);
    // A longer name's word is told as a name, capitalized: as a common noun ("hotel minta …") it tells of a kind, not of
    // the body ("Persatuan Hotel Malaysia"). A one-word name is the name whatever its case.
    const told = new Set(name.length > 1 ? wordsOf(framing) : normalized(framing).split(' '));
    return (name.length > 1 ? name : [normalized(q.speaker!)]).some((w) => w.length >= 4 && told.has(w));
  };
  const newVoice = (q: RankableQuote): boolean => {
    const intro = introduction(text, q);
    return !echoed(intro) && !coloured(q, intro) && !leadsBody(q);
  };
  // "The British Medical Association was more critical": a voice brought in as objecting or warning
  // takes the other side of the story, whether or not another reaction came before it.
  const objecting = (q: RankableQuote): boolean => {
    const intro = introduction(text, q);
    return !coloured(q, intro) && lex.objectionRe.test(`${paragraphBefore(text, q)} ${intro.before} ${intro.credit}`);
  };
  // « La Vesdre, juge la ministre, ne pourra jamais… »: an opening that is only the subject of a sentence
  // resumed in lowercase after the credit says nothing alone; the resumed part carries the statement.
  const keyed = (q: RankableQuote): RankableQuote => {
    const i = place.get(q)!;
    return openingAt(i) && LOWERCASE_START.test(unique[i + 1]!.text) ? unique[i + 1]! : q;
  };
  return {
    unique,
    candidates,
    actors,
    lead,
    others,
    actorOf: (q) => actors.findIndex((a) => sameActor(a.speaker!, q.speaker!)),
    keyed,
    words: (q) => wordsAt(place.get(q)!),
    opening: (q) => openingAt(place.get(q)!),
    turns,
    echo: (q) => echoed(introduction(text, q)),
    colour: (q) => coloured(q, introduction(text, q)),
    leadsBody,
    newVoice,
    forBody,
    framedBody,
    objecting,
    withNews: (q) => withNews(q, introduction(text, q), lex),
  };
}

/** Which rule of ruleKeys made a quote key: what a per-rule audit of the choice counts. */
export type KeyQuoteRule = 'lead' | 'second' | 'prominent' | 'objector' | 'long-piece' | 'substantive' | 'with-news' | 'after-framed-body';

/**
 * The key quotes by the rules, each with the rule that made it key: the first substantive statement of the first actor
 * (the first voice that is no colour; a body they are introduced by is theirs),
 * then of the next new voice among the first three actors, and of the third
 * too if the reporter turns to them more than once or brings them in
 * announcing, or by their office saying a number; a voice brought in as
 * objecting or warning among the first four is the other side and keeps a
 * third place too when its first statement argues at length; a long piece keeps a third voice anyway, and any piece
 * one among the first six whose first statement is long enough to argue a
 * position (longer in a short piece with few voices than in one of middle
 * length or one where six or more actors speak). A body's line given through
 * its spokesperson when the headline or the lead before it already names the
 * body gives its place to the next voice (unless it is the first actor, or the
 * second voice arguing at length).
 */
export function ruleKeys(sig: QuoteSignals, frame: ArticleFrame): Map<RankableQuote, KeyQuoteRule> {
  const { lead, others, actors, candidates, newVoice, forBody } = sig;
  const key = new Map<RankableQuote, KeyQuoteRule>(lead ? [[lead, 'lead']] : []);
  const near = others.slice(0, ACTOR_WINDOW - 1).filter(newVoice);
  if (near[0]) key.set(near[0], 'second');
  if (near[1] && sig.turns(near[1].speaker!) >= PROMINENT_TURNS) key.set(near[1], 'prominent');
  // "Not acceptable," said the opposition: a short jab reacts; the other side argues its case at some length.
  const objector = others.slice(0, OBJECTION_WINDOW - 1).find((q) => !key.has(q) && sig.objecting(q) && sig.words(q) >= SUBSTANTIVE_WORDS);
  if (objector && key.size < 3) key.set(objector, 'objector');
  if (frame.words >= LONG_PIECE_WORDS && key.size === 2) {
    // A long piece has room for a third voice, or else for a quote that carries a number.
    const third = others.find((q) => !key.has(q) && newVoice(q)) ?? candidates.find((q) => !key.has(q) && NUMERAL.test(q.text));
    if (third) key.set(third, 'long-piece');
  }
  if (key.size < 3) {
    // A third voice whose first statement argues a position at length: substantive in a piece with room for
    // three voices (by its length or by how many actors it quotes), and in a shorter piece with fewer voices
    // only when it runs long enough to be a side of the story on its own.
    const least = frame.words >= ROOMY_PIECE_WORDS || actors.length >= MANY_SIDES ? SUBSTANTIVE_WORDS : ARGUED_WORDS;
    const substantive = others.slice(0, SUBSTANTIVE_WINDOW - 1).find((q) => !key.has(q) && newVoice(q) && q.words >= least && !forBody(q));
    if (substantive) key.set(substantive, 'substantive');
  }
  // "Mayor Jo Kent announced a rescue fund", "said minister Jon Berg" before a sum: the third of the first actors brought in
  // as announcing or deciding, or by their office with a number, speaks with the news, a key voice though quoted once.
  const third = others[1];
  if (key.size < 3 && third && !key.has(third) && newVoice(third) && !forBody(third) && sig.withNews(third)) key.set(third, 'with-news');
  // "Corvane to cut 2,300 jobs" and then "a Corvane spokesperson said": the headline and lead already tell what the body
  // they name did, and its line given through a spokesperson only restates it; the story's first actor keeps theirs, and
  // the place goes to the next voice among the first actors. The second voice keeps its place when its line argues at
  // length: the body answering the first actor is the story's other side, not a stock reply.
  for (const q of [...key.keys()]) {
    if (q === lead || !sig.framedBody(q) || (q === near[0] && sig.words(q) >= SUBSTANTIVE_WORDS)) continue;
    key.delete(q);
    const next = others.slice(others.indexOf(q) + 1, ACTOR_WINDOW - 1).find((o) => !key.has(o) && newVoice(o) && !forBody(o));
    if (next) key.set(next, 'after-framed-body');
  }
  return key;
}

/**
 * Quotes in reading order, names and titles of works dropped. Key ones are
 * what an editor keeps (ruleKeys). Never key:
 * fragments (lowercase words picked up mid-sentence among them), short
 * replies, what a speaker adds once their first statement is in,
 * teasers repeating a later quote, and voices that only echo a side already heard
 * ("also") or give colour (a witness or passer-by introduced by their age).
 */
export function rankQuotes(quotes: readonly RankableQuote[], frame: ArticleFrame, text: string, lex: Lexicon): Quote[] {
  // No quotes, none ranked; an article's empty list is of another array kind, and V8 drops the optimised code that meets it.
  if (!quotes.length) return [];
  const sig = quoteSignals(quotes, frame, text, lex);
  const key = new Set([...ruleKeys(sig, frame).keys()].map(sig.keyed));
  return sig.unique.map((q) => ({ text: q.text, speaker: q.speaker, key: key.has(q) }));
}
