import type { PassThrough } from 'node:stream';
import DKIM from 'nodemailer/lib/dkim';
import { DigestError } from '../domain/errors.js';
import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';
import { envelopeOf, MimeComposer } from './mime-message.js';
import { SmtpPool, type ConnectionSlots } from './smtp-pool.js';
import type { Transport } from './transport.js';

export interface SmtpOptions {
  /** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
  url: string;
  pool: boolean;
  maxConnections: number;
  /** Messages per connection before the pool opens a fresh one. */
  maxMessagesPerConnection?: number;
  /** Clock for the Date header. */
  now?: () => Date;
  /** How long a reply to a command may take before the message counts as stalled (default 60 s). */
  replyTimeoutMs?: number;
  /** Signs every message with this key (RFC 6376). */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
  /** This pool's place among the send's connections when several threads' pools share them (budgets staggered across all). */
  connectionSlots?: ConnectionSlots;
}

export const DEFAULT_REPLY_TIMEOUT_MS = 60_000;

/**
 * SMTP through our pool of pipelining connections (SmtpPool), fed ready-made
 * bytes: the message is built by MimeComposer (cheap per reader), signed when
 * a DKIM key is set (nodemailer's signer), and sent with an explicit envelope.
 */
export function smtpTransport(o: SmtpOptions): Transport {
  const url = smtpUrl(o.url);
  const pool = new SmtpPool({
    connection: {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      // `?tls=insecure` accepts a relay's self-signed certificate (a private or test relay).
      rejectUnauthorized: url.searchParams.get('tls') !== 'insecure',
      // `?starttls=required` refuses to send in clear text when the relay offers no STARTTLS.
      requireTLS: url.searchParams.get('starttls') === 'required',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      setupTimeoutMs: 15_000,
      replyTimeoutMs: o.replyTimeoutMs ?? DEFAULT_REPLY_TIMEOUT_MS,
      // Without pooling, as nodemailer's plain transport did: one connection, one message each.
      maxMessages: o.pool ? (o.maxMessagesPerConnection ?? 500) : 1,
    },
    size: o.pool ? o.maxConnections : 1,
  });
  const signer = o.dkim && new DKIM(o.dkim);
  const composer = new MimeComposer();
  const now = o.now ?? (() => new Date());
  return {
    kind: 'smtp',
    destination: `${url.protocol}//${url.host}`,
    async send(mail: OutboundEmail): Promise<SendResult> {
      try {
        // Signed, the message is signed whole; unsigned, it goes as the composer's pieces, never joined.
        const message = signer ? await signed(signer, composer.compose(mail, now())) : composer.composeChunks(mail, now());
        const response = await pool.send(envelopeOf(mail), message);
        return { messageId: mail.messageId, response };
      } catch (e) {
        throw classifySmtpError(e);
      }
    },
    async ready(messages = 0) {
      pool.warm(messages, o.connectionSlots);
    },
    async close() {
      pool.close();
    },
  };
}

/** The relay's URL, checked: smtp:// or smtps:// only. */
export function smtpUrl(value: string): URL {
  const url = new URL(value);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new DigestError('CONFIG_INVALID', `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`, { field: 'smtp.url' });
  }
  return url;
}

/** The message with its DKIM-Signature header in front. */
async function signed(signer: DKIM, raw: Buffer): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out: PassThrough = signer.sign(raw);
  for await (const c of out) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** 5xx is permanent; 4xx, timeouts and dropped connections are worth another try. */
export function classifySmtpError(e: unknown): DigestError {
  if (e instanceof DigestError) return e;
  const err = e as { responseCode?: number; message?: string; response?: string };
  const detail = err.response ?? err.message ?? String(e);
  if (typeof err.responseCode === 'number' && err.responseCode >= 500) {
    return new DigestError('SMTP_PERMANENT', detail, {}, { cause: e });
  }
  return new DigestError('SMTP_TRANSIENT', detail, {}, { cause: e });
}

/**
 * True when the failure is the server or the network (refused, dropped, timed
 * out), not a reply about this recipient: such a failure says nothing about the
 * reader, so it must not count against them.
 */
export function isConnectionFailure(e: DigestError): boolean {
  if (e.code !== 'SMTP_TRANSIENT' || isStall(e)) return false;
  const cause = e.cause as { responseCode?: unknown } | undefined;
  return typeof cause?.responseCode !== 'number';
}

/**
 * True when the session was up but the server never answered a command of
 * this message within the reply timeout (a recipient check that hangs, a
 * DATA that is never acknowledged). Failing to connect or to be greeted is
 * a connection failure instead.
 */
export function isStall(e: DigestError): boolean {
  const cause = e.cause as { code?: unknown; timeoutType?: unknown } | undefined;
  return e.code === 'SMTP_TRANSIENT' && cause?.code === 'ETIMEDOUT' && cause.timeoutType === 'SOCKET_TIMEOUT';
}
