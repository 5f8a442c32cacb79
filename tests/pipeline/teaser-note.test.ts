import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliProject } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { rss, startServer, type LocalServer } from '../helpers/local-server.js';

const NOTE = "(Only the feed's summary: the full article could not be read.)";

const VOCABULARY: Record<string, string[]> = {
  crane: 'engineers welded hydraulic boom cables replaced gearbox tested lifting containers overnight shift supervisor praised mechanics'.split(' '),
  pier: 'storm surge cracked wooden planks council fenced walkway fishermen moored elsewhere divers surveyed pilings'.split(' '),
  buoy: 'currents dragged marker southward coastguard towed anchor chain snapped sailors warned shallow sandbank'.split(' '),
};

/** Sentences about one subject, each subject with its own words so no two articles look alike. */
function sentences(subject: string, n: number): string {
  const words = VOCABULARY[subject]!;
  return Array.from({ length: n }, (_, i) => `The ${subject} ${words.slice(i % 5, (i % 5) + 6).join(' ')} ${words[(i * 7) % words.length]} ${i + 2}.`).join(
    ' ',
  );
}

describe('the teaser note', () => {
  let web: LocalServer;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    web = await startServer({
      '/rss.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          rss('Port Desk', [
            // A short article whose page loads: about 80 words on the page, a one-line teaser in the feed.
            { title: 'Crane repaired', link: web.url('/crane'), guid: 'crane', date: 'Mon, 23 Nov 2026 08:00:00 GMT', description: 'The crane is back.' },
            // A teaser whose page cannot be read.
            { title: 'Pier closed', link: web.url('/gone'), guid: 'pier', date: 'Mon, 23 Nov 2026 08:00:00 GMT', description: sentences('pier', 2) },
          ]),
        );
      },
      '/feed.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end(
          JSON.stringify({
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Harbour Log',
            items: [
              // The whole article is in content_html (60 words); its page is gone.
              {
                id: 'buoy',
                url: web.url('/gone-too'),
                title: 'Buoy moved',
                date_published: '2026-11-23T08:00:00Z',
                summary: 'A buoy moved.',
                content_html: `<p>${sentences('buoy', 6)}</p>`,
              },
            ],
          }),
        );
      },
      '/crane': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="en"><head><title>Crane repaired</title></head><body><article><h1>Crane repaired</h1><p>${sentences('crane', 8)}</p></article></body></html>`,
        );
      },
    });
  });
  afterAll(async () => {
    await web.close();
    await sink.close();
  });

  it('is on the story whose text came from the feed teaser only', async () => {
    const { run } = cliProject({
      feeds: [
        { url: web.url('/rss.xml'), name: 'Port Desk' },
        { url: web.url('/feed.json'), name: 'Harbour Log' },
      ],
      smtpUrl: sink.url,
      digest: '{ key: daily, name: Daily, groupBy: none }',
    });
    expect((await run('subscribers', 'add', 'reader@example.org')).code).toBe(0);
    const send = await run('send');
    expect(send.code, send.stderr).toBe(0);
    expect(send.stdout, send.stderr).toMatch(/daily: 3 new articles/);

    const text = sink.messages.find((m) => m.envelopeTo[0] === 'reader@example.org')!.parsed.text!;
    const story = (title: string) => {
      const start = text.indexOf(`\n${title}\n`);
      expect(start, title).toBeGreaterThan(-1);
      const next = ['Crane repaired', 'Pier closed', 'Buoy moved'].map((t) => text.indexOf(`\n${t}\n`, start + 1)).filter((i) => i > start);
      return text.slice(start, Math.min(...next, text.length));
    };
    expect(story('Pier closed')).toContain(NOTE);
    expect(story('Crane repaired')).not.toContain(NOTE);
    // The page's text, not the feed's one line, was summarized.
    expect(story('Crane repaired')).toMatch(/The crane engineers welded/);
    expect(story('Buoy moved')).not.toContain(NOTE);
  });
});
