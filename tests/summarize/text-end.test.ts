import { describe, expect, it } from 'vitest';
import { endsWithMark, lastWords, runBeforeSpaces } from '../../src/summarize/text-end.js';

describe('endsWithMark', () => {
  it('tells what /[marks]\\s*$/ tells', () => {
    const samples = ['Sie sagte:', 'he said,  \n', 'said Mayor Ruiz', '', '   ', ':', 'a, b', 'So sagte er: „', 'Fin.» ', 'ends\u00a0,\u00a0'];
    for (const text of samples) {
      expect(endsWithMark(text, ',:')).toBe(/[,:]\s*$/.test(text));
      expect(endsWithMark(text, '.!?…')).toBe(/[.!?…]\s*$/.test(text));
    }
  });
});

describe('runBeforeSpaces', () => {
  it('captures what /(part+)space+$/u captures', () => {
    const samples = [
      'sagte der ',
      'Rp 5 Millionen\u00a0',
      'kata  ',
      'no space',
      '',
      '   ',
      '12 ',
      'l\u2019 ',
      '\ud835\udc00bc ',
      '\udc00bc ',
      'x\ud835\udc00 ',
      'Präsident\u00a0 ',
      'a, ',
      'end.\n',
    ];
    const cases: [RegExp, RegExp, RegExp][] = [
      [/(\p{L}+)[ \u00A0]+$/u, /\p{L}/u, /[ \u00A0]/],
      [/([\p{L}\d]+)[ \u00A0]+$/u, /[\p{L}\d]/u, /[ \u00A0]/],
      [/(\p{L}+)\s+$/u, /\p{L}/u, /\s/],
      [/([\p{L}'’]+)\s+$/u, /[\p{L}'’]/u, /\s/],
    ];
    for (const text of samples) for (const [whole, part, space] of cases) expect(runBeforeSpaces(text, part, space)).toBe(whole.exec(text)?.[1]);
  });
});

describe('lastWords', () => {
  it('gives the last words of text.split(/\\s+/)', () => {
    const samples = ['', ' ', 'one', ' one', 'one ', 'said the  minister', '\tla ministra\n', 'a b c d'];
    for (const text of samples) for (const n of [1, 2, 3]) expect(lastWords(text, n)).toEqual(text.split(/\s+/).slice(-n));
  });
});
