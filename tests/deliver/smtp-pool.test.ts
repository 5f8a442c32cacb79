import { afterEach, describe, expect, it, vi } from 'vitest';
import { smtpTransport, threadedSmtpTransport, type Transport } from '../../src/deliver/index.js';
import { DigestError } from '../../src/domain/errors.js';
import type { OutboundEmail } from '../../src/domain/outbound-email.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

function mail(i: number, extra: Partial<OutboundEmail> = {}): OutboundEmail {
  return {
    to: `reader${i}@example.org`,
    from: 'Brief <brief@news.example.org>',
    subject: `Edition for reader ${i}`,
    html: `<p>Hello reader ${i}</p>\n<p>Grüße</p>`,
    text: `Hello reader ${i}\nGrüße`,
    messageId: `<e1.${i}@news.example.org>`,
    headers: {},
    ...extra,
  };
}

/** A sink that counts, in `perSession` (in the order connections arrived), the messages each SMTP session took. */
function sinkCountingPerSession(perSession: Map<string, number>): Promise<SmtpSink> {
  return startSmtpSink({
    extra: {
      onConnect: (session, cb) => (perSession.set(session.id, 0), cb()),
      onMailFrom: (_a, session, cb) => (perSession.set(session.id, perSession.get(session.id)! + 1), cb()),
    },
  });
}

