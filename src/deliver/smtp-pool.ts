import { DigestError } from '../domain/errors.js';
import type { Envelope } from './mime-message.js';
import { SmtpConnection, SmtpLinkError, type Outgoing, type SmtpConnectionOptions } from './smtp-connection.js';

export interface SmtpPoolOptions {
  /** How each connection is set up; `maxMessages` is the messages per connection before a fresh one. */
  connection: SmtpConnectionOptions;
  /** Connections open at once. */
  size: number;
}

/**
 * Where a pool's connections stand among all the connections of one send (the
 * sending threads' pools together): the `first` of `total`, so their budgets
 * are staggered across the pools, not within each.
 */
export interface ConnectionSlots {
  first: number;
  total: number;
}

/**
 * Up to `size` SMTP sessions (SmtpConnection) sending ready-made bytes. A
 * message goes to an idle connection, else to a new one while under the size,
 * else right behind the message in flight on a pipelining connection, else
 * it waits. A connection that fails to open fails the message that waited for
 * it (the send loop decides what that means); the others try a fresh one.
 */
export class SmtpPool {
  private readonly queue: Outgoing[] = [];
  /** Connections being opened or taking messages. */
  private readonly conns = new Set<SmtpConnection>();
  private opening = 0;
  private closed = false;

  constructor(private readonly o: SmtpPoolOptions) {}

  /** Sends one message; resolves with the server's reply to the end of its DATA. */
  send(envelope: Envelope, message: Buffer | readonly Buffer[]): Promise<string> {
    if (this.closed) return Promise.reject(new SmtpLinkError('ECONNECTION', 'the SMTP pool is closed'));
    // An address goes into a command line as it is: one that could end or bend the line never gets there.
    const bad = unfitAddress(envelope.from) ? envelope.from : unfitAddress(envelope.to) ? envelope.to : undefined;
    if (bad !== undefined) return Promise.reject(new DigestError('SMTP_PERMANENT', `not a valid envelope address: ${JSON.stringify(bad)}`));
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ envelope, message, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Starts opening connections for `messages` about to be sent (at most the pool's size), so
   * their setup (connect, greeting, EHLO) runs while those messages are still being built. One
   * that fails to open fails no message; the first send after it opens another.
   */
  warm(messages: number, slots?: ConnectionSlots): void {
    const opening = Math.min(this.o.size, messages) - this.conns.size;
    const { maxMessages } = this.o.connection;
    const { first, total } = slots ?? { first: 0, total: opening };
    // A send longer than the connections' budgets: they end in turn, not all at once. Ended together
    // they left the relay nothing to do while their successors were set up (a server may hold its
    // greeting back: smtp-server 100 ms), 90 ms every 2,000 messages of 10,000 at 5,000 a second.
    const staggered = messages > Math.max(total, this.o.size) * maxMessages;
    for (let k = 0; k < opening && !this.closed; k++) this.openOne(staggered ? Math.ceil((maxMessages * (first + k + 1)) / total) : maxMessages);
  }

  /** Takes no new messages; connections end once their messages are answered. */
  close(): void {
    this.closed = true;
    for (const m of this.queue.splice(0)) m.reject(new SmtpLinkError('ECONNECTION', 'the SMTP pool is closed'));
    for (const conn of this.conns) conn.quit();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const conn = this.pick();
      if (conn) conn.take(this.queue.shift()!);
      else if (this.conns.size < this.o.size && this.opening < this.queue.length) this.openOne();
      else return;
    }
  }

  /** An idle connection; else, once no more may be opened, the least loaded that can take one more. */
  private pick(): SmtpConnection | null {
    let best: SmtpConnection | null = null;
    for (const c of this.conns) if (c.canTake() && (!best || c.load < best.load)) best = c;
    if (best && best.load > 0 && this.conns.size < this.o.size) return null;
    return best;
  }

  /** Opens a connection that ends after `budget` messages (the options' maxMessages unless warm() staggers them). */
  private openOne(budget = this.o.connection.maxMessages): void {
    const options = budget === this.o.connection.maxMessages ? this.o.connection : { ...this.o.connection, maxMessages: budget };
    const conn = new SmtpConnection(options, {
      free: () => this.dispatch(),
      gone: (c) => {
        this.conns.delete(c);
        this.dispatch();
      },
    });
    this.conns.add(conn);
    this.opening++;
    conn.open().then(
      () => {
        this.opening--;
        if (this.closed) conn.quit();
        else this.dispatch();
      },
      (e: Error) => {
        this.opening--;
        this.conns.delete(conn);
        this.queue.shift()?.reject(e);
        this.dispatch();
      },
    );
  }
}

const UNFIT_IN_ADDRESS = /[<>\p{Cc}]/u;

/** Empty, or with a character that could end or bend a command line. */
const unfitAddress = (a: string): boolean => a.length === 0 || UNFIT_IN_ADDRESS.test(a);
