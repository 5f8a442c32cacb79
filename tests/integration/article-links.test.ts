import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliProject } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { rss, startServer, type LocalServer } from '../helpers/local-server.js';

describe('article links in the mail', () => {
  let web: LocalServer;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    web = await startServer({
      '/rss.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const link = `${web.url('/tide')}?id=7&amp;utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=morning`;
        res.end(
          rss('Tide Desk', [
            { title: 'Spring tide floods the quay', link, guid: 'tide-7', date: 'Mon, 23 Nov 2026 08:00:00 GMT', description: 'Water reached the quay.' },
          ]),
        );
      },
      '/tide': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const p =
          'The spring tide rose above the quay wall on Monday morning, flooding the fish market and the ferry ticket office before the pumps caught up. ';
        res.end(
          `<!doctype html><html lang="en"><head><title>Spring tide floods the quay</title></head><body><article><h1>Spring tide floods the quay</h1><p>${p.repeat(6)}</p></article></body></html>`,
        );
      },
    });
  });
  afterAll(async () => {
    await web.close();
    await sink.close();
  });

  it('carry no utm_* parameters, and keep the ones the site needs', async () => {
    const { run } = cliProject({ feeds: [{ url: web.url('/rss.xml'), name: 'Tide Desk' }], smtpUrl: sink.url });
    expect((await run('subscribers', 'add', 'reader@example.org')).code).toBe(0);
    const send = await run('send');
    expect(send.code, send.stderr).toBe(0);
    const mail = sink.messages.find((m) => m.envelopeTo[0] === 'reader@example.org')!.parsed;
    const html = mail.html as string;
    const hrefs = [...html.matchAll(/href="([^"]*\/tide[^"]*)"/g)].map((m) => decodeHTML(m[1]!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs)).toEqual(new Set([`${web.url('/tide')}?id=7`]));
    expect(mail.text).toContain(`${web.url('/tide')}?id=7`);
    expect(html).not.toContain('utm_');
    expect(mail.text).not.toContain('utm_');
  });
});
