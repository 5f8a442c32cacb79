import type { SMTPServer } from 'smtp-server';

export interface ListeningSmtp {
  port: number;
  close(): Promise<void>;
}

/** Starts an SMTP server on host:port (0: a free port); a client that drops mid-message is only a warning. */
export async function listenSmtp(
  server: SMTPServer,
  o: { port: number; host: string; warn(name: string, fields: Record<string, unknown>): void; event: string },
): Promise<ListeningSmtp> {
  server.on('error', (e) => o.warn(o.event, { error: e.message }));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  return {
    port: (server.server.address() as { port: number }).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
