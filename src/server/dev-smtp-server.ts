import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { listenSmtp, plainSmtpOptions, type ListeningSmtp } from './listen-smtp.js';
import { outboxFolder } from '../deliver/index.js';

export type DevSmtpServer = ListeningSmtp;

export interface ReceivedMail {
  to: string[];
  subject: string;
  file: string;
}

/** Far above any digest; a bound so a runaway client cannot fill the disk. */
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * A local SMTP sink for trying things out: accepts every message on loopback,
 * without TLS or login, and writes it to the outbox folder (.eml, .html and an
 * index.html linking everything received since it started).
 */
export async function startDevSmtpServer(o: {
  port: number;
  host: string;
  outboxDir: string;
  onMail(m: ReceivedMail): void;
  warn(name: string, fields: Record<string, unknown>): void;
}): Promise<DevSmtpServer> {
  const folder = outboxFolder(o.outboxDir, 'Messages the dev SMTP sink received');
  const server = new SMTPServer({
    ...plainSmtpOptions(MAX_MESSAGE_BYTES, 'news-digest dev-smtp: keeps every message in a folder'),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return cb(Object.assign(new Error('message too large'), { responseCode: 552 }));
        const eml = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(eml)
          .then(async (parsed) => {
            const subject = parsed.subject ?? '(no subject)';
            const html = typeof parsed.html === 'string' ? parsed.html : `<pre>${(parsed.text ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
            const file = await folder.add({ messageId: parsed.messageId ?? `<${randomUUID()}@dev-smtp>`, to: to.join(', '), subject, eml, html });
            folder.writeIndex();
            o.onMail({ to, subject, file });
            cb();
          })
          .catch((e: unknown) => {
            o.warn('dev-smtp-failed', { error: e instanceof Error ? e.message : String(e) });
            cb(Object.assign(new Error('could not store the message'), { responseCode: 451 }));
          });
      });
    },
  });
  return listenSmtp(server, { port: o.port, host: o.host, warn: o.warn, event: 'dev-smtp-error' });
}
