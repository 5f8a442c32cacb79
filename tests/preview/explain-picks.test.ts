import { describe, expect, it } from 'vitest';
import { composeDigest, explainPicks, storyScore } from '../../src/compose/index.js';
import type { SummarizedArticle } from '../../src/domain/index.js';
import { NOW, article, plain, rich, teaser, undated, widelyCarried } from './fixtures/articles.js';

/** The same article seen in another feed, at a place in it. */
const inFeed = (a: SummarizedArticle, feedName: string, feedPosition = 0): SummarizedArticle => ({
  ...a,
  feedPosition,
  sources: [{ feedName, feedUrl: `https://${feedName.toLowerCase()}.example/rss`, link: a.url }, ...a.sources.slice(1)],
});

const all = [inFeed(plain, 'Alpha', 1), inFeed(teaser, 'Beta'), inFeed(rich, 'Alpha', 0), inFeed(undated, 'Gamma'), inFeed(widelyCarried, 'Alpha', 2)];
const base = { now: NOW, groupBy: 'feed' as const };

function composedIds(maxStories: number, articles = all): Set<string> {
  const d = composeDigest(articles, {
    editionId: 'e',
    digestKey: 'daily',
    name: 'Daily',
    lang: 'en',
    timeZone: 'UTC',
    createdAt: new Date(NOW).toISOString(),
    maxStories,
    groupBy: 'feed',
  });
  return new Set(d.sections.flatMap((s) => s.stories.map((st) => st.articleId)));
}

describe('explainPicks', () => {
  it('picks as compose does: the stories it calls picked are exactly the composed ones', () => {
    for (const max of [1, 2, 3, 5]) {
      const carried = composedIds(max);
      const ex = explainPicks(all, { ...base, maxStories: max, carried });
      expect(new Set(ex.filter((e) => e.verdict === 'picked').map((e) => e.articleId))).toEqual(carried);
      expect(carried.size).toBe(Math.min(max, all.length));
      expect(ex.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('gives every feed one story before any feed a second, feeds in the order of their best story', () => {
    const ex = explainPicks(all, { ...base, maxStories: 5, carried: composedIds(5) });
    const firstRound = ex.filter((e) => e.round === 1);
    expect(firstRound.map((e) => e.feeds[0])).toHaveLength(3);
    expect(new Set(firstRound.map((e) => e.feeds[0]))).toEqual(new Set(['Alpha', 'Beta', 'Gamma']));
    const scores = firstRound.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ex.slice(0, 3).every((e) => e.round === 1)).toBe(true);
    expect(ex.slice(3).map((e) => e.round)).toEqual([2, 3]);
  });

  it('reports the score and its six parts, which add up to it', () => {
    const ex = explainPicks(all, { ...base, maxStories: 5, carried: composedIds(5) });
    const richRow = ex.find((e) => e.articleId === 'rich')!;
    expect(richRow.score).toBeCloseTo(storyScore(inFeed(rich, 'Alpha', 0), NOW), 2);
    for (const e of ex) {
      const sum = Object.values(e.parts).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(e.score, 1);
      expect(e.reason).toContain(`score ${e.score.toFixed(2)} = position ${e.parts.position.toFixed(2)}`);
    }
  });

  it('says why an article is left out: no room left, or its feed is full', () => {
    const tight = explainPicks(all, { ...base, maxStories: 3, carried: composedIds(3) });
    const noRoom = tight.filter((e) => e.verdict === 'below-cutoff');
    expect(noRoom).toHaveLength(2);
    for (const e of noRoom) expect(e.reason).toMatch(/^not picked: maxStories 3 was reached before the turn of story \d of Alpha/);

    const capped = explainPicks(all, { ...base, maxStories: 5, maxPerFeed: 1, carried: new Set() });
    const full = capped.filter((e) => e.verdict === 'feed-full');
    expect(full.map((e) => e.feeds[0])).toEqual(['Alpha', 'Alpha']);
    expect(full[0]!.reason).toMatch(/^not picked: Alpha already has maxPerFeed 1 stories/);
  });

  it('tells a story cut for the size budget from one that was never picked', () => {
    const carried = composedIds(3);
    const last = explainPicks(all, { ...base, maxStories: 3, carried }).find((e) => e.rank === 3)!.articleId;
    carried.delete(last);
    const cut = explainPicks(all, { ...base, maxStories: 3, carried }).find((e) => e.articleId === last)!;
    expect(cut.verdict).toBe('cut-for-size');
    expect(cut.reason).toMatch(/size budget/);
  });

  it('lists the factors of the score in words and keeps quotes and figures for the panel', () => {
    const ex = explainPicks(all, { ...base, maxStories: 5, carried: composedIds(5) });
    const by = (id: string) => ex.find((e) => e.articleId === id)!;
    expect(by('rich').reason).toContain('item 1 of its feed, 1 source, 2 h old, full text, 1 key quote, 1 key figure');
    expect(by('rich').quotes).toHaveLength(2);
    expect(by('rich').figures[0]).toMatchObject({ value: 14_200_000, unit: 'TEU' });
    expect(by('wide').reason).toContain('3 sources');
    expect(by('teaser').reason).toContain('teaser only');
    expect(by('undated').reason).toContain('no date');
    expect(by('undated').factors.ageHours).toBeNull();
    expect(by('plain').factors).toMatchObject({ keyQuotes: 0, keyFigures: 0, ageHours: 30, feedPosition: 1 });
  });

  it('names a live blog it left out and how to bring it back', () => {
    const live = { ...article('live'), title: 'Arsenal v Chelsea: Premier League – live!' };
    const ex = explainPicks([...all, live], { ...base, maxStories: 8, carried: composedIds(8, [...all, live]) });
    const row = ex.find((e) => e.articleId === 'live')!;
    expect(row.verdict).toBe('not-an-article');
    expect(row.nonArticle).toEqual({ kind: 'live', marker: '– live!' });
    expect(row.reason).toMatch(/^left out: a live blog \("– live!"\); include: \[live\] in the digest brings it back/);
    const back = explainPicks([...all, live], { ...base, maxStories: 8, include: ['live'], carried: new Set(['live']) });
    expect(back.find((e) => e.articleId === 'live')!.verdict).toBe('picked');
  });

  it('breaks equal scores by the newer article first, as compose does', () => {
    const older = article('older', { hoursOld: 0 });
    const newer = { ...article('newer', { hoursOld: 0 }), published: new Date(NOW + 60_000).toISOString() };
    const ex = explainPicks([older, newer], { ...base, maxStories: 1, carried: new Set(['newer']) });
    expect(ex.map((e) => e.articleId)).toEqual(['newer', 'older']);
    expect(ex[0]!.verdict).toBe('picked');
  });

  it('an empty candidate list explains nothing', () => {
    expect(explainPicks([], { ...base, maxStories: 3, carried: new Set() })).toEqual([]);
  });
});
