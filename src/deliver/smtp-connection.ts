import { hostname } from 'node:os';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { dataOf } from './clean-data.js';
import type { Envelope } from './mime-message.js';

export interface SmtpConnectionOptions {
  host: string;
  port: number;
  /** TLS from the first byte (smtps://); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  rejectUnauthorized: boolean;
  /** Refuse to send in clear text when the server offers no STARTTLS. */
  requireTLS: boolean;
  auth?: { user: string; pass: string } | undefined;
  /** Connecting, the greeting, STARTTLS and AUTH together. */
  setupTimeoutMs: number;
  /** The longest wait for a reply once the session is up: past it the command has stalled. */
  replyTimeoutMs: number;
  /** Messages this connection takes before it ends (the pool then opens a fresh one). */
  maxMessages: number;
}

/** One reply: its code and its lines joined by "\n". */
interface Reply {
  code: number;
  text: string;
}

/** A message handed to a connection, settled by the server's reply to its end of DATA. */
export interface Outgoing {
  envelope: Envelope;
  /** The whole message, or its pieces (MimeComposer.composeChunks). */
  message: Buffer | readonly Buffer[];
  resolve(response: string): void;
  reject(e: Error): void;
}

/** The server refused a command of this message: its reply code says permanent (5xx) or for now (4xx). */
export class SmtpReplyError extends Error {
  readonly responseCode: number;
  readonly response: string;
  constructor(
    /** EENVELOPE: MAIL, RCPT or DATA refused; EMESSAGE: the content refused; ECONNECTION: a 421, the server closing. */
    readonly code: 'EENVELOPE' | 'EMESSAGE' | 'ECONNECTION',
    command: string,
    reply: Reply,
  ) {
    super(`${command} refused: ${reply.text}`);
    this.responseCode = reply.code;
    this.response = reply.text;
  }
}

/**
 * The session, not a reply about the message: refused, dropped, set up wrong
 * (TLS, greeting, login) or timed out. It carries no reply code, so the send
 * loop never counts it against a reader; a SOCKET_TIMEOUT is a stall.
 */
