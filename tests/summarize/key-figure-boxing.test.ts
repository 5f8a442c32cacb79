/**
 * How the key-figure model's scores become boxed figures: best first, always
 * the minimum, then while the worth (score less its costs) reaches the
 * threshold; a second share or measure and a neighbour value cost the rule's
 * `repeat` and `neighbour`; one value is boxed once. The trainer reads one
 * boxing order for every threshold and minimum, so cutting that order must box
 * what boxFigures boxes.
 */
import { describe, expect, it } from 'vitest';
import type { KeyFigureRule } from '../../src/summarize/rank-figures.js';
import { boxedOf, boxFigures, boxingOrder } from '../../src/summarize/rank-figures.js';
import { foundFigure } from '../helpers/found-figure.js';

const rule = (over: Partial<KeyFigureRule> = {}): KeyFigureRule => ({ threshold: 0, minK: 1, maxK: 3, repeat: 0, neighbour: 0, ...over });
const boxed = (...args: Parameters<typeof boxFigures>): number[] => [...boxFigures(...args)].sort((a, b) => a - b);

describe('boxing figures by score', () => {
  const four = [
    foundFigure(120e6, 'EUR', 'currency', { at: 0 }),
    foundFigure(3400, 'jobs', 'thing', { at: 50 }),
    foundFigure(12, '%', 'percent', { at: 90 }),
    foundFigure(40, 'sites', 'thing', { at: 130 }),
  ];

  it('boxes the minimum whatever the scores, then each while it reaches the threshold, at most maxK', () => {
    expect(boxed(four, [-5, -6, -7, -8], rule({ minK: 2 }))).toEqual([0, 1]);
    expect(boxed(four, [3, 2, 1, -1], rule())).toEqual([0, 1, 2]);
    expect(boxed(four, [3, 2, 1, 0.5], rule({ maxK: 2 }))).toEqual([0, 1]);
    expect(boxed(four, [3, -1, 1, 0.5], rule({ threshold: 0.8 }))).toEqual([0, 2]);
    expect(boxed(four, [3, 1, -2, -3], rule({ threshold: 1 }))).toEqual([0, 1]);
  });

  it('makes a second share cost `repeat`, so a count may come before it', () => {
    const shares = [foundFigure(18, '%', 'percent', { at: 0 }), foundFigure(9, '%', 'percent', { at: 40 }), foundFigure(210, 'homes', 'thing', { at: 80 })];
    expect(boxed(shares, [4, 2, 1.5], rule({ maxK: 2 }))).toEqual([0, 1]);
    expect(boxed(shares, [4, 2, 1.5], rule({ maxK: 2, repeat: 1 }))).toEqual([0, 2]);
  });

  it('makes a neighbour of a boxed sum cost `neighbour`: the forecast after the result is not boxed with it', () => {
    const sums = [
      foundFigure(1.84e9, 'BRL', 'currency', { at: 0 }),
      foundFigure(1.62e9, 'BRL', 'currency', { at: 60 }),
      foundFigure(900, 'jobs', 'thing', { at: 120 }),
    ];
    expect(boxed(sums, [4, 2, 1.5], rule({ maxK: 2 }))).toEqual([0, 1]);
    expect(boxed(sums, [4, 2, 1.5], rule({ maxK: 2, neighbour: 1 }))).toEqual([0, 2]);
  });

  it('boxes a value once, however many units it is read in', () => {
    const twice = [
      foundFigure(620, 'layoffs', 'thing', { at: 0 }),
      foundFigure(620, 'families', 'thing', { at: 70 }),
      foundFigure(54e6, 'EUR', 'currency', { at: 140 }),
    ];
    expect(boxed(twice, [5, 4, -3], rule({ minK: 2 }))).toEqual([0, 2]);
  });

  it("cuts one order read up to the longest rule's maxK to what boxFigures boxes for every threshold, minimum and maxK", () => {
    const scores = [2.5, 0.4, 1.1, -0.6];
    for (const costs of [
      { repeat: 0, neighbour: 0 },
      { repeat: 2, neighbour: 1 },
    ]) {
      const order = boxingOrder(four, scores, costs, 4);
      for (const threshold of [-1, 0, 0.5, 2]) {
        for (const minK of [0, 1, 2]) {
          for (const maxK of [1, 2, 3, 4]) {
            const r = rule({ ...costs, threshold, minK, maxK });
            expect([...boxedOf(order, r)].sort((a, b) => a - b)).toEqual(boxed(four, scores, r));
          }
        }
      }
    }
  });
});