describe('the SMTP transport over its own connection pool', () => {
  let sink: SmtpSink | undefined;
  let transport: Transport | undefined;
  afterEach(async () => {
    await transport?.close();
    await sink?.close();
    transport = undefined;
    sink = undefined;
  });

  it('spreads concurrent messages over at most maxConnections connections, and reuses them', async () => {
    const sessions = new Set<string>();
    sink = await startSmtpSink({ extra: { onMailFrom: (_a, session, cb) => (sessions.add(session.id), cb()) } });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 3 });
    await Promise.all(Array.from({ length: 30 }, (_, i) => transport!.send(mail(i))));
    expect(sink.messages.map((m) => m.envelopeTo[0]).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `reader${i}@example.org`).sort());
    expect(sessions.size).toBeGreaterThan(1);
    expect(sessions.size).toBeLessThanOrEqual(3);
  });

  it('logs in and upgrades with STARTTLS when the URL carries credentials (?tls=insecure for a self-signed relay)', async () => {
    const logins: string[] = [];
    let secure = false;
    sink = await startSmtpSink({
      extra: {
        disabledCommands: [],
        authOptional: false,
        onAuth: (auth, session, cb) => {
          logins.push(`${auth.username}:${auth.password}`);
          secure ||= session.secure;
          cb(null, { user: auth.username });
        },
      },
    });
    transport = smtpTransport({ url: `smtp://digest%40x:p%3Ass@127.0.0.1:${sink.port}?tls=insecure`, pool: true, maxConnections: 2 });
    await transport.send(mail(1));
    expect(logins).toEqual(['digest@x:p:ss']);
    expect(secure).toBe(true);
    expect(sink.messages[0]!.parsed.text?.trim()).toBe('Hello reader 1\nGrüße');
  });

  it('refuses a self-signed certificate unless told otherwise', async () => {
    sink = await startSmtpSink({ extra: { disabledCommands: ['AUTH'] } });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 1 });
    await expect(transport.send(mail(1))).rejects.toMatchObject({ code: 'SMTP_TRANSIENT' });
    expect(sink.messages).toHaveLength(0);
  });

  it('?starttls=required refuses to send in clear text to a relay without STARTTLS', async () => {
    sink = await startSmtpSink();
    transport = smtpTransport({ url: `${sink.url}?starttls=required`, pool: true, maxConnections: 1 });
    const err = await transport.send(mail(1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestError);
    expect(sink.messages).toHaveLength(0);
  });

  it('smtps:// speaks TLS from the first byte', async () => {
    sink = await startSmtpSink({ extra: { secure: true } });
    transport = smtpTransport({ url: `smtps://127.0.0.1:${sink.port}?tls=insecure`, pool: true, maxConnections: 1 });
    await transport.send(mail(2));
    expect(sink.messages.map((m) => m.envelopeTo[0])).toEqual(['reader2@example.org']);
  });

  it('a 550 for one reader leaves the connection usable for the next', async () => {
    const sessions = new Set<string>();
    sink = await startSmtpSink({
      onRcpt: (a) => (a === 'reader1@example.org' ? { code: 550, message: 'no such user' } : null),
      extra: { onMailFrom: (_a, session, cb) => (sessions.add(session.id), cb()) },
    });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 1 });
    await transport.send(mail(0));
    await expect(transport.send(mail(1))).rejects.toMatchObject({ code: 'SMTP_PERMANENT' });
    await transport.send(mail(2));
    expect(sink.messages.map((m) => m.envelopeTo[0])).toEqual(['reader0@example.org', 'reader2@example.org']);
    expect(sessions.size).toBe(1);
  });

  it('ready(messages) opens that many connections (at most maxConnections) before any message, and the messages use them', async () => {
    const connected: string[] = [];
    const mailed = new Set<string>();
    sink = await startSmtpSink({
      extra: { onConnect: (session, cb) => (connected.push(session.id), cb()), onMailFrom: (_a, session, cb) => (mailed.add(session.id), cb()) },
    });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 3 });
    await transport.ready!(10);
    await vi.waitFor(() => expect(connected).toHaveLength(3));
    await Promise.all(Array.from({ length: 10 }, (_, i) => transport!.send(mail(i))));
    expect(sink.messages).toHaveLength(10);
    expect(connected).toHaveLength(3);
    expect([...mailed].every((id) => connected.includes(id))).toBe(true);
  });

  it('ready(messages) opens no more connections than messages, and one that cannot open fails no message', async () => {
    const connected: string[] = [];
    sink = await startSmtpSink({ extra: { onConnect: (session, cb) => (connected.push(session.id), cb()) } });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 3 });
    await transport.ready!(1);
    await vi.waitFor(() => expect(connected).toHaveLength(1));
    await transport.send(mail(1));
    expect(connected).toHaveLength(1);
    await transport.close();

    const closed = await startSmtpSink();
    const url = closed.url;
    await closed.close();
    transport = smtpTransport({ url, pool: true, maxConnections: 2 });
    await transport.ready!(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(transport.send(mail(2))).rejects.toMatchObject({ code: 'SMTP_TRANSIENT' });
  });

  it('ready(messages) for more than the connections can carry: the first ones end in turn, not all at once', async () => {
    const perSession = new Map<string, number>();
    sink = await sinkCountingPerSession(perSession);
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 2, maxMessagesPerConnection: 4 });
    await transport.ready!(12);
    await Promise.all(Array.from({ length: 12 }, (_, i) => transport!.send(mail(i))));
    expect(sink.messages).toHaveLength(12);
    // The first two, opened together, ended at half their budget and at all of it; none took more.
    const counts = [...perSession.values()];
    expect(counts.slice(0, 2).sort()).toEqual([2, 4]);
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  });

  it("ready(messages) on two sending threads staggers the budgets across both threads' connections", async () => {
    const perSession = new Map<string, number>();
    sink = await sinkCountingPerSession(perSession);
    transport = threadedSmtpTransport({ url: sink.url, pool: true, maxConnections: 4, maxMessagesPerConnection: 4, threads: 2 });
    await transport.ready!(24);
    await Promise.all(Array.from({ length: 24 }, (_, i) => transport!.send(mail(i))));
    expect(sink.messages).toHaveLength(24);
    // Staggered within each thread only, the first four would end at 2, 4, 2 and 4 messages: two at once, twice.
    expect([...perSession.values()].slice(0, 4).sort()).toEqual([1, 2, 3, 4]);
  });

  it('opens a fresh connection after maxMessagesPerConnection', async () => {
    const sessions = new Set<string>();
    sink = await startSmtpSink({ extra: { onMailFrom: (_a, session, cb) => (sessions.add(session.id), cb()) } });
    transport = smtpTransport({ url: sink.url, pool: true, maxConnections: 1, maxMessagesPerConnection: 2 });
    for (let i = 0; i < 5; i++) await transport.send(mail(i));
    expect(sink.messages).toHaveLength(5);
    expect(sessions.size).toBe(3);
  });
});
