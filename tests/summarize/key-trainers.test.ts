/**
 * The pieces the key-figure and key-quote trainers share (bench/quality): the
 * logistic fit, the scorer's key F1 and its quote pairing.
 */
import { describe, expect, it } from 'vitest';
import { keyF1 } from '../../bench/quality/leave-one-batch-out.js';
import { fit, logit } from '../../bench/quality/logistic.js';
import { pairQuotes } from '../../bench/quality/score-summaries.js';

describe('the key trainers’ shared pieces', () => {
  it('fits a weight of the sign the labels follow, and a batch weighed zero does not count', () => {
    const x = [[0], [1], [0], [1], [0], [1], [1], [0]];
    const y = [0, 1, 0, 1, 0, 1, 0, 1];
    const cfg = { cols: [0], weightOf: (b: string) => (b === 'noise' ? 0 : 1) };
    const m = fit(
      [
        { batch: 'a', x: x.slice(0, 6), y: y.slice(0, 6) },
        { batch: 'noise', x: x.slice(6), y: y.slice(6) },
      ],
      cfg,
      0.1,
    );
    expect(logit(m, cfg, [1])).toBeGreaterThan(0);
    expect(logit(m, cfg, [0])).toBeLessThan(0);
  });

  it('measures key F1 as the scorer does, 0 when nothing is flagged', () => {
    expect(keyF1({ pred: 4, right: 3, gold: 6, found: 3 })).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(keyF1({ pred: 0, right: 0, gold: 6, found: 0 })).toBe(0);
  });

  it('pairs a prediction joining two gold parts with each part', () => {
    const gold = [{ text: 'There is no shortage of doctors' }, { text: 'but of doctors in the right place' }, { text: 'We will appeal' }];
    const pairs = pairQuotes(gold, [{ text: 'There is no shortage of doctors but of doctors in the right place' }, { text: 'We will appeal' }]);
    expect([...pairs].sort()).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});
