import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface LocalServer {
  url(path: string): string;
  /** Requests seen, per path, in order. */
  hits: Map<string, http.IncomingHttpHeaders[]>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a free port, routing by exact path. */
export async function startServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const hits = new Map<string, http.IncomingHttpHeaders[]>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, [...(hits.get(path) ?? []), req.headers]);
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function rss(
  title: string,
  items: { title: string; link: string; guid?: string; date?: string; description?: string }[],
  prolog = '<?xml version="1.0" encoding="utf-8"?>',
): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid>${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description>${i.description}</description>` : ''}</item>`,
    )
    .join('\n');
  return `${prolog}\n<rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link>\n${body}\n</channel></rss>\n`;
}
