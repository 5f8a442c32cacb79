import { describe, expect, it } from 'vitest';
import { composeDigest, storyCount } from '../../src/compose/index.js';
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
const figure = (value: number, key = true): Figure => ({ value, unit: 'people', text: `${value} people`, approx: null, key, counts: 'people' });

function rich(id: string, feedName = 'Wire') {
  return article(id, {
    sources: [{ feedName, feedUrl: 'f', link: null }],
    summary: {
      lang: 'en',
      title: id,
      gist: ['g'],
      quotes: [quote('a'), quote('b'), quote('c', false)],
      figures: [figure(1), figure(2), figure(3), figure(4, false)],
    },
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
    const d = composeDigest(
      ['a', 'b', 'c', 'd'].map((id) => article(id)),
      { ...base, maxStories: 3 },
    );
    expect(storyCount(d)).toBe(3);
    expect(d.moreCount).toBe(1);
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

describe('fair picking', () => {
  /** `n` stories of one feed, in feed order; the first ones rich in quotes and figures when `rich`. */
  const feedOf = (feedName: string, n: number, o: { rich?: boolean; lang?: string; tag?: string } = {}) =>
    Array.from({ length: n }, (_, i) =>
      article(`${feedName}-${i + 1}`, {
        feedPosition: i,
        lang: o.lang ?? 'en',
        tags: [o.tag ?? 'world'],
        sources: [{ feedName, feedUrl: `https://${feedName}.example/rss`, link: null }],
        text: 'word '.repeat(o.rich ? 900 : 40),
        fromFeedOnly: !o.rich,
        ...(o.rich && {
          summary: { lang: 'en', title: null, gist: ['g'], quotes: [quote('a'), quote('b'), quote('c')], figures: [figure(1), figure(2), figure(3)] },
        }),
      }),
    );
  const ids = (d: ReturnType<typeof composeDigest>) => d.sections.flatMap((s) => s.stories.map((st) => st.articleId));

  it('gives every feed one story before any feed gets a second, even against a feed rich in quotes', () => {
    const blog = feedOf('blog', 10, { rich: true });
    const teasers = ['de', 'fr', 'id', 'es', 'pt'].map((lang) => feedOf(`teaser-${lang}`, 3, { lang }));
    const d = composeDigest([...blog, ...teasers.flat()], { ...base, maxStories: 8 });
    const picked = ids(d);
    expect(picked).toHaveLength(8);
    const perFeed = new Map<string, number>();
    for (const id of picked) perFeed.set(id.replace(/-\d+$/, ''), (perFeed.get(id.replace(/-\d+$/, '')) ?? 0) + 1);
    expect(perFeed.size).toBe(6);
    // Six feeds, eight places: two feeds have a second story, none a third.
    expect([...perFeed.values()].sort()).toEqual([1, 1, 1, 1, 2, 2]);
    // Each feed's first story, never a later one, is what it gets first.
    for (const [feed] of perFeed) expect(picked).toContain(`${feed}-1`);
    expect(d.moreCount).toBe(10 + 15 - 8);
  });

  it('caps any one feed at maxPerFeed, even with places to spare', () => {
    const d = composeDigest([...feedOf('blog', 10, { rich: true }), ...feedOf('wire', 2)], { ...base, maxStories: 12, maxPerFeed: 3 });
    expect(ids(d).filter((id) => id.startsWith('blog'))).toEqual(['blog-1', 'blog-2', 'blog-3']);
    expect(storyCount(d)).toBe(5);
    expect(d.moreCount).toBe(7);
  });

  it('keeps each section best first and orders sections by their best story', () => {
    const d = composeDigest([...feedOf('wire', 3), ...feedOf('blog', 3, { rich: true })], { ...base, maxStories: 6 });
    expect(d.sections.map((s) => s.title)).toEqual(['blog', 'wire']);
    expect(d.sections[1]!.stories.map((s) => s.articleId)).toEqual(['wire-1', 'wire-2', 'wire-3']);
  });

  it('with groupBy tag, takes turns by tag section', () => {
    const d = composeDigest([...feedOf('a', 4, { rich: true, tag: 'sport' }), ...feedOf('b', 4, { tag: 'sport' }), ...feedOf('c', 2, { tag: 'politics' })], {
      ...base,
      groupBy: 'tag',
      maxStories: 2,
    });
    expect(d.sections.map((s) => s.title).sort()).toEqual(['politics', 'sport']);
  });

  it('a story without key quotes or figures can lead its section: its feed put it first and it is fresh', () => {
    const lead = article('lead', { feedPosition: 0, published: '2026-11-25T06:00:00.000Z', text: 'word '.repeat(300) });
    const quoted = article('quoted', {
      feedPosition: 5,
      published: '2026-11-23T07:00:00.000Z',
      text: 'word '.repeat(300),
      summary: { lang: 'en', title: null, gist: ['g'], quotes: [quote('a')], figures: [] },
    });
    const d = composeDigest([quoted, lead], base);
    expect(d.sections[0]!.stories.map((s) => s.articleId)).toEqual(['lead', 'quoted']);
  });

  it('leaves live blogs, quizzes, corrections and podcasts without text out unless the digest includes them', () => {
    const items = [
      article('news'),
      article('live-en', { title: 'Arsenal v Chelsea: Premier League – live!' }),
      article('live-de', { title: 'Krieg in der Ukraine: Alle Entwicklungen im Liveticker', lang: 'de' }),
      article('live-ru', { title: 'Матч «Спартак» — «Зенит»: онлайн-трансляция', lang: 'ru' }),
      article('quiz', { title: 'Friday quiz: what links these five rivers?' }),
      article('fix', { title: 'Corrections and clarifications' }),
      article('pod', { title: 'The week in five minutes', media: 'audio', text: '' }),
    ];
    expect(ids(composeDigest(items, base))).toEqual(['news']);
    expect(ids(composeDigest(items, { ...base, maxPerFeed: 10, include: ['live'] })).sort()).toEqual(['live-de', 'live-en', 'live-ru', 'news']);
  });
});
