import { createServer, Socket, type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { isConnectionFailure, MimeComposer, SmtpPool, smtpTransport, type SmtpConnectionOptions, type Transport } from '../../src/deliver/index.js';
import type { DigestError } from '../../src/domain/errors.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const composer = new MimeComposer();

function message(to: string, text = `Hello ${to}`): Buffer {
  return composer.compose({
    to,
    from: 'Brief <brief@news.example.org>',
    subject: `For ${to}`,
    html: `<p>${text}</p>`,
    text,
    messageId: `<m.${to}>`,
    headers: {},
  });
}

function pool(port: number, o: Partial<SmtpConnectionOptions> = {}, size = 1): SmtpPool {
  const connection = { host: '127.0.0.1', port, secure: false, rejectUnauthorized: true, requireTLS: false, setupTimeoutMs: 5000, replyTimeoutMs: 5000 };
  return new SmtpPool({ connection: { ...connection, maxMessages: 100, ...o }, size });
}

const send = (p: SmtpPool, to: string, body: Buffer | readonly Buffer[] = message(to)) => p.send({ from: 'brief@news.example.org', to }, body);

/** What each server-side socket read held, in order, as text. */
function watchReads(sink: SmtpSink): string[] {
  const reads: string[] = [];
  sink.server.server.on('connection', (socket: Socket) => socket.on('data', (c: Buffer) => reads.push(c.toString('latin1'))));
  return reads;
}

/** Session ids that gave MAIL FROM: how many connections the messages went over. */
function sessionsOf(): { sessions: Set<string>; extra: { onMailFrom: (a: unknown, s: { id: string }, cb: () => void) => void } } {
  const sessions = new Set<string>();
  return { sessions, extra: { onMailFrom: (_a, session, cb) => (sessions.add(session.id), cb()) } };
}

let sink: SmtpSink | FaultSink | undefined;
let open: SmtpPool | undefined;
let transport: Transport | undefined;
afterEach(async () => {
  open?.close();
  await transport?.close();
  await sink?.close();
  sink = open = transport = undefined;
});

describe.each([
  ['a pipelining server', false],
  ['a server without PIPELINING', true],
])('our SMTP writer against %s', (_name, hidePIPELINING) => {
  it('delivers every message intact and in order over one connection', async () => {
    const { sessions, extra } = sessionsOf();
    const s = await startSmtpSink({ extra: { hidePIPELINING, ...extra } });
    sink = s;
    const reads = watchReads(s);
    open = pool(s.port);
    const to = ['ana@example.org', 'budi@example.org', 'citra@example.org'];
    const replies = await Promise.all(to.map((t) => send(open!, t)));
    expect(replies.every((r) => r.startsWith('250'))).toBe(true);
    expect(s.messages.map((m) => m.envelopeTo[0])).toEqual(to);
    expect(s.messages.map((m) => m.parsed.text?.trim())).toEqual(to.map((t) => `Hello ${t}`));
    expect(s.messages[1]!.parsed.subject).toBe('For budi@example.org');
    expect(sessions.size).toBe(1);
    // With PIPELINING the envelope goes in one write, and the next one right behind a message's end.
    const envelopeInOneRead = reads.some((r) => /MAIL FROM:<[^>]+>\r\nRCPT TO:<[^>]+>\r\nDATA\r\n/.test(r));
    const nextBehindEnd = reads.some((r) => r.includes('\r\n.\r\nMAIL FROM:'));
    expect(envelopeInOneRead).toBe(!hidePIPELINING);
    expect(nextBehindEnd).toBe(!hidePIPELINING);
  });

  it('a refused recipient fails only that message, 5xx for good and 4xx for now; the session is reset and goes on', async () => {
    const { sessions, extra } = sessionsOf();
    const refusals: Record<string, { code: number; message: string }> = {
      'gone@example.org': { code: 550, message: 'no such user' },
      'busy@example.org': { code: 450, message: 'mailbox busy' },
    };
    const s = await startSmtpSink({ onRcpt: (a) => refusals[a] ?? null, extra: { hidePIPELINING, ...extra } });
    sink = s;
    transport = smtpTransport({ url: s.url, pool: true, maxConnections: 1 });
    const mail = (to: string) => ({ to, from: 'brief@news.example.org', subject: 's', html: '<p>x</p>', text: 'x', messageId: `<m.${to}>`, headers: {} });
    const results = await Promise.allSettled(
      ['ana@example.org', 'gone@example.org', 'busy@example.org', 'dewi@example.org'].map((t) => transport!.send(mail(t))),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    const [, gone, busy] = results as PromiseRejectedResult[];
    expect(gone!.reason).toMatchObject({ code: 'SMTP_PERMANENT', message: expect.stringContaining('no such user') });
    expect(gone!.reason.cause).toMatchObject({ responseCode: 550 });
    expect(busy!.reason).toMatchObject({ code: 'SMTP_TRANSIENT', message: expect.stringContaining('mailbox busy') });
    expect(busy!.reason.cause).toMatchObject({ responseCode: 450 });
    expect(s.messages.map((m) => m.envelopeTo[0])).toEqual(['ana@example.org', 'dewi@example.org']);
    expect(sessions.size).toBe(1);
  });
});

describe('envelope addresses', () => {
  it('an address that would bend the command line is refused for good before anything is sent', async () => {
    const s = await startSmtpSink();
    sink = s;
    open = pool(s.port);
    await expect(send(open, 'a@example.org>\r\nRCPT TO:<evil@example.org')).rejects.toMatchObject({ code: 'SMTP_PERMANENT' });
    await send(open, 'ana@example.org');
    expect(s.messages.map((m) => m.envelopeTo)).toEqual([['ana@example.org']]);
  });
});

describe("a reader's copy of an edition sent as the composer's pieces", () => {
  it('arrives byte for byte as the message composed whole', async () => {
    const s = await startSmtpSink();
    sink = s;
    open = pool(s.port);
    const slottedText = { parts: ['Hello ', ',\n.dot line\nGrüße'], slots: [0] };
    const slottedHtml = { parts: ['<p>Hi ', '</p>'], slots: [0] };
    const date = new Date('2026-12-01T07:00:00Z');
    const mail = (name: string) => ({
      to: `${name} <${name}@example.org>`,
      from: 'Brief <brief@news.example.org>',
      subject: 'Morning ☕',
      html: '',
      text: '',
      messageId: `<e1.${name}@news.example.org>`,
      headers: {},
      slotted: { text: slottedText, html: slottedHtml, values: [name], htmlValues: [name] },
    });
    for (const name of ['ani', 'budi']) await send(open, `${name}@example.org`, composer.composeChunks(mail(name), date));
    expect(s.messages.map((m) => m.raw.toString('latin1'))).toEqual(['ani', 'budi'].map((n) => composer.compose(mail(n), date).toString('latin1')));
    expect(s.messages[1]!.parsed.text).toContain('Hello budi,\n.dot line\nGrüße');
  });
});

describe('our SMTP writer: TLS and login', () => {
  it('upgrades with STARTTLS to a self-signed server when told to, and logs in with AUTH PLAIN', async () => {
    const logins: { method: string; user: string; pass: string; secure: boolean }[] = [];
    const s = await startSmtpSink({
      extra: {
        disabledCommands: [],
        authOptional: false,
        onAuth: (auth, session, cb) => {
          logins.push({ method: auth.method, user: auth.username!, pass: auth.password!, secure: session.secure });
          cb(null, { user: auth.username });
        },
      },
    });
    sink = s;
    open = pool(s.port, { rejectUnauthorized: false, auth: { user: 'digest@x', pass: 'p:ss wörd' } });
    await send(open, 'ana@example.org');
    expect(logins).toEqual([{ method: 'PLAIN', user: 'digest@x', pass: 'p:ss wörd', secure: true }]);
    expect((await simpleParser(s.messages[0]!.raw)).text?.trim()).toBe('Hello ana@example.org');
  });

  it('logs in with AUTH LOGIN where that is all the server offers', async () => {
    const methods: string[] = [];
    const s = await startSmtpSink({
      extra: {
        disabledCommands: ['STARTTLS'],
        authOptional: false,
        authMethods: ['LOGIN'],
        onAuth: (auth, _s, cb) => (methods.push(auth.method), cb(null, { user: 'u' })),
      },
    });
    sink = s;
    open = pool(s.port, { auth: { user: 'u', pass: 'secret' } });
    await send(open, 'ana@example.org');
    expect(methods).toEqual(['LOGIN']);
    expect(s.messages).toHaveLength(1);
  });

  it('a refused login is the session failing, not the reader: no reply code, so nobody is counted or bounced for it', async () => {
    const s = await startSmtpSink({
      extra: {
        disabledCommands: ['STARTTLS'],
        authOptional: false,
        onAuth: (_a, _s, cb) => cb(Object.assign(new Error('bad credentials'), { responseCode: 535 })),
      },
    });
    sink = s;
    transport = smtpTransport({ url: `smtp://u:wrong@127.0.0.1:${s.port}`, pool: true, maxConnections: 1 });
    const err = await transport
      .send({ to: 'ana@example.org', from: 'b@example.org', subject: 's', html: 'x', text: 'x', messageId: '<m.1@x>', headers: {} })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'SMTP_TRANSIENT', message: expect.stringContaining('535') });
    expect(isConnectionFailure(err as DigestError)).toBe(true);
    expect(s.messages).toHaveLength(0);
  });

  it('refuses a self-signed certificate by default, and a server without STARTTLS when TLS is required: connection failures, no reply code', async () => {
    const tls = await startSmtpSink({ extra: { disabledCommands: ['AUTH'] } });
    sink = tls;
    open = pool(tls.port);
    const refused = await send(open, 'ana@example.org').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ETLS' });
    expect((refused as { responseCode?: number }).responseCode).toBeUndefined();
    expect(tls.messages).toHaveLength(0);
    open.close();
    await tls.close();

    const plain = await startSmtpSink();
    sink = plain;
    open = pool(plain.port, { requireTLS: true });
    await expect(send(open, 'ana@example.org')).rejects.toMatchObject({ code: 'ETLS' });
    expect(plain.messages).toHaveLength(0);
  });
});

