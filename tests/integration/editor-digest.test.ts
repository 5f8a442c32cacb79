import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { startServer, type LocalServer } from '../helpers/local-server.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';
import { EDITOR_FEEDS, WATER_STANDFIRST, feedDocument } from './fixtures/editor-feeds.js';

const CONTENT_TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' } as const;

describe('a digest an editor would send from eight feeds in seven languages', () => {
  let server: LocalServer;
  let sink: SmtpSink;
  let dir: string;
  let config: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const now = new Date();
    let base = '';
    server = await startServer(
      Object.fromEntries(
        EDITOR_FEEDS.map((f) => [
          f.path,
          (_req, res) => {
            res.writeHead(200, { 'content-type': `${CONTENT_TYPES[f.format]}; charset=utf-8` });
            res.end(feedDocument(f, base, now));
          },
        ]),
      ),
    );
    base = server.url('');
    sink = await startSmtpSink();
    ({ dir, config } = writeTestConfig([
      'feedsFile: feeds.yaml',
      'digests:',
      '  - { key: daily, name: Morning Brief, lang: en, maxStories: 8 }',
      '  - { key: wide, name: Wide Brief, lang: en, maxStories: 12 }',
      '  - { key: sport, name: Sport, lang: en, tags: [sport] }',
    ]));
    const list = EDITOR_FEEDS.map(
      (f) => `  - url: ${server.url(f.path)}\n    name: ${f.name}\n    lang: ${f.lang}\n    tags: [news${f.name === 'Sports Desk' ? ', sport' : ''}]`,
    ).join('\n');
    writeFileSync(path.join(dir, 'feeds.yaml'), `feeds:\n${list}\n`);
    env = { SMTP_URL: sink.url, DIGEST_SECRET: 'integration-test-secret-0123456789' };
    const r = await cli(['subscribers', 'add', 'editor@example.org', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });

  afterAll(async () => {
    await sink.close();
    await server.close();
  });

  async function storedEdition(stdout: string): Promise<Digest> {
    const id = /sent edition (\S+):/.exec(stdout)?.[1];
    expect(id, stdout).toBeTruthy();
    const store: Store = await openStore(path.join(dir, 'digest.sqlite'));
    try {
      return (await store.editions.get(id!))!.digest;
    } finally {
      await store.close();
    }
  }

  const feedsOf = (d: Digest) => d.sections.flatMap((s) => s.stories.map((st) => st.sources[0]!.name));

  it('the dry run counts the live blog and the podcast without text it leaves out', async () => {
    const r = await cli(['send', '--dry-run', '--digest', 'daily', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/would send edition daily-\S+: 8 stories/);
    expect(r.stdout).toContain('left out, not articles: 1 live blog, 1 podcast or video without text');
    expect(sink.messages).toHaveLength(0);
  });

  it('gives each of the eight feeds one of the eight places, whatever its language or its quotes', async () => {
    const r = await cli(['send', '--digest', 'daily', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('left out, not articles: 1 live blog');
    const edition = await storedEdition(r.stdout);
    expect(feedsOf(edition).sort()).toEqual(EDITOR_FEEDS.map((f) => f.name).sort());

    const mail = sink.messages.at(-1)!.parsed;
    expect(mail.subject).toMatch(/^Morning Brief · 8 stories · /);
    const text = mail.text!;
    for (const f of EDITOR_FEEDS) expect(text).toContain(f.name);
    expect(text).not.toContain('– live!');
    expect(text).not.toContain('The Final Whistle');
    expect(text).toContain('United sack manager');

    // The standfirst and the body meet at a sentence boundary, and every gist is two lines.
    const water = edition.sections.flatMap((s) => s.stories).find((s) => s.title === 'Water bills to rise by a fifth')!;
    // The full-text feed is rich in quotes: a ranking by quotes alone would give it every place.
    expect(water.quotes.length).toBeGreaterThanOrEqual(2);
    expect(water.gist.join(' ')).not.toMatch(/next year The regulator/);
    expect(text).not.toMatch(/next year The regulator/);
    expect(water.gist.join(' ')).toContain(`${WATER_STANDFIRST}.`);
    for (const story of edition.sections.flatMap((s) => s.stories)) {
      expect(story.gist.length, story.title).toBeGreaterThanOrEqual(1);
      expect(story.gist.length, story.title).toBeLessThanOrEqual(2);
      expect(story.gist.join(' ').split(/\s+/).length, story.title).toBeLessThanOrEqual(45);
    }
  });

  it('with more places than feeds, every feed gets one before any gets a second, none a third', async () => {
    const r = await cli(['send', '--digest', 'wide', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const feeds = feedsOf(await storedEdition(r.stdout));
    expect(feeds).toHaveLength(12);
    const counts = new Map<string, number>();
    for (const f of feeds) counts.set(f, (counts.get(f) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(EDITOR_FEEDS.map((f) => f.name).sort());
    expect(Math.max(...counts.values())).toBe(2);
    expect(sink.messages.at(-1)!.parsed.text).not.toContain('– live!');
  });

  it('sends nothing when only a live blog and a podcast are left, and says so', async () => {
    const first = await cli(['send', '--digest', 'sport', '--config', config], { env, cwd: dir });
    expect(first.stdout).toMatch(/sent edition sport-\S+: 1 stories/);
    const sent = sink.messages.length;
    const again = await cli(['send', '--digest', 'sport', '--no-fetch', '--config', config], { env, cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^sport: 0 new articles; nothing new to send; left out, not articles: 1 live blog, 1 podcast or video without text$/m);
    expect(sink.messages).toHaveLength(sent);
  });
});
