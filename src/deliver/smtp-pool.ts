import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import { skipScanWhenClean } from './clean-data.js';
import type { Envelope } from './mime-message.js';
import { DigestError } from '../domain/errors.js';

export interface SmtpPoolOptions {
  connection: SMTPConnectionOptions;
  auth?: { user: string; pass: string } | undefined;
  /** Connections open at once. */
  size: number;
  /** Messages per connection before it is closed and a fresh one opened. */
  maxMessagesPerConnection: number;
}

/** One pooled connection. */
interface Lane {
  conn: SMTPConnection;
  sent: number;
  /** Closed or failed: never handed out again, and no longer counted as open. */
  gone: boolean;
}

/**
 * A small pool over nodemailer's SMTPConnection, sending ready-made bytes.
 * nodemailer's own Mailer and pool wrap every raw message in streams and
 * bookkeeping that cost more than building the message; this keeps only the
 * connection (STARTTLS, AUTH, pipelined envelope, dot-stuffing).
 * Errors are nodemailer's, untouched: a reply carries its responseCode, a
 * failed connection none, so callers classify them as before.
 */
export class SmtpPool {
  private readonly idle: Lane[] = [];
  private readonly waiting: (() => void)[] = [];
  private open = 0;
  private closed = false;

  constructor(private readonly o: SmtpPoolOptions) {}

  /** Sends one message; resolves with the server's reply to the end of DATA. */
  async send(envelope: Envelope, message: Buffer): Promise<{ response: string; rejected: string[] }> {
    const lane = await this.acquire();
    let info: { response: string; rejected: string[] };
    try {
      info = await new Promise((resolve, reject) =>
        lane.conn.send({ from: envelope.from, to: [envelope.to] }, message, (err, result) =>
          err ? reject(err) : resolve({ response: result.response ?? '', rejected: (result.rejected ?? []).map(String) }),
        ),
      );
    } catch (e) {
      const reply = e as { code?: string; responseCode?: number };
      // A refused message leaves a healthy session: reset it and keep the connection.
      if (!lane.gone && (reply.code === 'EENVELOPE' || reply.code === 'EMESSAGE') && typeof reply.responseCode === 'number' && reply.responseCode !== 421) {
        lane.conn.reset((resetErr) => (resetErr ? this.discard(lane) : this.release(lane)));
      } else this.discard(lane);
      throw e;
    }
    lane.sent++;
    this.release(lane);
    return info;
  }

  close(): void {
    this.closed = true;
    for (const lane of this.idle.splice(0)) this.retire(lane);
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async acquire(): Promise<Lane> {
    for (;;) {
      if (this.closed) throw new DigestError('SMTP_TRANSIENT', 'the SMTP pool is closed');
      const lane = this.idle.pop();
      if (lane) return lane;
      if (this.open < this.o.size) {
        this.open++;
        return this.connect();
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private connect(): Promise<Lane> {
    const lane: Lane = { conn: new SMTPConnection(this.o.connection), sent: 0, gone: false };
    skipScanWhenClean(lane.conn);
    return new Promise<Lane>((resolve, reject) => {
      let settled = false;
      const ready = () => {
        settled = true;
        resolve(lane);
      };
      const fail = (e: unknown) => {
        this.discard(lane);
        if (settled) return;
        settled = true;
        // nodemailer's own errors keep their reply code: the send loop classifies them.
        reject(e instanceof Error ? e : new DigestError('SMTP_TRANSIENT', String(e)));
      };
      // A refused or failed connection is reported as 'error', not to connect()'s callback.
      // Errors while sending also reach that send's callback; the listener keeps them from throwing.
      lane.conn.on('error', fail);
      lane.conn.once('end', () => fail(new DigestError('SMTP_TRANSIENT', 'the SMTP server closed the connection')));
      lane.conn.connect((err) => {
        if (err) return fail(err);
        const auth = this.o.auth;
        // As nodemailer's pool: log in only where the server offers AUTH.
        if (!auth || !lane.conn.allowsAuth) return ready();
        lane.conn.login({ user: auth.user, pass: auth.pass }, (loginErr) => (loginErr ? fail(loginErr) : ready()));
      });
    });
  }

  private release(lane: Lane): void {
    if (lane.gone) return;
    if (this.closed || lane.sent >= this.o.maxMessagesPerConnection) return this.retire(lane);
    this.idle.push(lane);
    this.waiting.shift()?.();
  }

  /** Ends a healthy connection politely. */
  private retire(lane: Lane): void {
    if (lane.gone) return;
    this.forget(lane);
    lane.conn.quit();
  }

  private discard(lane: Lane): void {
    if (lane.gone) return;
    this.forget(lane);
    lane.conn.close();
  }

  private forget(lane: Lane): void {
    lane.gone = true;
    this.open--;
    const i = this.idle.indexOf(lane);
    if (i >= 0) this.idle.splice(i, 1);
    // A freed slot lets a waiting sender open a connection.
    this.waiting.shift()?.();
  }
}
