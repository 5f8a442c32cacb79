import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/index.js';
import { parseFeed } from '../../src/index.js';
import { skipWhenMissing } from '../helpers/required-input.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpora/feedparser-tests');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(xml|json)$/.test(name) ? [p] : [];
  });
}

describe.skipIf(skipWhenMissing(existsSync(corpus) ? null : `the feedparser corpus ${corpus} is absent`))('feedparser-tests corpus', () => {
  it('parses every file or refuses it with a one-line FEED_PARSE error', async () => {
    const files = walk(corpus);
    expect(files.length).toBeGreaterThan(2000);
    const outcomes = { parsed: 0, refused: 0 };
    for (const f of files) {
      try {
        const feed = await parseFeed(new Uint8Array(readFileSync(f)), { url: `http://127.0.0.1/${path.relative(corpus, f)}` });
        expect(Array.isArray(feed.items)).toBe(true);
        outcomes.parsed++;
      } catch (e) {
        expect(e, f).toBeInstanceOf(DigestError);
        expect((e as DigestError).code).toBe('FEED_PARSE');
        expect((e as DigestError).describe()).not.toContain('\n');
        outcomes.refused++;
      }
    }
    expect(outcomes.parsed).toBeGreaterThan(files.length * 0.99);
  });
});
