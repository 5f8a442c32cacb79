import type { SMTPServer, SMTPServerOptions } from 'smtp-server';

export interface ListeningSmtp {
  port: number;
  close(): Promise<void>;
}

/**
 * The options both local SMTP listeners share: no TLS or login (loopback or a trusted
 * relay in front), no reverse DNS (a closed network waits on it), no library logging.
 */
export function plainSmtpOptions(size: number, banner: string): SMTPServerOptions {
  return { authOptional: true, disabledCommands: ['AUTH', 'STARTTLS'], disableReverseLookup: true, logger: false, size, banner };
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
