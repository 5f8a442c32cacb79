import { describe, expect, it } from 'vitest';
import { composeDigest, explainPicks, storyScore } from '../../src/compose/index.js';
import { NOW, article, plain, rich, teaser, undated, widelyCarried } from './fixtures/articles.js';

const all = [plain, teaser, rich, undated, widelyCarried];

function composedIds(maxStories: number): Set<string> {
  const d = composeDigest(all, { editionId: 'e', digestKey: 'daily', name: 'Daily', lang: 'en', timeZone: 'UTC', createdAt: new Date(NOW).toISOString(), maxStories, groupBy: 'none' });
  return new Set(d.sections.flatMap((s) => s.stories.map((st) => st.articleId)));
}

describe('explainPicks', () => {
  it('ranks as compose picks: the top maxStories are exactly the composed ones', () => {
    for (const max of [1, 2, 3, 5]) {
      const carried = composedIds(max);
      const ex = explainPicks(all, { now: NOW, maxStories: max, carried });
      expect(new Set(ex.filter((e) => e.rank <= max).map((e) => e.articleId))).toEqual(carried);
      expect(ex.filter((e) => e.verdict === 'picked').length).toBe(Math.min(max, all.length));
      expect(ex.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('orders by storyScore and reports it', () => {
    const ex = explainPicks(all, { now: NOW, maxStories: 5, carried: composedIds(5) });
    const scores = ex.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const richRow = ex.find((e) => e.articleId === 'rich')!;
    expect(richRow.score).toBeCloseTo(storyScore(rich, NOW), 2);
  });

  it('says why an article is left out past maxStories, naming the bar it missed', () => {
    const ex = explainPicks(all, { now: NOW, maxStories: 2, carried: composedIds(2) });
    const out = ex.filter((e) => e.verdict === 'below-cutoff');
    expect(out).toHaveLength(3);
    const bar = ex[1]!.score.toFixed(2);
    for (const e of out) expect(e.reason).toMatch(new RegExp(`not picked: rank ${e.rank} of 5, past maxStories 2 \\(the last picked scores ${bar}\\)`));
  });

  it('tells a story cut for the size budget from one ranked too low', () => {
    const carried = composedIds(3);
    const third = [...carried].find((id) => explainPicks(all, { now: NOW, maxStories: 3, carried }).find((e) => e.articleId === id)!.rank === 3)!;
    carried.delete(third);
    const ex = explainPicks(all, { now: NOW, maxStories: 3, carried });
    const cut = ex.find((e) => e.articleId === third)!;
    expect(cut.verdict).toBe('cut-for-size');
    expect(cut.reason).toMatch(/size budget/);
  });

  it('lists the factors of the score in words and keeps quotes and figures for the panel', () => {
    const ex = explainPicks(all, { now: NOW, maxStories: 5, carried: composedIds(5) });
    const by = (id: string) => ex.find((e) => e.articleId === id)!;
    expect(by('rich').reason).toContain('1 key quote, 1 key figure, a gist, 1 source, full text, 2 h old');
    expect(by('rich').quotes).toHaveLength(2);
    expect(by('rich').figures[0]).toMatchObject({ value: 14_200_000, unit: 'TEU' });
    expect(by('wide').reason).toContain('3 sources');
    expect(by('teaser').reason).toContain('no gist');
    expect(by('teaser').reason).toContain('teaser only');
    expect(by('undated').reason).toContain('no date');
    expect(by('undated').factors.ageHours).toBeNull();
    expect(by('plain').factors).toMatchObject({ keyQuotes: 0, keyFigures: 0, ageHours: 30 });
  });

  it('breaks equal scores by the newer article first, as compose does', () => {
    const older = article('older', { hoursOld: 0 });
    const newer = { ...article('newer', { hoursOld: 0 }), published: new Date(NOW + 60_000).toISOString() };
    const ex = explainPicks([older, newer], { now: NOW, maxStories: 1, carried: new Set(['newer']) });
    expect(ex.map((e) => e.articleId)).toEqual(['newer', 'older']);
    expect(ex[0]!.verdict).toBe('picked');
  });

  it('an empty candidate list explains nothing', () => {
    expect(explainPicks([], { now: NOW, maxStories: 3, carried: new Set() })).toEqual([]);
  });
});
