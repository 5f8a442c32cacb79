/**
 * The learned key-figure model: its generated weights load whole, and the
 * ranker reading them boxes what an editor would on made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { FEATURE_NAMES } from '../../src/summarize/figure-features.js';
import { KEY_FIGURE_MODEL } from '../../src/summarize/key-figure-model.js';

const keyValues = (text: string, lang: string, title?: string): number[] =>
  summarizeArticle(text, { lang, title })
    .figures.filter((f) => f.key)
    .map((f) => f.value);

describe('the key-figure model', () => {
  it('has a finite weight for every feature and a rule boxing one to four figures', () => {
    expect(Object.keys(KEY_FIGURE_MODEL.weights).sort()).toEqual([...FEATURE_NAMES].sort());
    for (const w of Object.values(KEY_FIGURE_MODEL.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(Number.isFinite(KEY_FIGURE_MODEL.bias)).toBe(true);
    const { minK, maxK } = KEY_FIGURE_MODEL.rule;
    expect(minK).toBeGreaterThanOrEqual(1);
    expect(maxK).toBeGreaterThanOrEqual(minK);
    expect(maxK).toBeLessThanOrEqual(4);
  });

  it('boxes the headline figure, not the breakdown of it', () => {
    const text = [
      'The county will build 1,200 homes on the old airfield, the council said on Tuesday, of which 300 will be social housing.',
      'The plan, which has been debated for six years, also includes two schools and a park. Building is due to start next spring.',
      'The developer said the homes would cost £480 million to build. Local groups welcomed the decision but asked for more parking.',
    ].join('\n\n');
    const key = keyValues(text, 'en', 'Council approves 1,200 homes on old airfield');
    expect(key).toContain(1200);
    expect(key).not.toContain(300);
  });

  it('never boxes a conversion in parentheses', () => {
    const text = [
      'The company will invest $2.1 billion (€1.9 billion) in a new battery plant that will employ 3,400 people, it said on Monday.',
      'The plant is due to open in 2028. The state will add $300 million in grants.',
    ].join('\n\n');
    const key = keyValues(text, 'en');
    expect(key).toContain(2.1e9);
    expect(key).not.toContain(1.9e9);
  });
});
