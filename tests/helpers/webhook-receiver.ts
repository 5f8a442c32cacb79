import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers one call: a status, or never (the connection held open). */
export type Answer = number | 'hang';

export interface WebhookReceiver {
  url: string;
  calls: ReceivedCall[];
  /** Resolves when `n` calls have come in. */
  received(n: number): Promise<ReceivedCall[]>;
  close(): Promise<void>;
}

/**
 * A real HTTP endpoint on 127.0.0.1 that records every call and answers the
 * n-th with `answers[n]` (the last answer again past the end).
 */
export async function startWebhookReceiver(answers: Answer[] = [204]): Promise<WebhookReceiver> {
  const calls: ReceivedCall[] = [];
  const waiters: { n: number; resolve(c: ReceivedCall[]): void }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const answer = answers[Math.min(calls.length, answers.length - 1)]!;
      calls.push({ headers: req.headers, body });
      for (const w of waiters.filter((x) => calls.length >= x.n)) w.resolve(calls.slice());
      if (answer === 'hang') return;
      res.writeHead(answer);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    calls,
    received: (n) => (calls.length >= n ? Promise.resolve(calls.slice()) : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
