import type { Lexicon } from './lexicon.js';
import { canonicalName } from './speaker-name.js';
import type { Mention, WordCounts } from './speaker-name.js';
import { isCapitalized } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A full name (two words or more) seen at an offset of the article. */
interface NameSighting {
  name: string;
  at: number;
}

/**
 * Every multi-word name in the article, in order: runs of capitalized words,
 * roles stripped. A later bare surname resolves against these.
 */
export function collectNames(tokens: readonly Token[], lex: Lexicon, counts: WordCounts): NameSighting[] {
  const out: NameSighting[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const name = canonicalName(run.map((t) => t.text), lex, counts);
      if (name && name.includes(' ')) out.push({ name, at: run[0]!.start });
    }
    run = [];
  };
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (t.isWord && isCapitalized(t.text) && !lex.stopwords.has(lower) && !lex.calendarWords.has(lower)) run.push(t);
    else flush();
  }
  flush();
  return out;
}

/**
 * Turns mentions into canonical speakers in reading order: a surname becomes
 * the latest full name ending in it, a pronoun the latest named person who
 * spoke before it.
 */
export class SpeakerResolver {
  private lastPerson: string | null = null;
  /** Full names already credited with speech: a surname means one of them first. */
  private readonly speakers: NameSighting[] = [];

  constructor(private readonly names: readonly NameSighting[]) {}

  /** The full name a single word stands for at `at`, or the word itself. */
  fullName(name: string, at: number): string {
    if (name.includes(' ')) return name;
    return this.latestEndingIn(name, at, this.speakers) ?? this.latestEndingIn(name, at, this.names) ?? name;
  }

  /** The latest name before `at` ending (or starting) with `word`, else the first after it. */
  private latestEndingIn(word: string, at: number, names: readonly NameSighting[]): string | null {
    let best: string | null = null;
    for (const s of names) {
      const words = s.name.split(' ');
      if (words[words.length - 1] !== word && words[0] !== word) continue;
      if (s.at <= at || best === null) best = s.name;
      if (s.at > at) break;
    }
    return best;
  }

  /** A person or organisation speaking at `at`; persons become what a later pronoun means. */
  resolve(mention: Mention | null, at: number): string | null {
    if (!mention || mention.kind === 'unnamed') return null;
    if (mention.kind === 'pronoun') return this.lastPerson;
    const name = this.fullName(mention.name, at);
    if (name.includes(' ')) {
      this.lastPerson = name;
      this.speakers.push({ name, at });
    }
    return name;
  }
}
