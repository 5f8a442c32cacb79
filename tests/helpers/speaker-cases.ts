/** Table-driven speaker tests: made-up sentences in, the summarizer's speakers out. */
import { expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

/** The speakers of an article's quotes, in reading order; `title` is its headline. */
export const speakersOf = (text: string, lang: string, title?: string): (string | null)[] =>
  summarizeArticle(text, { lang, title }).quotes.map((q) => q.speaker);

/** The words of an article's quotes, in reading order. */
export const textsOf = (text: string, lang: string): string[] => summarizeArticle(text, { lang }).quotes.map((q) => q.text);

/** Paragraphs of a made-up article. */
export const para = (...ps: string[]): string => ps.join('\n\n');

export type SpeakerCase = [lang: string, text: string, expected: (string | null)[], title?: string];

/** One test per case: the speakers of the quotes, in reading order. */
export const creditsSpeakers = (cases: SpeakerCase[]): void =>
  it.each(cases)('%s: %s', (lang, text, speakers, title) => expect(speakersOf(text, lang, title)).toEqual(speakers));
