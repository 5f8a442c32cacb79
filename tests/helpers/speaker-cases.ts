/** Table-driven speaker tests: made-up sentences in, the summarizer's speakers out. */
import { expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

/** The speakers of an article's quotes, in reading order. */
export const speakersOf = (text: string, lang: string): (string | null)[] => summarizeArticle(text, { lang }).quotes.map((q) => q.speaker);

/** The words of an article's quotes, in reading order. */
export const textsOf = (text: string, lang: string): string[] => summarizeArticle(text, { lang }).quotes.map((q) => q.text);

/** Paragraphs of a made-up article. */
export const para = (...ps: string[]): string => ps.join('\n\n');

export type SpeakerCase = [lang: string, text: string, expected: (string | null)[]];

/** One test per case: the speakers of the quotes, in reading order. */
export const creditsSpeakers = (cases: SpeakerCase[]): void =>
  it.each(cases)('%s: %s', (lang, text, speakers) => expect(speakersOf(text, lang)).toEqual(speakers));
