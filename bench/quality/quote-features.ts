/**
 * What a key-quote model reads of each quote that may be key: what quoteSignals
 * tells of it (its actor's place among the story's voices, whether it is that
 * actor's first statement, how the reporter brings the voice in), where it sits
 * (paragraph, place in the text), how long it runs, and what the article is
 * like (how long, how many voices). Features a candidate always has the same
 * value of (a fragment, a teaser) are no features: the hard exclusions keep
 * such quotes out before. Whether the rules in use key it is one (ruleKey):
 * a model may learn where to depart from them.
 */
import { charRuns } from '../../src/lang/index.js';
import type { ArticleFrame } from '../../src/summarize/rank.js';
import type { QuoteSignals } from '../../src/summarize/rank-quotes.js';
import { ARGUED_WORDS, LONG_PIECE_WORDS, MANY_SIDES, ROOMY_PIECE_WORDS, ruleKeys, SUBSTANTIVE_WORDS } from '../../src/summarize/rank-quotes.js';

export const QUOTE_FEATURE_NAMES = [
  'lead',
  'leadActor',
  'firstOfActor',
  'voice1',
  'voice2',
  'voice3',
  'voiceLater',
  'voiceRank',
  'speakerInTitle',
  'speakerInLead',
  'firstParagraph',
  'paragraphIndex',
  'placeInText',
  'logWords',
  'substantive',
  'argued',
  'opening',
  'numeral',
  'question',
  'logArticleWords',
  'roomyPiece',
  'longPiece',
  'actors',
  'manySides',
  'speakers',
  'candidateOrder',
  'earlierOfActor',
  'turns',
  'prominent',
  'quotesOfSpeaker',
  'echo',
  'colour',
  'leadsBody',
  'newVoice',
  'forBody',
  'framedBody',
  'objecting',
  'withNews',
  'substantiveNewVoice',
  'nearNewVoice',
  'ruleKey',
] as const;
export type QuoteFeatureName = (typeof QUOTE_FEATURE_NAMES)[number];

const NUMERAL = /\p{N}/u;
/** A name's words this long are its own, not particles ("de", "van", "bin"). */
const NAME_WORD = 4;
const lettersOf = charRuns(/[\p{L}\p{N}]/u);
/** Ranks and counts past these read as the last one: the sixth voice and the tenth are both far down. */
const MAX_RANK = 6;
const MAX_PARAGRAPH = 12;
const MAX_TURNS = 4;

/** Each candidate's features, in the order of QUOTE_FEATURE_NAMES. */
export function quoteFeatures(sig: QuoteSignals, frame: ArticleFrame, text: string): number[][] {
  const titleWords = new Set(lettersOf((frame.title ?? '').toLowerCase()));
  const leadWords = new Set(lettersOf(frame.lead.toLowerCase()));
  const named = (speaker: string, told: ReadonlySet<string>): number => +lettersOf(speaker.toLowerCase()).some((w) => w.length >= NAME_WORD && told.has(w));
  const leadActor = sig.lead ? sig.actorOf(sig.lead) : -1;
  const speakers = new Set(sig.unique.map((q) => q.speaker).filter((s) => s !== null)).size;
  const firsts = new Set(sig.actors);
  const articleWords = Math.max(frame.words, 1);
  const ruled = ruleKeys(sig, frame);
  return sig.candidates.map((q, order) => {
    const actor = sig.actorOf(q);
    const first = sig.actors[actor]!;
    // The lead is voice 0, the others 1, 2, … in reading order.
    const voice = actor === leadActor ? 0 : sig.others.indexOf(first) + 1;
    const words = sig.words(q);
    const turns = sig.turns(q.speaker!);
    const newVoice = sig.newVoice(first);
    return [
      +(q === sig.lead),
      +(actor === leadActor),
      +firsts.has(q),
      +(voice === 1),
      +(voice === 2),
      +(voice === 3),
      +(voice > 3),
      Math.min(voice, MAX_RANK) / MAX_RANK,
      named(q.speaker!, titleWords),
      named(q.speaker!, leadWords),
      +(q.paragraph === 0),
      Math.min(q.paragraph, MAX_PARAGRAPH) / MAX_PARAGRAPH,
      q.start / Math.max(text.length, 1),
      Math.log(words),
      +(words >= SUBSTANTIVE_WORDS),
      +(words >= ARGUED_WORDS),
      +sig.opening(q),
      +NUMERAL.test(q.text),
      +q.text.trimEnd().endsWith('?'),
      Math.log(articleWords),
      +(frame.words >= ROOMY_PIECE_WORDS),
      +(frame.words >= LONG_PIECE_WORDS),
      Math.min(sig.actors.length, MAX_RANK * 2) / (MAX_RANK * 2),
      +(sig.actors.length >= MANY_SIDES),
      Math.min(speakers, MAX_RANK * 2) / (MAX_RANK * 2),
      Math.min(order, MAX_RANK * 2) / (MAX_RANK * 2),
      Math.min(sig.candidates.slice(0, order).filter((c) => sig.actorOf(c) === actor).length, 3) / 3,
      Math.min(turns, MAX_TURNS) / MAX_TURNS,
      +(turns >= 2),
      Math.min(sig.unique.filter((u) => u.speaker === q.speaker).length, MAX_TURNS) / MAX_TURNS,
      +sig.echo(q),
      +sig.colour(q),
      +sig.leadsBody(q),
      +newVoice,
      +sig.forBody(q),
      +sig.framedBody(q),
      +sig.objecting(q),
      +sig.withNews(q),
      +(newVoice && words >= SUBSTANTIVE_WORDS && firsts.has(q)),
      +(newVoice && voice >= 1 && voice <= 2 && firsts.has(q)),
      +ruled.has(q),
    ];
  });
}
