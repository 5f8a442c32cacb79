import { describe, expect, it } from 'vitest';
import { charRuns } from '../../src/lang/index.js';

const samples = [
  'Der Bürgermeister sagte: „Wir schaffen das“ – 12,5 % mehr.',
  'İstanbul’da 3½ milyon kişi',
  'Math 𝐀𝐁 letters, emoji 😀 and é̃ marks',
  'lone \ud835 high, lone \udc00 low, end \ud835',
  '',
  '   ',
];

describe('charRuns', () => {
  it('finds the runs a /[class]+/gu regex finds, astral letters and lone surrogates included', () => {
    for (const [one, all] of [
      [/[\p{L}\p{N}]/u, /[\p{L}\p{N}]+/gu],
      [/[\p{L}\p{M}]/u, /[\p{L}\p{M}]+/gu],
    ] as const) {
      const runs = charRuns(one);
      for (const s of samples) expect(runs(s), s).toEqual(s.match(all) ?? []);
    }
  });

  it('splits at every character outside the class', () => {
    expect(charRuns(/\p{L}/u)('ab1cd ef')).toEqual(['ab', 'cd', 'ef']);
  });
});
