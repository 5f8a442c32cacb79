import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../src/config/index.js';
import { cli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const emptyDir = () => mkdtempSync(path.join(tmpdir(), 'nd-init-'));

/** Every key path the schema accepts, nested objects and the digest entries included. */
function schemaKeys(t: z.ZodType): string[] {
  let x = t as unknown as { def: { type: string; innerType?: unknown; element?: unknown }; shape?: Record<string, z.ZodType> };
  while (x.def.innerType) x = x.def.innerType as typeof x;
  if (x.def.type === 'array') return schemaKeys(x.def.element as z.ZodType);
  if (x.def.type !== 'object') return [];
  return Object.entries(x.shape!).flatMap(([k, v]) => [k, ...schemaKeys(v)]);
}

describe('outside the repository', () => {
  it('an empty folder runs on the bundled templates and demo feeds', async () => {
    const dir = emptyDir();
    const config = loadConfig({ cwd: dir, env: {} });
    expect(config.templatesDir).toBe(path.join(root, 'templates'));
    expect(config.feedsFile).toBe(path.join(root, 'feeds', 'feeds.yaml'));
    expect(config.databasePath).toBe(path.join(dir, 'data', 'news-digest.sqlite'));

    const r = await cli(['send'], { cwd: dir, env: {} });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^daily: 7 new articles; sent edition daily-\S+: 7 stories, 1 submitted/m);
    expect(readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['data', 'outbox']);
  });

  it('feeds add refuses to edit the bundled feed list, and edits the project’s own after init', async () => {
    const dir = emptyDir();
    const bundled = readFileSync(path.join(root, 'feeds', 'feeds.yaml'), 'utf8');
    const refused = await cli(['feeds', 'add', 'https://news.example.org/rss.xml', '--name', 'Example'], { cwd: dir, env: {} });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('run `news-digest init` here first');
    expect(readFileSync(path.join(root, 'feeds', 'feeds.yaml'), 'utf8')).toBe(bundled);

    expect((await cli(['init'], { cwd: dir })).code).toBe(0);
    const added = await cli(['feeds', 'add', 'https://news.example.org/rss.xml', '--name', 'Example'], { cwd: dir, env: {} });
    expect(added.code, added.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'feeds', 'feeds.yaml'), 'utf8')).toContain('https://news.example.org/rss.xml');
    expect(readFileSync(path.join(root, 'feeds', 'feeds.yaml'), 'utf8')).toBe(bundled);
  });

  it('a folder with its own templates/ uses them', async () => {
    const dir = emptyDir();
    const r = await cli(['init', dir], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(loadConfig({ cwd: dir, env: {}, file: undefined }).templatesDir).toBe(path.join(dir, 'templates'));
  });
});

describe('news-digest init [DIR]', () => {
  it('writes a commented config naming every key, the feed list and the templates, and prints the next command', async () => {
    const cwd = emptyDir();
    const r = await cli(['init', 'brief'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(cwd, 'brief');
    expect(r.stdout).toMatch(/^Next: cd brief && npx news-digest send$/m);
    for (const f of ['news-digest.yaml', 'feeds/feeds.yaml', 'feeds/demo/world-wire.rss.xml', 'templates/digest.mjml', 'templates/i18n/en.json']) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    }
    const yaml = readFileSync(path.join(dir, 'news-digest.yaml'), 'utf8');
    for (const key of new Set(schemaKeys(configSchema))) expect(yaml, key).toMatch(new RegExp(`^[ #-]*${key}:`, 'm'));

    // The project's own copies are what runs: a changed subject template shows in the mail.
    const subject = path.join(dir, 'templates', 'subject.hbs');
    writeFileSync(subject, `[Edited] ${readFileSync(subject, 'utf8')}`);
    const sent = await cli(['send'], { cwd: dir, env: {} });
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/7 stories, 1 submitted/);
    const eml = readdirSync(path.join(dir, 'outbox')).find((f) => f.endsWith('.eml'))!;
    expect(readFileSync(path.join(dir, 'outbox', eml), 'utf8')).toMatch(/^Subject: \[Edited\] /m);
  });

  it('writes into the current folder by default and never overwrites without --force', async () => {
    const dir = emptyDir();
    expect((await cli(['init'], { cwd: dir })).stdout).toMatch(/^Next: npx news-digest send$/m);
    writeFileSync(path.join(dir, 'news-digest.yaml'), 'port: 9000\n');
    const again = await cli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('news-digest.yaml, feeds, templates already exist');
    expect(readFileSync(path.join(dir, 'news-digest.yaml'), 'utf8')).toBe('port: 9000\n');
    expect((await cli(['init', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'news-digest.yaml'), 'utf8')).toContain('demoSubscriber:');
  });
});
