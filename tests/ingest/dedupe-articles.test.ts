import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/index.js';
import { contentFingerprint, dedupeArticles, fingerprintBands, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY } from '../../src/ingest/index.js';

const WIRE =
  'The central bank raised its benchmark interest rate by a quarter point on Tuesday, citing persistent inflation in food and energy prices. ' +
  'The governor told reporters that further increases were possible if the currency kept weakening against the dollar. ' +
  'Economists had expected the move after three months of rising consumer prices, and markets reacted calmly to the announcement.';
const OTHER =
  'Heavy rain flooded several districts of the capital overnight, forcing hundreds of families to leave their homes. ' +
  'Rescue teams used rubber boats to reach residents trapped on rooftops, and the city opened schools as temporary shelters for the displaced.';

function article(id: string, feed: string, over: Partial<Article> = {}): Article {
  return {
    id,
    title: id,
    url: null,
    lang: 'en',
    published: '2026-11-24T10:00:00.000Z',
    author: null,
    text: '',
    fromFeedOnly: false,
    sources: [{ feedName: feed, feedUrl: `https://${feed}.example/feed`, link: over.url ?? null }],
    tags: [feed],
    ...over,
  };
}

describe('contentFingerprint', () => {
  it('is close for lightly edited copies and far for other texts', () => {
    const edited = WIRE.replace('on Tuesday', 'on Tuesday morning').replace('calmly', 'quietly') + ' (Reuters)';
    expect(fingerprintSimilarity(contentFingerprint(WIRE), contentFingerprint(edited))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
    expect(fingerprintSimilarity(contentFingerprint(WIRE), contentFingerprint(OTHER))).toBeLessThan(0.1);
  });

  it('gives band keys that a near-duplicate shares and another story does not', () => {
    const edited = WIRE.replace('calmly', 'quietly');
    const bands = new Set(fingerprintBands(contentFingerprint(WIRE)));
    expect(bands.size).toBe(16);
    expect(fingerprintBands(contentFingerprint(edited)).some((b) => bands.has(b))).toBe(true);
    expect(fingerprintBands(contentFingerprint(OTHER)).some((b) => bands.has(b))).toBe(false);
    expect(fingerprintBands('')).toEqual([]);
  });

  it('ignores markup and case, and says nothing for very short texts', () => {
    expect(contentFingerprint(`<p>${WIRE.toUpperCase()}</p>`)).toBe(contentFingerprint(WIRE));
    expect(contentFingerprint('Too short to tell')).toBe('');
    expect(fingerprintSimilarity('', '')).toBe(0);
  });
});

describe('dedupeArticles', () => {
  it('merges by id, by canonical URL and by near-duplicate text, keeping the first id and every source', () => {
    const input = [
      article('a', 'alpha', { url: 'https://news.example/rate-hike?utm_source=rss', text: WIRE }),
      article('b', 'beta', { url: 'https://www.news.example/rate-hike#top', text: 'teaser', published: '2026-11-24T09:00:00.000Z' }),
      article('c', 'gamma', { url: 'https://other.example/economy/123', text: WIRE.replace('Tuesday', 'Tuesday afternoon') }),
      article('d', 'delta', { url: 'https://flood.example/1', text: OTHER }),
      article('d', 'epsilon', { url: 'https://elsewhere.example/flood', text: 'different words entirely here for this one' }),
    ];
    const out = dedupeArticles(input);
    expect(out.map((a) => a.id)).toEqual(['a', 'd']);
    expect(out[0]!.sources.map((s) => s.feedName)).toEqual(['alpha', 'beta', 'gamma']);
    expect(out[0]!.tags).toEqual(['alpha', 'beta', 'gamma']);
    expect(out[0]!.published).toBe('2026-11-24T09:00:00.000Z');
    expect(out[1]!.sources.map((s) => s.feedName)).toEqual(['delta', 'epsilon']);
  });

  it('prefers the full text over a teaser and does not modify its input', () => {
    const teaser = article('x', 'one', { url: 'https://n.example/s', text: 'Short teaser.', fromFeedOnly: true });
    const full = article('y', 'two', { url: 'https://n.example/s', text: WIRE });
    const before = JSON.stringify([teaser, full]);
    const [merged] = dedupeArticles([teaser, full]);
    expect(merged).toMatchObject({ id: 'x', text: WIRE, fromFeedOnly: false });
    expect(JSON.stringify([teaser, full])).toBe(before);
  });

  it('keeps different stories apart', () => {
    const out = dedupeArticles([article('1', 'a', { text: WIRE }), article('2', 'a', { text: OTHER })]);
    expect(out).toHaveLength(2);
  });
});
