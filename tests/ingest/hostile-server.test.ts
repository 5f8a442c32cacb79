import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeeds } from '../../src/ingest/index.js';
import { startServer, type LocalServer } from './local-server.js';

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
