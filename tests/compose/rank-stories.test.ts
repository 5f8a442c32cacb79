import { describe, expect, it } from 'vitest';
import { scoreParts, storyScore } from '../../src/compose/index.js';
import type { Quote } from '../../src/domain/index.js';
import { article } from '../fixtures/articles.js';

const NOW = Date.parse('2026-11-25T07:00:00Z');
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();
const words = (n: number) => 'word '.repeat(n);
const keyQuote: Quote = { text: 'We will not stop until the work is done', speaker: 'Ana Lima', key: true };

describe('story score', () => {
  it('has six parts from 0 to 1: place in the feed, sources, freshness, length, quotes, figures', () => {
    const top = scoreParts(article('a', { feedPosition: 0, published: hoursAgo(0), text: words(1000) }), NOW);
    expect(top).toMatchObject({ position: 1, sources: 0, freshness: 1, quotes: 0, figures: 0 });
    expect(top.length).toBeCloseTo(1, 1);
    const fourth = scoreParts(article('b', { feedPosition: 3, published: hoursAgo(36), text: words(100) }), NOW);
    expect(fourth.position).toBeCloseTo(0.5, 5);
    expect(fourth.freshness).toBeCloseTo(0.5, 5);
    expect(fourth.length).toBeCloseTo(0.5, 1);
    expect(scoreParts(article('c', { published: hoursAgo(100) }), NOW).freshness).toBe(0);
    const carried = article('d', { sources: ['A', 'B', 'C', 'D'].map((n) => ({ feedName: n, feedUrl: n, link: null })) });
    expect(scoreParts(carried, NOW).sources).toBe(1);
  });

  it('does not punish a teaser: only the length of its text counts, as for any story', () => {
    const full = article('full', { feedPosition: 0, text: words(60) });
    const teaser = { ...full, id: 'teaser', fromFeedOnly: true };
    expect(storyScore(teaser, NOW)).toBe(storyScore(full, NOW));
  });

  it('weighs the signals every story has above quotes and figures together', () => {
    const plainTop = article('plain', { feedPosition: 0, published: hoursAgo(1), text: words(400) });
    const quotedLate = article('quoted', {
      feedPosition: 6,
      published: hoursAgo(40),
      text: words(400),
      summary: { lang: 'en', title: null, gist: ['g'], quotes: [keyQuote, { ...keyQuote, text: 'A second thing worth saying out loud' }], figures: [] },
    });
    expect(storyScore(plainTop, NOW)).toBeGreaterThan(storyScore(quotedLate, NOW));
  });
});
