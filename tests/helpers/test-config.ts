import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** What every test config starts from: the repo's demo feeds and templates, a SQLite file in the folder, loopback fetches allowed. */
const BASE: Record<string, string> = {
  feedsFile: JSON.stringify(path.join(repoRoot, 'feeds/feeds.yaml')),
  templatesDir: JSON.stringify(path.join(repoRoot, 'templates')),
  databasePath: 'digest.sqlite',
  from: '"Morning Brief <brief@news.example.org>"',
  publicUrl: 'https://news.example.org',
  // Test servers listen on 127.0.0.1, which article links may not reach by default.
  fetch: '{ allowHosts: ["127.0.0.1"] }',
};

/**
 * Writes news-digest.yaml into `dir` (a fresh temp folder by default): the base
 * keys, except those `lines` set themselves, then `lines`.
 */
export function writeTestConfig(lines: string[] = [], dir = mkdtempSync(path.join(tmpdir(), 'nd-test-'))): { dir: string; config: string } {
  const own = new Set(lines.map((l) => /^([A-Za-z]\w*):/.exec(l)?.[1]).filter(Boolean));
  const base = Object.entries(BASE)
    .filter(([key]) => !own.has(key))
    .map(([key, value]) => `${key}: ${value}`);
  const config = path.join(dir, 'news-digest.yaml');
  writeFileSync(config, [...base, ...lines].join('\n') + '\n');
  return { dir, config };
}
