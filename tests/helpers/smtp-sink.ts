import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface SinkMessage {
  envelopeTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSink {
  url: string;
  port: number;
  messages: SinkMessage[];
  /** The smtp-server itself: tests watch its sockets (what arrives in one read). */
  server: SMTPServer;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps every message it accepts, parsed
 * with mailparser. `onRcpt` may reject a recipient with an SMTP code to inject faults.
 */
export async function startSmtpSink(
  opts: {
    onRcpt?: (address: string) => { code: number; message: string } | null;
    extra?: Partial<SMTPServerOptions>;
    /** Keep and parse only each message's header block: for sends to thousands of readers. */
    headersOnly?: boolean;
    /** Answer each message's data after this long, as a slow server would. */
    replyDelayMs?: number;
  } = {},
): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, cb) {
      const reject = opts.onRcpt?.(address.address);
      if (reject) {
        const err = Object.assign(new Error(reject.message), { responseCode: reject.code });
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const whole = Buffer.concat(chunks);
        const raw = opts.headersOnly ? whole.subarray(0, whole.indexOf('\r\n\r\n') + 4) : whole;
        simpleParser(raw)
          .then((parsed) => {
            messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            if (opts.replyDelayMs) setTimeout(cb, opts.replyDelayMs);
            else cb();
          })
          .catch((e: Error) => cb(e));
      });
    },
    ...opts.extra,
  });
  // A client dropped mid-message must not kill the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