describe('our SMTP writer when the server goes away', () => {
  it('a connection dropped during DATA fails what was in flight on it; sent again, everyone has exactly one copy', async () => {
    const s = await startFaultSink({ dropData: (a, n) => a === 'cut@example.org' && n === 1 });
    sink = s;
    open = pool(s.port);
    const to = ['ana@example.org', 'cut@example.org', 'budi@example.org', 'citra@example.org'];
    const first = await Promise.allSettled(to.map((t) => send(open!, t)));
    const cut = first[1] as PromiseRejectedResult;
    expect(cut.status).toBe('rejected');
    expect(cut.reason).toMatchObject({ code: 'ECONNECTION' });
    expect(cut.reason.responseCode).toBeUndefined();
    // What failed goes again, as the send loop does; the pool opens a fresh connection.
    const again = to.filter((_, i) => first[i]!.status === 'rejected');
    await Promise.all(again.map((t) => send(open!, t)));
    expect([...s.copies()].map(([t, copies]) => [t, copies.length]).sort()).toEqual(to.map((t) => [t, 1]).sort());
  });

  it('a 421 ends the session: the message fails for now and the next goes over a fresh connection', async () => {
    const { sessions, extra } = sessionsOf();
    const s = await startSmtpSink({ onRcpt: (a) => (a === 'late@example.org' ? { code: 421, message: 'closing for maintenance' } : null), extra });
    sink = s;
    open = pool(s.port);
    await send(open, 'ana@example.org');
    await expect(send(open, 'late@example.org')).rejects.toMatchObject({ responseCode: 421 });
    await send(open, 'budi@example.org');
    expect(s.messages.map((m) => m.envelopeTo[0])).toEqual(['ana@example.org', 'budi@example.org']);
    expect(sessions.size).toBe(2);
  });
});

