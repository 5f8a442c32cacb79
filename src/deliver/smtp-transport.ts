import nodemailer from 'nodemailer';
import { DigestError } from '../domain/errors.js';
import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';
import { toMailOptions } from './mime-message.js';
import type { Transport } from './transport.js';

export interface SmtpOptions {
  url: string;
  pool: boolean;
  maxConnections: number;
  /** Messages per second across the pool. */
  ratePerSecond: number;
}

/** SMTP through nodemailer: smtp:// or smtps://, auth in the URL, STARTTLS when offered. */
export function smtpTransport(o: SmtpOptions): Transport {
  const url = new URL(o.url);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username && { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }),
    // `?tls=insecure` accepts a relay's self-signed certificate (a private or test relay).
    tls: { rejectUnauthorized: url.searchParams.get('tls') !== 'insecure' },
    pool: o.pool,
    maxConnections: o.maxConnections,
    maxMessages: 1000,
    ...(o.pool && { rateDelta: 1000, rateLimit: Math.max(1, Math.round(o.ratePerSecond)) }),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    destination: `${url.protocol}//${url.host}`,
    async send(mail: OutboundEmail): Promise<SendResult> {
      try {
        const info = await transporter.sendMail(toMailOptions(mail));
        if (info.rejected.length > 0) {
          throw new DigestError('SMTP_PERMANENT', `recipient rejected: ${String(info.rejected[0])}`);
        }
        return { messageId: mail.messageId, response: info.response };
      } catch (e) {
        throw classifySmtpError(e);
      }
    },
    async close() {
      transporter.close();
    },
  };
}

/** 5xx is permanent; 4xx, timeouts and dropped connections are worth another try. */
export function classifySmtpError(e: unknown): DigestError {
  if (e instanceof DigestError) return e;
  const err = e as { responseCode?: number; code?: string; message?: string; response?: string };
  const detail = err.response ?? err.message ?? String(e);
  if (typeof err.responseCode === 'number' && err.responseCode >= 500) {
    return new DigestError('SMTP_PERMANENT', detail, {}, { cause: e });
  }
  return new DigestError('SMTP_TRANSIENT', detail, {}, { cause: e });
}
