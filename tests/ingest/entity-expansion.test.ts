import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-25T12:00:00Z');

/** A feed whose DTD declares `entities` and whose one item's description is `body`. */
const feedWith = (entities: string, body: string) =>
  `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>Bomb</title><link>https://bomb.example/</link>` +
  `<item><title>One</title><link>https://bomb.example/1</link><description>${body}</description></item></channel></rss>`;

/** Runs `parse-feed FILE --json` in a child process whose heap is capped at `heapMb`. */
function parseFeedProcess(file: string, heapMb: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(root, 'bin/news-digest.js'), 'parse-feed', file, '--json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('entities declared in a feed DTD', () => {
  it('refuses a quadratic expansion (1 MB entity x 450 references) under a 192 MB heap with one FEED_PARSE line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-bomb-'));
    const file = path.join(dir, 'bomb.xml');
    writeFileSync(file, feedWith(`<!ENTITY big "${'x'.repeat(1_000_000)}">`, '&big;'.repeat(450)));
    const r = await parseFeedProcess(file, 192);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/entities declared in the DTD expand past \d+ characters/);
  });

  it('refuses more references to declared entities than the cap, naming the feed', async () => {
    const bytes = Buffer.from(feedWith('<!ENTITY a "a">', '&a;'.repeat(20_000)));
    await expect(parseFeed(new Uint8Array(bytes), { url: 'https://bomb.example/feed', now })).rejects.toMatchObject({
      code: 'FEED_PARSE',
      where: { url: 'https://bomb.example/feed' },
      message: 'refused: more than 10000 references to entities declared in the DTD',
    });
  });

  it('keeps the expansion under the fetch limit it is given', async () => {
    const bytes = Buffer.from(feedWith(`<!ENTITY big "${'y'.repeat(50_000)}">`, '&big;'.repeat(5)));
    await expect(parseFeed(new Uint8Array(bytes), { now, maxBytes: 200_000 })).rejects.toMatchObject({
      code: 'FEED_PARSE',
      message: 'refused: entities declared in the DTD expand past 200000 characters',
    });
  });

  it('still expands a modest declared entity, never nests (billion laughs) and never reads an external one', async () => {
    const entities = '<!ENTITY site "Example News"><!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;"><!ENTITY xxe SYSTEM "file:///etc/passwd">';
    const feed = await parseFeed(new Uint8Array(Buffer.from(feedWith(entities, '&site; &site; says &l1; &xxe;'))), { now });
    expect(feed.items[0]!.html).toBe('Example News Example News says &amp;l0;&amp;l0;&amp;l0; &amp;xxe;');
  });

  it('does not take Object prototype names for declared entities', async () => {
    const feed = await parseFeed(new Uint8Array(Buffer.from(feedWith('', 'a &constructor; b'))), { now });
    expect(feed.items[0]!.html).toBe('a &amp;constructor; b');
  });
});