export class SmtpLinkError extends Error {
  constructor(
    readonly code: 'ECONNECTION' | 'ETLS' | 'ETIMEDOUT',
    message: string,
    readonly timeoutType?: 'SETUP_TIMEOUT' | 'SOCKET_TIMEOUT',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The pool's side: told when the connection can take another message, and when it is gone. */
export interface ConnectionEvents {
  free(conn: SmtpConnection): void;
  gone(conn: SmtpConnection): void;
}

/** EHLO name: the host's name when it is a full one, else the loopback literal (as nodemailer does). */
const EHLO_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(hostname()) ? hostname() : '[127.0.0.1]';

// eslint-disable-next-line no-control-regex -- any byte past ASCII
const NOT_ASCII = /[^\x00-\x7f]/;

/** Bytes read at a time: far more than the replies to a few pipelined messages. */
const READ_BUFFER_BYTES = 16 * 1024;

const ok = (r: Reply) => r.code >= 200 && r.code < 400;

/** A message's commands in the order they go out, and the end of its DATA. */
const RSET = 0;
const MAIL = 1;
const RCPT = 2;
const DATA = 3;
const END = 4;

/** A message on this session: which of its replies comes next, and the first refusal of its envelope. */
interface Sending {
  m: Outgoing;
  step: number;
  refusal: SmtpReplyError | null;
}

/** The command line for the step a message is at (one command at a time, without PIPELINING). */
function commandOf(s: Sending): string {
  if (s.step === RSET) return 'RSET\r\n';
  if (s.step === MAIL) return `MAIL FROM:<${s.m.envelope.from}>\r\n`;
  return s.step === RCPT ? `RCPT TO:<${s.m.envelope.to}>\r\n` : 'DATA\r\n';
}

/**
 * One SMTP session writing ready-made messages. With PIPELINING (RFC 2920)
 * a message's MAIL, RCPT and DATA go out in one write, and the next message's
 * follow its content in the same write, so each message waits for one round
 * trip instead of two; without it, one command at a time. A refused envelope
 * is reset (RSET) before the next; a 421 or a dropped line fails what is in
 * flight (the pool opens a fresh connection for what comes next).
 */
export class SmtpConnection {
  private socket: Socket | null = null;
  /** The socket whose writes are held to go out together (write()). */
  private corked: Socket | null = null;
  private buffered = '';
  /** The lines so far of a reply of several (EHLO's). */
  private readonly lines: string[] = [];
  /** Handlers for the replies still to come, in the order the commands went out: a message being sent, or a function. */
  private readonly replies: (Sending | ((r: Reply) => void))[] = [];
  /** Messages taken and not yet answered at the end of their DATA. */
  private readonly inFlight: Outgoing[] = [];
  /** An envelope is out whose DATA is unanswered: RFC 2920 lets nothing follow DATA until then. */
  private awaitingData = false;
  /** The last envelope was refused part way: the next one starts with RSET. */
  private mustReset = false;
  private pipelining = false;
  private taken = 0;
  private state: 'setup' | 'ready' | 'quitting' | 'gone' = 'setup';
  private abortSetup: ((e: Error) => void) | null = null;
  /** The pool was told this connection takes no more messages. */
  private announced = false;

  constructor(
    private readonly o: SmtpConnectionOptions,
    private readonly events: ConnectionEvents,
  ) {}

  /** Messages in flight: the pool hands the next one to the connection with the fewest. */
  get load(): number {
    return this.inFlight.length;
  }

  /** True while the connection may take another message now. */
  canTake(): boolean {
    if (this.state !== 'ready' || this.awaitingData || this.taken >= this.o.maxMessages) return false;
    return this.inFlight.length < (this.pipelining ? 2 : 1);
  }

  /** Connects, is greeted, upgrades to TLS and logs in as configured; rejects with an SmtpLinkError. */
  async open(): Promise<void> {
    const o = this.o;
    const timer = setTimeout(
      () => this.fail(new SmtpLinkError('ETIMEDOUT', `no SMTP session with ${o.host}:${o.port} within ${o.setupTimeoutMs} ms`, 'SETUP_TIMEOUT')),
      o.setupTimeoutMs,
    );
    try {
      this.attach(o.secure ? tlsConnect({ host: o.host, port: o.port, ...this.tlsOptions() }) : this.plainSocket());
      this.expect(await this.reply(), 'greeting', 220);
      let offers = await this.hello();
      if (!o.secure && /^STARTTLS\b/im.test(offers)) {
        this.expect(await this.command('STARTTLS'), 'STARTTLS', 220);
        await this.upgrade();
        offers = await this.hello();
      } else if (!o.secure && o.requireTLS) {
        throw new SmtpLinkError('ETLS', `${o.host} offers no STARTTLS and the URL requires it (?starttls=required)`);
      }
      // As nodemailer's pool: credentials are used only where the server offers AUTH.
      const methods = /^AUTH[ =](.*)$/im.exec(offers)?.[1]?.toUpperCase().split(/\s+/) ?? [];
      if (o.auth && methods.length > 0) await this.login(o.auth, methods);
      this.pipelining = /^PIPELINING\b/im.test(offers);
      this.state = 'ready';
    } catch (e) {
      const err = e instanceof SmtpLinkError ? e : new SmtpLinkError('ECONNECTION', (e as Error).message, undefined, { cause: e });
      this.fail(err);
      throw err;
    } finally {
      clearTimeout(timer);
      this.abortSetup = null;
    }
  }

  /** Sends one message on this session; its promise settles with the reply to its end of DATA. */
  take(m: Outgoing): void {
    this.taken++;
    this.inFlight.push(m);
    this.awaitingData = true;
    // The message itself waits in the reply queue for each of its replies (no handler made per
    // command): `step` says which command the next one answers.
    const s: Sending = { m, step: this.mustReset ? RSET : MAIL, refusal: null };
    this.mustReset = false;
    if (this.pipelining) {
      const { from, to } = m.envelope;
      this.write(`${s.step === RSET ? 'RSET\r\n' : ''}MAIL FROM:<${from}>\r\nRCPT TO:<${to}>\r\nDATA\r\n`);
      for (let i = s.step; i <= DATA; i++) this.replies.push(s);
    } else {
      this.write(commandOf(s));
      this.replies.push(s);
    }
  }

  /** A reply to one of a message's commands, in the order they went out. */
  private onSendingReply(s: Sending, r: Reply): void {
    const step = s.step++;
    if (step === END) return this.settle(s.m, ok(r) ? null : new SmtpReplyError('EMESSAGE', 'message', r), r.text);
    if (step === DATA) return this.onData(s, r);
    if (step === RSET) {
      if (!ok(r)) return this.fail(new SmtpLinkError('ECONNECTION', `RSET refused: ${r.text}`));
    } else if (!ok(r)) s.refusal ??= new SmtpReplyError('EENVELOPE', step === MAIL ? 'MAIL FROM' : 'RCPT TO', r);
    if (this.pipelining) return;
    if (s.refusal) return this.onData(s, r);
    this.write(commandOf(s));
    this.replies.push(s);
  }

  /** Takes no more messages, and ends the session politely once what is in flight is answered. */
  quit(): void {
    if (this.state !== 'ready') return;
    this.state = 'quitting';
    this.announceGone();
    if (this.inFlight.length === 0) this.sayGoodbye();
  }

  /** The reply to DATA: 354 sends the content (and lets the next envelope follow it), anything else ends the message. */
  private onData(s: Sending, r: Reply): void {
    this.awaitingData = false;
    const { m, refusal } = s;
    if (r.code === 354 && !refusal) {
      for (const chunk of dataOf(m.message)) this.write(chunk);
      s.step = END;
      this.replies.push(s);
      return this.events.free(this);
    }
    if (r.code === 354) {
      // A server that says 354 to a refused envelope gets an empty message, which it cannot deliver.
      this.write('.\r\n');
      this.replies.push(() => {});
    }
    this.mustReset = true;
    this.settle(m, refusal ?? new SmtpReplyError('EENVELOPE', 'DATA', r), '');
  }

  private settle(m: Outgoing, error: Error | null, response: string): void {
    this.inFlight.splice(this.inFlight.indexOf(m), 1);
    if (error) m.reject(error);
    else m.resolve(response);
    if (this.state === 'quitting' && this.inFlight.length === 0) return this.sayGoodbye();
    if (this.taken >= this.o.maxMessages) return this.quit();
    this.events.free(this);
  }

  private sayGoodbye(): void {
    this.write('QUIT\r\n');
    this.replies.push(() => this.finish());
    // A server that never answers QUIT is not waited for.
    this.socket?.setTimeout(1000);
  }

  /** Ended after QUIT, nothing in flight. */
  private finish(): void {
    if (this.state === 'gone') return;
    this.state = 'gone';
    this.socket?.end();
  }

  private fail(e: Error): void {
    if (this.state === 'gone') return;
    // A connection that never got set up was never the pool's: open() tells it.
    if (this.state !== 'setup') this.announceGone();
    this.state = 'gone';
    this.replies.length = 0;
    this.socket?.destroy();
    for (const m of this.inFlight.splice(0)) m.reject(e);
    this.abortSetup?.(e);
  }

  private announceGone(): void {
    if (this.announced) return;
    this.announced = true;
    this.events.gone(this);
  }

  private attach(socket: Socket): void {
    this.socket = socket;
    // Each write is a whole batch of commands or a whole message: Nagle would only delay it.
    socket.setNoDelay(true);
    socket.setTimeout(this.o.replyTimeoutMs);
    socket.on('data', (chunk: Buffer) => this.read(chunk, chunk.length));
    socket.on('timeout', () => this.onIdle());
    socket.on('error', (e) => this.fail(new SmtpLinkError('ECONNECTION', e.message, undefined, { cause: e })));
    socket.on('close', () => {
      if (this.state === 'quitting' && this.inFlight.length === 0) this.finish();
      else this.fail(new SmtpLinkError('ECONNECTION', 'the SMTP server closed the connection'));
    });
  }

  /**
   * A TCP connection whose replies are read into one buffer of its own and
   * handed straight to read(): no stream 'data' event and no fresh buffer per
   * read (each message's replies come in a few reads). STARTTLS still works:
   * TLS then reads from the connection itself.
   */
  private plainSocket(): Socket {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    const onread = {
      buffer,
      callback: (n: number): boolean => {
        this.read(buffer, n);
        return true;
      },
    };
    return netConnect({ port: this.o.port, host: this.o.host, onread });
  }

  private onIdle(): void {
    // Waiting for nothing: an idle pooled connection, ended before the server ends it.
    if (this.replies.length === 0 && this.state === 'ready') return this.quit();
    if (this.state === 'quitting' && this.inFlight.length === 0) return this.finish();
    this.fail(
      new SmtpLinkError(
        'ETIMEDOUT',
        `no reply from the SMTP server within ${this.o.replyTimeoutMs} ms`,
        this.state === 'setup' ? 'SETUP_TIMEOUT' : 'SOCKET_TIMEOUT',
      ),
    );
  }

  /**
   * Replies as they come. The text read is walked by position, and a reply of
   * one line (nearly every one) is that line: no string is cut off the rest,
   * and no array is made, per line.
   */
  private read(chunk: Buffer, length: number): void {
    const text = this.buffered + chunk.toString('latin1', 0, length);
    let from = 0;
    for (let i = text.indexOf('\n'); i >= 0 && this.state !== 'gone'; i = text.indexOf('\n', from)) {
      const line = text.slice(from, i > from && text.charCodeAt(i - 1) === 13 ? i - 1 : i);
      from = i + 1;
      // "250-..." continues a reply, "250 ..." (or a bare code) ends it.
      if (line.charAt(3) === '-') {
        this.lines.push(line);
        continue;
      }
      let latin1 = line;
      if (this.lines.length > 0) {
        this.lines.push(line);
        latin1 = this.lines.join('\n');
        this.lines.length = 0;
      }
      // Replies are nearly always ASCII, the same in latin1 as in UTF-8: decoded only when not.
      this.onReply({ code: Number(line.slice(0, 3)) || 0, text: NOT_ASCII.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1 });
    }
    this.buffered = from === 0 ? text : text.slice(from);
    this.flushWrites();
  }

  private onReply(r: Reply): void {
    const handler = this.replies.shift();
    // 421: the server is closing the session; replies to what is in flight will not come.
    if (r.code === 421 && this.state !== 'setup') return this.fail(new SmtpReplyError('ECONNECTION', 'session', r));
    if (typeof handler === 'function') handler(r);
    else if (handler) this.onSendingReply(handler, r);
  }

  /**
   * Writes made in one go leave together, in one system call (and one segment
   * for the server to read): those of one read's replies (a message's content
   * and the next message's commands, when that one was waiting in the pool)
   * as the read is done, a hand-over's at the end of its job. Held to the end
   * of the event loop's turn instead, a content that a reply let go waited
   * for the next readers' messages to be built and for the other
   * connections' replies, 200-260 µs a message while the server sat idle.
   */
  private write(data: string | Buffer): void {
    const socket = this.socket;
    if (!socket) return;
    if (this.corked !== socket) {
      this.flushWrites();
      this.corked = socket;
      socket.cork();
      queueMicrotask(this.flushWrites);
    }
    socket.write(data);
  }

  /** Sends what write() held; a no-op when nothing is held. */
  private readonly flushWrites = (): void => {
    const socket = this.corked;
    this.corked = null;
    socket?.uncork();
  };

  private reply(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.abortSetup = reject;
      this.replies.push(resolve);
    });
  }

