import { describe, expect, it } from 'vitest';
import { storyUpdate } from '../../src/compose/index.js';
import type { Figure, Quote, Summary } from '../../src/domain/index.js';

const q = (text: string, key = true): Quote => ({ text, speaker: 'Anna Berg', key });
const f = (value: number, unit: string | null, key = true): Figure => ({ value, unit, text: String(value), approx: null, key, counts: 'homes' });
const summary = (quotes: Quote[], figures: Figure[], gist = ['Floods hit Kerrow.']): Summary => ({ lang: 'en', title: null, gist, quotes, figures });

describe('storyUpdate', () => {
  const first = summary([q('We will rebuild every street.')], [f(4000, 'homes')]);

  it('keeps only the key quotes and key figures none of the earlier versions had, and new gist lines', () => {
    const later = summary(
      [q('we will rebuild every street'), q('The government must step in now.'), q('An aside.', false)],
      [f(4000, 'homes'), f(45_000_000, 'GBP')],
      ['Floods hit Kerrow.', 'Damage put at £45 million.'],
    );
    expect(storyUpdate(later, [first])).toEqual(summary([q('The government must step in now.')], [f(45_000_000, 'GBP')], ['Damage put at £45 million.']));
  });

  it('a quote that only grew a few words, or the same number of the same thing, is nothing new', () => {
    const grown = summary([q('We will rebuild every street, she added, all of them.'), q('We will rebuild')], [f(4000, 'HOMES')]);
    expect(storyUpdate(grown, [first])).toBeNull();
    // A figure of the same thing with a new value is news.
    expect(storyUpdate(summary([], [f(4200, 'homes')]), [first])?.figures.map((x) => x.value)).toEqual([4200]);
  });

  it('compares with every earlier version, and a new figure that is not key does not make an update', () => {
    const second = summary([q('The government must step in now.')], [f(45_000_000, 'GBP')]);
    expect(storyUpdate(summary([q('The government must step in now.')], [f(4000, 'homes'), f(12, 'schools', false)]), [first, second])).toBeNull();
  });
});
