import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeeds, fetchPage } from '../../src/ingest/index.js';
import { startServer, type LocalServer } from '../helpers/local-server.js';

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('a hostile feed server on loopback', () => {
  it('streams an endless body without Content-Length: one download, refused for its size, not retried', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    server = await startServer({
      '/endless': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<rss><channel><title>');
        // Keeps writing until the client hangs up.
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => res.destroy());
        pump();
      },
    });
    const [r] = await fetchFeeds([{ url: server.url('/endless'), name: 'endless', tags: [] }], { maxBytes: 1_000_000, retries: 2, backoffMs: 1 });
    expect(r!.status).toBe('error');
    expect(r!.error!.message).toBe('body exceeds the limit of 1000000 bytes');
    expect(server.hits.get('/endless')).toHaveLength(1);
  });
});

describe('requests into private networks', () => {
  const page = (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body><p>secret admin page</p></body></html>');
  };

  it.each([
    ['http://127.0.0.1:9/admin', '127.0.0.1 is a private address (loopback)'],
    ['http://[::1]:9/', '::1 is a private address (loopback)'],
    ['http://[::ffff:127.0.0.1]:9/', '::ffff:7f00:1 is a private address (loopback)'],
    ['http://2130706433:9/', '127.0.0.1 is a private address (loopback)'],
    ['http://10.1.2.3/', '10.1.2.3 is a private address (RFC 1918)'],
    ['http://172.20.0.1/', '172.20.0.1 is a private address (RFC 1918)'],
    ['http://192.168.1.1/', '192.168.1.1 is a private address (RFC 1918)'],
    ['http://[fd12:3456::1]/', 'fd12:3456::1 is a private address (unique local)'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a private address (link-local)'],
    ['http://[fe80::1]/', 'fe80::1 is a private address (link-local)'],
    ['http://100.64.0.1/', '100.64.0.1 is a private address (CGNAT)'],
    ['http://0.0.0.0:9/', '0.0.0.0 is a private address (unspecified)'],
    ['http://[::]:9/', ':: is a private address (unspecified)'],
  ])('refuses an article page at %s', async (url, why) => {
    await expect(fetchPage(url, { retries: 0, timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'FEED_FETCH',
      message: expect.stringContaining(`refused: ${why}`),
    });
  });

  it('checks the address a name resolves to when connecting, not the name', async () => {
    server = await startServer({ '/admin': page });
    const url = server.url('/admin').replace('127.0.0.1', 'localhost');
    await expect(fetchPage(url, { retries: 2, backoffMs: 1 })).rejects.toMatchObject({
      code: 'FEED_FETCH',
      message: expect.stringMatching(/^refused: localhost resolves to (127\.0\.0\.1|::1), a private address \(loopback\)/),
    });
    expect(server.hits.get('/admin')).toBeUndefined();
  });

  it('fetches a private page the operator allowed, by host or wholesale', async () => {
    server = await startServer({ '/admin': page });
    const byHost = await fetchPage(server.url('/admin'), { privateAddresses: { allowHosts: ['127.0.0.1'] } });
    expect(byHost.html).toContain('secret admin page');
    const byName = await fetchPage(server.url('/admin').replace('127.0.0.1', 'localhost'), { privateAddresses: { allowPrivate: true } });
    expect(byName.html).toContain('secret admin page');
    expect(server.hits.get('/admin')).toHaveLength(2);
  });

  it('refuses a redirect into loopback, from a feed of the list or from an allowed page', async () => {
    server = await startServer({
      '/admin': page,
      '/feed': (_req, res) => {
        res.writeHead(302, { location: server!.url('/admin').replace('127.0.0.1', 'localhost') });
        res.end();
      },
      '/article': (_req, res) => {
        res.writeHead(301, { location: 'http://[::1]:9/admin' });
        res.end();
      },
    });
    // The feed URL itself is the operator's and is fetched; where it redirects is not.
    const [feed] = await fetchFeeds([{ url: server.url('/feed'), name: 'feed', tags: [] }]);
    expect(feed!.error).toMatchObject({
      code: 'FEED_FETCH',
      message: expect.stringMatching(/^refused: localhost resolves to .*, a private address \(loopback\)/),
    });
    await expect(fetchPage(server.url('/article'), { privateAddresses: { allowHosts: ['127.0.0.1'] } })).rejects.toMatchObject({
      message: expect.stringContaining('refused: ::1 is a private address (loopback)'),
    });
    expect(server.hits.get('/feed')).toHaveLength(1);
    expect(server.hits.get('/admin')).toBeUndefined();
  });
});