  private command(line: string): Promise<Reply> {
    this.write(`${line}\r\n`);
    return this.reply();
  }

  /** EHLO (HELO for a server that knows no EHLO); resolves with the extensions offered. */
  private async hello(): Promise<string> {
    const r = await this.command(`EHLO ${EHLO_NAME}`);
    // One extension a line, without the "250-" in front.
    if (ok(r)) return r.text.replace(/^\d{3}[ -]?/gm, '');
    this.expect(await this.command(`HELO ${EHLO_NAME}`), 'HELO', 250);
    return '';
  }

  private async login(auth: { user: string; pass: string }, methods: string[]): Promise<void> {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    if (methods.includes('LOGIN') && !methods.includes('PLAIN')) {
      this.expect(await this.command('AUTH LOGIN'), 'AUTH LOGIN', 334);
      this.expect(await this.command(b64(auth.user)), 'AUTH LOGIN user', 334);
      this.expect(await this.command(b64(auth.pass)), 'AUTH LOGIN password', 235);
      return;
    }
    this.expect(await this.command(`AUTH PLAIN ${b64(`\0${auth.user}\0${auth.pass}`)}`), 'AUTH PLAIN', 235);
  }

  /** Turns the plain socket into TLS (after the server's 220 to STARTTLS). */
  private upgrade(): Promise<void> {
    const plain = this.socket!;
    plain.removeAllListeners('data');
    plain.removeAllListeners('timeout');
    plain.removeAllListeners('close');
    plain.removeAllListeners('error');
    return new Promise((resolve, reject) => {
      this.abortSetup = reject;
      const secure = tlsConnect({ socket: plain, ...this.tlsOptions() }, () => resolve());
      secure.once('error', (e) => reject(new SmtpLinkError('ETLS', e.message, undefined, { cause: e })));
      this.attach(secure);
    });
  }

  private tlsOptions() {
    return { rejectUnauthorized: this.o.rejectUnauthorized, ...(isIP(this.o.host) ? {} : { servername: this.o.host }) };
  }

  /** A setup reply other than the one wanted ends the session: it says nothing about a reader. */
  private expect(r: Reply, step: string, code: number): void {
    if (r.code !== code) throw new SmtpLinkError('ECONNECTION', `${step} refused: ${r.text}`);
  }
}
