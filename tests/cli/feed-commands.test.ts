import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProject } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';
import { rss, startServer, type LocalServer } from '../helpers/local-server.js';

const WORDS = 'quay ferry lighthouse tide harbour board storm winter crane dock pier buoy pilot cargo net gull mast keel rope anchor'.split(' ');
/** A distinct article of 150 words per topic, so no two look like the same story. */
const longText = (topic: string, seed: number) =>
  `<p>${topic}. ${Array.from({ length: 150 }, (_, i) => WORDS[(i * (seed + 3) + seed * 7) % WORDS.length]).join(' ')}.</p>`;

describe('feed commands', () => {
  let feeds: LocalServer;
  let sink: SmtpSink;

  beforeAll(async () => {
    const body = rss(
      'Harbour News',
      ['Quay widened', 'Ferry timetable', 'Lighthouse repaired'].map((title, i) => ({
        title,
        link: `https://harbour.example/${i}`,
        guid: `harbour-${i}`,
        date: 'Mon, 23 Nov 2026 08:00:00 GMT',
        description: longText(title, i).replace(/</g, '&lt;'),
      })),
    );
    feeds = await startServer({
      // A server that honours conditional GET, as most do.
      '/rss.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
        res.end(body);
      },
    });
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await feeds.close();
    await sink.close();
  });

  it('feeds check changes nothing the next send picks', async () => {
    const { run } = cliProject({ feeds: [{ url: feeds.url('/rss.xml'), name: 'Harbour News' }], smtpUrl: sink.url });

    const check = await run('feeds', 'check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/^Harbour News\tok 3 items\t/m);
    // The check is recorded for `feeds list`...
    expect((await run('feeds', 'list')).stdout).toContain('Harbour News');

    expect((await run('subscribers', 'add', 'reader@example.org')).code).toBe(0);
    const send = await run('send');
    expect(send.code, send.stderr).toBe(0);
    // ...but the send still sees the three items.
    expect(send.stdout).toMatch(/daily: 3 new articles; sent edition/);
    const mail = sink.messages.find((m) => m.envelopeTo[0] === 'reader@example.org')!;
    expect(mail.parsed.text).toContain('Lighthouse repaired');

    // After a run stored the items, a check is a conditional GET again.
    expect((await run('feeds', 'check')).stdout).toMatch(/\tnot modified\t/);
  });

  it('feed and reader commands run without a templates folder; sending falls back to the bundled templates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-own-folder-'));
    const config = path.join(dir, 'news-digest.yaml');
    writeFileSync(config, 'feedsFile: feeds.yaml\ndatabasePath: data/digest.sqlite\n');
    writeFileSync(path.join(dir, 'feeds.yaml'), 'feeds: []\n');
    const opml = path.join(dir, 'subs.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="Harbour" xmlUrl="${feeds.url('/rss.xml')}"/></body></opml>`);
    const run = (...args: string[]) => cli([...args, '--config', config], { env: {}, cwd: dir });

    for (const args of [
      ['feeds', 'import-opml', opml],
      ['feeds', 'add', 'https://example.org/other.xml', '--name', 'Other'],
      ['feeds', 'export-opml'],
      ['feeds', 'list'],
      ['feeds', 'check'],
      ['subscribers', 'add', 'x@example.net'],
      ['subscribers', 'list'],
      ['subscribers', 'stats'],
    ]) {
      const r = await run(...args);
      expect([0, 4], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(/i18n|templates/);
    }
    expect((await run('feeds', 'export-opml')).stdout).toContain(feeds.url('/rss.xml'));
    // No templates folder here: a command that renders uses the ones the package ships.
    const send = await run('send', '--dry-run');
    expect(send.code, send.stderr).toBe(0);
    expect(send.stdout).toMatch(/would send edition/);
  });

  it('feeds import-opml: Latin-1 names, folders and htmlUrl survive a round trip; bad outlines are named; a missing file is one line', async () => {
    const { dir, config } = writeTestConfig(['feedsFile: feeds.yaml']);
    writeFileSync(path.join(dir, 'feeds.yaml'), 'feeds: []\n');
    const opml = path.join(dir, 'subs.opml');
    writeFileSync(
      opml,
      Buffer.from(
        `<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><body>
  <outline text="Presse"><outline text="Inland">
    <outline text="S\u00fcddeutsche Zeitung" xmlUrl="feed://sz.example/rss" htmlUrl="https://sz.example/"/>
  </outline></outline>
  <outline text="Passwords" xmlUrl="file:///etc/passwd"/>
  <outline text="Script" xmlUrl="javascript:alert(1)"/>
  <outline text="A bookmark" htmlUrl="https://bookmark.example/"/>
</body></opml>`,
        'latin1',
      ),
    );
    const run = (...args: string[]) => cli([...args, '--config', config], { env: {}, cwd: dir });

    const r = await run('feeds', 'import-opml', opml);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/imported 1 feeds \(0 already listed, 3 outlines skipped\)/);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/subs\.opml: outline "Passwords": refused "file:\/\/\/etc\/passwd"/),
      expect.stringMatching(/subs\.opml: outline "Script": refused "javascript:alert\(1\)"/),
      `${opml}: outline "A bookmark": no xmlUrl`,
    ]);

    const out = (await run('feeds', 'export-opml')).stdout;
    expect(out).toContain('S\u00fcddeutsche Zeitung');
    expect(out).toMatch(
      /<outline text="Presse"[^>]*>\s*<outline text="Inland"[^>]*>\s*<outline type="rss"[^>]*xmlUrl="https:\/\/sz\.example\/rss"[^>]*htmlUrl="https:\/\/sz\.example\/"/,
    );
    expect(out).not.toContain('passwd');

    const missing = await run('feeds', 'import-opml', path.join(dir, 'nowhere.opml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/nowhere\.opml: cannot read the OPML file: ENOENT/);
  });
});
