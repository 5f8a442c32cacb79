import { foldLines } from 'nodemailer/lib/mime-funcs/index.js';
import { describe, expect, it } from 'vitest';
import { foldHeader } from '../../src/deliver/fold-header.js';

/** A fixed pseudo-random sequence, so a failure can be replayed. */
let seed = 15;
const nextIndex = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;

/** Random header-like text: words, runs of spaces and tabs, the odd CR, LF or CRLF, and long unbroken runs. */
function headerText(n: number, extra: string[] = []): string {
  const pool = ['a', 'b', 'Z', '9', '<', '>', ',', '=', '?', ' ', ' ', '\t', '\r', '\n', '\r\n', 'x'.repeat(40), 'y'.repeat(90), '\v', '\f', ...extra];
  return Array.from({ length: n }, () => pool[nextIndex(pool.length)]).join('');
}

describe('foldHeader', () => {
  it('folds exactly as nodemailer foldLines(line, 76, false) does', () => {
    for (let k = 0; k < 3000; k++) {
      const line = headerText(1 + (k % 120));
      expect(foldHeader(line), JSON.stringify(line)).toBe(foldLines(line, 76, false));
    }
  });

  it('folds text with other white space outside ASCII exactly as foldLines does too', () => {
    for (let k = 0; k < 500; k++) {
      const line = headerText(1 + (k % 120), ['\u00a0', 'é', '\u2003']);
      expect(foldHeader(line), JSON.stringify(line)).toBe(foldLines(line, 76, false));
    }
  });

  it('folds a reader List-Unsubscribe line before the second link, and returns a short line itself', () => {
    const value = `List-Unsubscribe: <https://news.example.org/unsubscribe/${'t'.repeat(60)}>, <mailto:request@news.example.org?subject=unsubscribe%20${'t'.repeat(60)}>`;
    expect(foldHeader(value).split('\r\n')).toHaveLength(3);
    const short = 'To: reader@example.org';
    expect(foldHeader(short)).toBe(short);
  });
});
