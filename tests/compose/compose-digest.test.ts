import { describe, expect, it } from 'vitest';
import { composeDigest, keepTopStories, storyCount } from '../../src/compose/index.js';
import type { Figure, Quote } from '../../src/domain/index.js';
import { article } from '../fixtures/articles.js';

const base = {
  editionId: 'daily-1',
  digestKey: 'daily',
  name: 'Daily',
  lang: 'en',
  timeZone: 'UTC',
  createdAt: '2026-11-25T07:00:00.000Z',
  maxStories: 10,
  groupBy: 'feed' as const,
};
const quote = (text: string, key = true): Quote => ({ text, speaker: 'Ana Lima', key });
const figure = (value: number, key = true): Figure => ({ value, unit: 'people', text: `${value} people`, approx: null, key, counts: "people" });

function rich(id: string, feedName = 'Wire') {
  return article(id, {
    sources: [{ feedName, feedUrl: 'f', link: null }],
    summary: { lang: 'en', title: id, gist: ['g'], quotes: [quote('a'), quote('b'), quote('c', false)], figures: [figure(1), figure(2), figure(3), figure(4, false)] },
  });
}

describe('composeDigest', () => {
  it('puts stories with key quotes and figures first and keeps only the key ones', () => {
    const d = composeDigest([article('plain'), rich('rich')], { ...base, groupBy: 'none' });
    const stories = d.sections[0]!.stories;
    expect(stories.map((s) => s.articleId)).toEqual(['rich', 'plain']);
    expect(stories[0]!.quotes.map((q) => q.text)).toEqual(['a', 'b']);
    expect(stories[0]!.figures.map((f) => f.value)).toEqual([1, 2, 3]);
  });

  it('groups by feed, ordering sections by their best story', () => {
    const d = composeDigest([article('p1', { sources: [{ feedName: 'Plain', feedUrl: 'p', link: null }] }), rich('r1', 'Rich')], base);
    expect(d.sections.map((s) => s.title)).toEqual(['Rich', 'Plain']);
  });

  it('a story carried by several feeds outranks one seen once', () => {
    const twice = article('twice', {
      sources: [
        { feedName: 'A', feedUrl: 'a', link: null },
        { feedName: 'B', feedUrl: 'b', link: null },
      ],
    });
    const d = composeDigest([article('once'), twice], { ...base, groupBy: 'none' });
    expect(d.sections[0]!.stories[0]!.articleId).toBe('twice');
    expect(d.sections[0]!.stories[0]!.sources.map((s) => s.name)).toEqual(['A', 'B']);
  });

  it('caps the story count and counts what was left out', () => {
    const d = composeDigest(['a', 'b', 'c', 'd'].map((id) => article(id)), { ...base, maxStories: 3 });
    expect(storyCount(d)).toBe(3);
    expect(d.moreCount).toBe(1);
    const smaller = keepTopStories(d, 1);
    expect(storyCount(smaller)).toBe(1);
    expect(smaller.moreCount).toBe(3);
  });

  it('is pure: the same input gives the same edition', () => {
    const input = [rich('x'), article('y')];
    expect(composeDigest(input, base)).toEqual(composeDigest(input, base));
  });

  it('marks a story whose page could not be read', () => {
    const d = composeDigest([article('t', { fromFeedOnly: true }), article('f')], { ...base, groupBy: 'none' });
    expect(Object.fromEntries(d.sections[0]!.stories.map((s) => [s.articleId, s.teaserOnly]))).toEqual({ t: true, f: false });
  });
});
