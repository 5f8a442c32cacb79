import { describe, expect, it } from 'vitest';
import { endsWithMark } from '../../src/summarize/text-end.js';

describe('endsWithMark', () => {
  it('tells what /[marks]\\s*$/ tells', () => {
    const samples = ['Sie sagte:', 'he said,  \n', 'said Mayor Ruiz', '', '   ', ':', 'a, b', 'So sagte er: „', 'Fin.» ', 'ends\u00a0,\u00a0'];
    for (const text of samples) {
      expect(endsWithMark(text, ',:')).toBe(/[,:]\s*$/.test(text));
      expect(endsWithMark(text, '.!?…')).toBe(/[.!?…]\s*$/.test(text));
    }
  });
});
