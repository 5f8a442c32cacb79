import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HmacSha256 } from '../../src/subscribers/hmac-sha256.js';

const nodeHmac = (key: Buffer, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('base64url');

/** A string of `n` characters drawn from ASCII, Latin-1, other BMP letters and emoji (surrogate pairs). */
function text(n: number): string {
  const pool = ['a', 'Z', '.', '-', '_', '0', ' ', 'é', 'ß', 'Ω', '中', '😀'];
  return Array.from({ length: n }, () => pool[randomBytes(1)[0]! % pool.length]).join('');
}

describe('HmacSha256', () => {
  it('matches node:crypto for keys shorter than, as long as and longer than a block', () => {
    for (const length of [0, 1, 31, 32, 63, 64, 65, 100, 200]) {
      const key = randomBytes(length);
      const mac = new HmacSha256(key);
      for (const message of ['', 'a', 'dW5zdWJzY3JpYmUuNDIuMTgwMDAwMDA2MA', text(20)])
        expect(mac.base64url(message), `key ${length}`).toBe(nodeHmac(key, message));
    }
  });

  it('matches node:crypto at every message length across the block and padding boundaries, one instance reused', () => {
    const key = Buffer.from('unit-test-secret-0123456789abcdef');
    const mac = new HmacSha256(key);
    for (let n = 0; n <= 200; n++) {
      const ascii = 'x'.repeat(n);
      expect(mac.base64url(ascii), `${n} bytes`).toBe(nodeHmac(key, ascii));
    }
  });

  it('matches node:crypto on random UTF-8 text, long messages included (the buffer grows)', () => {
    const key = randomBytes(40);
    const mac = new HmacSha256(key);
    for (const n of [3, 50, 500, 5000, 7]) {
      const message = text(n);
      expect(mac.base64url(message)).toBe(nodeHmac(key, message));
    }
  });
});
