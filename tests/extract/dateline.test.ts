import { describe, expect, it } from 'vitest';
import { isDateline } from '../../src/extract/dateline.js';

describe('isDateline', () => {
  it.each([
    'Nov. 20, 2019 5:52 AM EST',
    'November 20, 2019 - 11:28 AMT',
    'sexta-feira, 22 de janeiro de 2018 às 0:13',
    '19.11.2019, 08:57',
    '23 Nov 2017',
    '02 Ago 2017',
  ])('recognises the dateline %j', (line) => {
    expect(isDateline(line)).toBe(true);
  });

  it.each([
    'The council voted on November 20, 2019 to rebuild the wall.',
    '4:14 p.m.',
    '2 Martin Truex Jr. 5035 7 0 15 24',
    'Kickoff 2019',
    'Rates rose 2.5% in 2019',
  ])('leaves %j alone', (line) => {
    expect(isDateline(line)).toBe(false);
  });
});