describe('our SMTP writer: writes per turn of the event loop', () => {
  it('the content a reply lets go leaves as that read is done, before the promise jobs of that reply, with the next message that waited in the pool', async () => {
    // A pipelining server that answers the end of A's data only with B's envelope, in one write.
    const server = createServer((socket) => {
      let seen = '';
      /** Envelopes and ends of data answered so far: answers go in the order the commands came. */
      let envelopes = 0;
      let ends = 0;
      socket.write('220 scripted\r\n');
      socket.on('data', (c: Buffer) => {
        seen += c.toString('latin1');
        if (/^EHLO \S+\r\n$/.test(seen)) return void socket.write('250-scripted\r\n250 PIPELINING\r\n');
        if (seen.endsWith('QUIT\r\n')) return void socket.end('221 bye\r\n');
        const count = (s: string) => seen.split(s).length - 1;
        let out = '';
        for (;;) {
          if (envelopes === ends && count('DATA\r\n') > envelopes) {
            out += '250 ok\r\n250 ok\r\n354 go\r\n';
            envelopes++;
          } else if (envelopes > ends && count('\r\n.\r\n') > ends && (ends > 0 || count('DATA\r\n') > 1)) {
            out += `250 ${'ABC'[ends]}\r\n`;
            ends++;
          } else break;
        }
        if (out) socket.write(out);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // What each flush of a client socket held: a corked socket flushes its writes in one _writev.
    const flushes: string[] = [];
    const original = Socket.prototype._writev!;
    Socket.prototype._writev = function (this: Socket, chunks, cb) {
      flushes.push(chunks.map((c) => (Buffer.isBuffer(c.chunk) ? c.chunk.toString('latin1') : String(c.chunk))).join(''));
      original.call(this, chunks, cb);
    };
    try {
      open = pool((server.address() as AddressInfo).port);
      // C waits in the pool: the one connection holds A's content and B's envelope.
      const [a, b, c] = ['ana@example.org', 'budi@example.org', 'citra@example.org'].map((to) => send(open!, to));
      const bAndC = /\r\n\.\r\nMAIL FROM:<[^>]+>\r\nRCPT TO:<citra@example.org>\r\nDATA\r\n$/;
      // The read that settled A let B's content go: it has left, with C's envelope, when A's first promise job runs.
      const leftBeforeJobs = a!.then(() => flushes.some((f) => bAndC.test(f)));
      expect(await Promise.all([a, b, c])).toEqual(['250 A', '250 B', '250 C']);
      expect(await leftBeforeJobs).toBe(true);
    } finally {
      Socket.prototype._writev = original;
      open?.close();
      open = undefined;
      server.close();
    }
  });
});

describe('reading replies', () => {
  it('reads replies cut anywhere across reads, several in one read, a multi-line EHLO and a UTF-8 text', async () => {
    // Each reply leaves in pieces of a few bytes, a millisecond apart, so lines straddle the client's reads.
    const server = createServer((socket) => {
      socket.setNoDelay(true);
      let queue = Promise.resolve();
      const say = (text: string) =>
        (queue = queue.then(async () => {
          const bytes = Buffer.from(text, 'utf8');
          for (let i = 0; i < bytes.length; i += 3) {
            socket.write(bytes.subarray(i, i + 3));
            await new Promise((r) => setTimeout(r, 1));
          }
        }));
      let seen = '';
      const once = new Set<string>();
      const on = (mark: string, reply: string) => {
        if (seen.includes(mark) && !once.has(mark)) {
          once.add(mark);
          void say(reply);
        }
      };
      void say('220 scripted\r\n');
      socket.on('data', (c: Buffer) => {
        seen += c.toString('latin1');
        on('EHLO', '250-scripted\r\n250-SIZE 1000000\r\n250 PIPELINING\r\n');
        on('DATA\r\n', '250 ok\r\n250 ok\r\n354 go\r\n');
        on('\r\n.\r\n', '250 angenommen ü\r\n');
        on('QUIT\r\n', '221 bye\r\n');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      open = pool((server.address() as AddressInfo).port);
      expect(await send(open, 'ana@example.org')).toBe('250 angenommen ü');
    } finally {
      open?.close();
      open = undefined;
      server.close();
    }
  });
});
