import { describe, expect, it } from 'vitest';
import { filterStories, pickStories } from '../../src/compose/index.js';
import { configSchema } from '../../src/config/index.js';
import type { StoryFilter } from '../../src/domain/index.js';
import { digestPicks } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';

/** A digest's filter as the config file would give it. */
function filterOf(digest: Record<string, unknown>): StoryFilter {
  const config = configSchema.parse({ digests: [{ key: 'd', name: 'D', ...digest }] });
  return digestPicks(config.digests[0]!).filter!;
}

const stories = [
  article('crypto', { title: 'Bitcoin tops $100,000', categories: ['Markets'] }),
  article('said', { title: 'Minister said no', text: 'The minister said no to the plan.' }),
  article('ai', { title: 'AI rules agreed', author: 'Ana Lima', text: 'Lawmakers agreed rules for AI models after long talks in Brussels on Friday.' }),
  article('promo', { title: 'Sponsored: the best phones', categories: ['Partner content'] }),
  article('berita', { title: 'Banjir di Jakarta', lang: 'id', summary: { lang: 'id', title: null, gist: ['Banjir.'], quotes: [], figures: [] } }),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('digest filters', () => {
  it('a keyword matches whole words in any case: "ai" is not in "said"', () => {
    const { kept, tallies } = filterStories(stories, filterOf({ exclude: [{ keyword: 'AI', in: ['title'] }] }));
    expect(ids(kept)).toEqual(['crypto', 'said', 'promo', 'berita']);
    expect(tallies).toEqual([{ rule: 'exclude keyword "AI" in title', removed: 1, example: 'AI rules agreed' }]);
  });

  it('a regex looks in the fields named, any case; categories and authors are fields', () => {
    const f = filterOf({
      exclude: [
        { regex: '^(sponsored|partner)', in: ['title', 'category'] },
        { keyword: 'ana lima', in: ['author'] },
      ],
    });
    const { kept, tallies } = filterStories(stories, f);
    expect(ids(kept)).toEqual(['crypto', 'said', 'berita']);
    expect(tallies.map((t) => [t.rule, t.removed, t.example])).toEqual([
      ['exclude keyword "ana lima" in author', 1, 'AI rules agreed'],
      ['exclude regex /^(sponsored|partner)/ in title, category', 1, 'Sponsored: the best phones'],
    ]);
  });

  it('include rules keep only stories matching one of them; with no field named, every field is looked in', () => {
    const f = filterOf({ include: ['live', { keyword: 'bitcoin' }, { keyword: 'Brussels' }] });
    const { kept, tallies } = filterStories(stories, f);
    expect(ids(kept)).toEqual(['crypto', 'ai']);
    expect(tallies).toEqual([{ rule: 'include (none matched)', removed: 3, example: 'Minister said no' }]);
    // The kind in the same list still brings live blogs back.
    expect(digestPicks(configSchema.parse({ digests: [{ key: 'd', name: 'D', include: ['live', { keyword: 'x' }] }] }).digests[0]!).include).toEqual(['live']);
  });

  it('langs and minWords remove before the rules; each story counts for the first rule that removed it', () => {
    const f = filterOf({ langs: ['en'], minWords: 7, exclude: [{ keyword: 'jakarta' }] });
    const { kept, tallies } = filterStories(stories, f);
    expect(ids(kept)).toEqual(['said', 'ai']);
    expect(tallies).toEqual([
      { rule: 'minWords 7', removed: 2, example: 'Bitcoin tops $100,000' },
      { rule: 'langs [en]', removed: 1, example: 'Banjir di Jakarta' },
    ]);
  });

  it('filters run before picking: a removed story never takes a place, maxPerFeed still holds', () => {
    const picks = pickStories(
      stories,
      { maxStories: 10, maxPerFeed: 2, groupBy: 'feed', filter: filterOf({ exclude: [{ keyword: 'bitcoin' }] }) },
      Date.parse('2026-11-25T07:00:00Z'),
    );
    expect(picks.picked).toHaveLength(2);
    expect(ids(picks.picked.map((p) => p.a))).not.toContain('crypto');
    expect(picks.filtered).toEqual([{ rule: 'exclude keyword "bitcoin"', removed: 1, example: 'Bitcoin tops $100,000' }]);
  });

  it('no filter keeps everything', () => {
    expect(filterStories(stories, filterOf({})).kept).toHaveLength(stories.length);
  });
});
