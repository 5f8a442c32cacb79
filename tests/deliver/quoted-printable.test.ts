import { describe, expect, it } from 'vitest';
import { QuotedPrintableEncoder } from '../../src/deliver/index.js';

/** RFC 2045 decoding, written independently of the encoder. */
function decode(qp: string): string {
  const bytes: number[] = [];
  const lines = qp.split('\r\n');
  lines.forEach((line, i) => {
    const soft = line.endsWith('=');
    const body = soft ? line.slice(0, -1) : line;
    for (let j = 0; j < body.length; j++) {
      if (body[j] === '=') {
        bytes.push(parseInt(body.slice(j + 1, j + 3), 16));
        j += 2;
      } else bytes.push(body.charCodeAt(j));
    }
    if (!soft && i < lines.length - 1) bytes.push(10);
  });
  return Buffer.from(bytes).toString('utf8');
}

describe('QuotedPrintableEncoder', () => {
  const enc = new QuotedPrintableEncoder();

  it('round-trips UTF-8, "=", long lines and trailing white space, with no line over 76', () => {
    const text = ['Harga beras naik 12 persen — “kata Menteri” = 14.500 rupiah. '.repeat(8), 'trailing space   ', 'tab\t', '', 'ümlaut ünd émoji 🎉'].join(
      '\n',
    );
    const qp = enc.encode(text);
    expect(decode(qp)).toBe(text);
    for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(qp).not.toMatch(/[ \t]\r\n|[ \t]$/);
    expect(qp).not.toMatch(/[^\x20-\x7e\r\n\t]/);
  });

  it('never starts a line with a dot (SMTP end-of-data) and never contains "=_" (the MIME boundary)', () => {
    const text = `.hidden\n${'x'.repeat(75)}.dot after a soft break\n=_ boundary look-alike`;
    const qp = enc.encode(text);
    expect(decode(qp)).toBe(text);
    for (const line of qp.split('\r\n')) expect(line.startsWith('.')).toBe(false);
    expect(qp).not.toContain('=_');
  });

  it('gives the same output from its cache as on first sight, and for CRLF as for LF input', () => {
    const text = 'Story one\nStory two — “quoted”\nStory one';
    const first = enc.encode(text);
    expect(enc.encode(text)).toBe(first);
    expect(enc.encode(text.replace(/\n/g, '\r\n'))).toBe(first);
    expect(new QuotedPrintableEncoder(1).encode(text)).toBe(first);
  });
});
