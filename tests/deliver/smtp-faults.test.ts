import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDigest } from '../../src/pipeline/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendHarness, type Harness } from '../helpers/send-harness.js';

/** Sending threads of the describe block under way: every case runs on one thread and on two. */
let threads = 1;
const fastRetries = () => [
  'smtp:',
  '  maxConnections: 3',
  `  threads: ${threads}`,
  '  ratePerSecond: 1000',
  '  retries: 3',
  '  backoffMs: 5',
  '  maxBackoffMs: 20',
  '  maxHardBounces: 2',
];
const open: { sink?: FaultSink; h?: Harness }[] = [];

afterEach(async () => {
  for (const { sink, h } of open.splice(0)) {
    await h?.app.close();
    await sink?.close();
  }
});

async function setup(faults: Parameters<typeof startFaultSink>[0], readers: string[], smtpLines: string[] = []) {
  const sink = await startFaultSink({ keepRaw: true, ...faults });
  // smtpLines (indented keys under smtp:) replace the fast defaults of the same name.
  const own = new Set(smtpLines.map((l) => l.trim().split(':')[0]));
  const h = await sendHarness(sink.url, [...fastRetries().filter((l) => !own.has(l.trim().split(':')[0]!)), ...smtpLines]);
  open.push({ sink, h });
  await h.readers(readers);
  await h.articles(['a1', 'a2']);
  return { sink, h, d: h.app.config.digests[0]! };
}

const copiesOf = (sink: FaultSink, to: string) => sink.received.filter((r) => r.to === to);

describe.each([1, 2])('sending through a real SMTP server that misbehaves (%i sending threads)', (n) => {
  beforeAll(() => {
    threads = n;
  });

  it('a recipient refused with 450 is retried after a backoff and gets one copy', async () => {
    const { sink, h, d } = await setup({ rcpt: (a, n) => (a === 'later@example.org' && n <= 2 ? { code: 450, message: 'mailbox busy, try later' } : null) }, [
      'ana@example.org',
      'later@example.org',
      'budi@example.org',
    ]);
    const r = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(r.send).toMatchObject({ submitted: 3, failed: 0, deferred: 0 });
    expect(sink.rcptAttempts.get('later@example.org')).toBe(3);
    expect(copiesOf(sink, 'later@example.org')).toHaveLength(1);
    const row = (await h.app.services.store.deliveries.list(r.editionId!)).find((x) => x.email === 'later@example.org')!;
    // Attempts count runs: three tries in one run are one.
    expect(row).toMatchObject({ status: 'submitted', attempts: 1 });
  });

  it('a 452 reader stays queued run after run and fails only after maxAttempts (6) runs, however many tries each made', async () => {
    const { sink, h, d } = await setup({ rcpt: (a) => (a === 'full@example.org' ? { code: 452, message: 'mailbox full' } : null) }, [
      'full@example.org',
      'ana@example.org',
    ]);
    const first = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(first.send).toMatchObject({ submitted: 1, failed: 0, deferred: 1 });
    const row = async () => (await h.app.services.store.deliveries.list(first.editionId!)).find((x) => x.email === 'full@example.org')!;
    expect(await row()).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringContaining('mailbox full') });
    for (let run = 2; run <= 5; run++) {
      const r = await runDigest(d, h.app.pipeline, { noFetch: true, resumeOnly: true });
      expect(r.resumed[0]!.send, `run ${run}`).toMatchObject({ submitted: 0, failed: 0, deferred: 1 });
      expect(await row()).toMatchObject({ status: 'queued', attempts: run });
      expect((await h.app.services.store.editions.get(first.editionId!))!.status).toBe('sending');
    }
    const sixth = await runDigest(d, h.app.pipeline, { noFetch: true, resumeOnly: true });
    expect(sixth.resumed[0]!.send).toMatchObject({ submitted: 0, failed: 1, deferred: 0 });
    expect(await row()).toMatchObject({ status: 'failed', attempts: 6 });
    // 1 try + 3 retries in each of the 6 runs.
    expect(sink.rcptAttempts.get('full@example.org')).toBe(24);
    expect((await h.app.services.store.editions.get(first.editionId!))!.status).toBe('sent');
  });

  it('one recipient whose RCPT stalls: not retried in the run, counted, everyone else delivered; fails after maxAttempts runs', async () => {
    const readers = ['ana@example.org', 'stuck@example.org', 'budi@example.org', 'citra@example.org', 'dewi@example.org'];
    // A reply awaited 1 s is a stall (maxReaderMs also caps the reply timeout).
    const { sink, h, d } = await setup({ stallRcpt: (a) => a === 'stuck@example.org' }, readers, ['  maxReaderMs: 1000', '  maxAttempts: 2']);
    const first = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(first.send).toMatchObject({ submitted: 4, failed: 0, deferred: 1, stopped: null });
    expect(sink.rcptAttempts.get('stuck@example.org')).toBe(1);
    for (const to of readers.filter((r) => r !== 'stuck@example.org')) expect(copiesOf(sink, to), to).toHaveLength(1);
    const row = async () => (await h.app.services.store.deliveries.list(first.editionId!)).find((x) => x.email === 'stuck@example.org')!;
    expect(await row()).toMatchObject({ status: 'queued', attempts: 1 });

    const second = await runDigest(d, h.app.pipeline, { noFetch: true, resumeOnly: true });
    expect(second.resumed[0]!.send).toMatchObject({ submitted: 0, failed: 1, deferred: 0, stopped: null });
    expect(await row()).toMatchObject({ status: 'failed', attempts: 2 });
    expect(copiesOf(sink, 'stuck@example.org')).toHaveLength(0);
  });

  it('a server that stalls every RCPT is down, not each reader: the run stops, most readers left queued uncounted', async () => {
    const readers = Array.from({ length: 20 }, (_, i) => `r${i}@example.org`);
    let stalling = true;
    const { sink, h, d } = await setup({ stallRcpt: () => stalling }, readers, ['  maxReaderMs: 800']);
    const down = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(down.send).toMatchObject({ submitted: 0, failed: 0, stopped: 'smtp-unavailable' });
    const tried = [...sink.rcptAttempts.values()].reduce((a, b) => a + b, 0);
    // A stall on each of the 3 connections, a second round tells the server is down, and the
    // messages already built by the other senders (three per connection) go out: at most 4
    // rounds, the rest never tried.
    expect(tried).toBeLessThanOrEqual(4 * 3);
    const rows = await h.app.services.store.deliveries.list(down.editionId!);
    expect(rows.filter((x) => x.attempts === 0).length).toBeGreaterThanOrEqual(readers.length - 3);
    expect(rows.every((x) => x.status === 'queued')).toBe(true);
    expect(h.events.some((e) => e.name === 'smtp-unavailable')).toBe(true);

    stalling = false;
    const up = await runDigest(d, h.app.pipeline, { noFetch: true, resumeOnly: true });
    expect(up.resumed[0]!.send).toMatchObject({ submitted: 20, failed: 0, deferred: 0 });
  });

  it('a reader refused with 4xx again and again is given up on for this run once maxReaderMs is spent', async () => {
    const { sink, h, d } = await setup(
      { rcpt: (a) => (a === 'busy@example.org' ? { code: 451, message: 'try again later' } : null) },
      ['busy@example.org', 'ana@example.org'],
      ['  retries: 50', '  backoffMs: 100', '  maxBackoffMs: 100', '  maxReaderMs: 1000'],
    );
    const r = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(r.send).toMatchObject({ submitted: 1, failed: 0, deferred: 1 });
    // 100 ms between tries within 1 s: at most 10 tries, far fewer than the 51 the retries would allow.
    const tries = sink.rcptAttempts.get('busy@example.org')!;
    expect(tries).toBeGreaterThanOrEqual(2);
    expect(tries).toBeLessThanOrEqual(10);
    expect((await h.app.services.store.deliveries.list(r.editionId!)).find((x) => x.email === 'busy@example.org')).toMatchObject({
      status: 'queued',
      attempts: 1,
    });
  });

  it('a 550 fails at once, counts a hard bounce, and suppresses the reader after maxHardBounces until they resubscribe', async () => {
    let bounce = true;
    const { sink, h, d } = await setup({ rcpt: (a) => (bounce && a === 'gone@example.org' ? { code: 550, message: 'no such user' } : null) }, [
      'gone@example.org',
      'ana@example.org',
    ]);
    const store = h.app.services.store;
    const first = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(first.send).toMatchObject({ submitted: 1, failed: 1 });
    expect(sink.rcptAttempts.get('gone@example.org')).toBe(1);
    expect((await store.subscribers.byEmail('gone@example.org'))!.status).toBe('confirmed');

    await h.articles(['b1']);
    const second = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(second.send).toMatchObject({ submitted: 1, failed: 1 });
    const gone = (await store.subscribers.byEmail('gone@example.org'))!;
    expect(gone.status).toBe('suppressed');

    await h.articles(['c1']);
    const third = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(third.send).toMatchObject({ submitted: 1, failed: 0, total: 1 });
    expect(sink.rcptAttempts.get('gone@example.org')).toBe(2);

    // Resubscribing (confirmed again) mails them again.
    bounce = false;
    await store.subscribers.setStatus(gone.id, 'confirmed', new Date().toISOString());
    await h.articles(['d1']);
    const fourth = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(fourth.send).toMatchObject({ submitted: 2, failed: 0 });
    expect(copiesOf(sink, 'gone@example.org')).toHaveLength(1);
  });

  it('a connection dropped during DATA is retried on a new connection; nobody gets two copies', async () => {
    const { sink, h, d } = await setup({ dropData: (a, n) => a === 'cut@example.org' && n === 1 }, [
      'ana@example.org',
      'cut@example.org',
      'budi@example.org',
      'citra@example.org',
    ]);
    const r = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(r.send).toMatchObject({ submitted: 4, failed: 0, deferred: 0 });
    for (const to of ['ana@example.org', 'cut@example.org', 'budi@example.org', 'citra@example.org']) expect(copiesOf(sink, to), to).toHaveLength(1);
    const row = (await h.app.services.store.deliveries.list(r.editionId!)).find((x) => x.email === 'cut@example.org')!;
    // A dropped connection says nothing about the reader: it did not count against them.
    expect(row).toMatchObject({ status: 'submitted', attempts: 1 });
  });

  it('a server that is down at first: the edition stays queued, nothing counted, and the next run delivers it once', async () => {
    const port = await freePort();
    const h = await sendHarness(`smtp://127.0.0.1:${port}`, fastRetries());
    open.push({ h });
    await h.readers(['ana@example.org', 'budi@example.org', 'citra@example.org']);
    await h.articles(['a1']);
    const d = h.app.config.digests[0]!;
    const down = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(down.send).toMatchObject({ submitted: 0, failed: 0, deferred: 3, stopped: 'smtp-unavailable' });
    const rows = await h.app.services.store.deliveries.list(down.editionId!);
    expect(rows.map((x) => [x.status, x.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
      ['queued', 0],
    ]);
    expect(h.events.some((e) => e.name === 'smtp-unavailable')).toBe(true);

    const sink = await startFaultSink({}, port);
    open.push({ sink });
    const up = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect(up.resumed).toMatchObject([{ editionId: down.editionId, send: { submitted: 3, failed: 0, deferred: 0 } }]);
    expect(up.outcome).toBe('nothing-new');
    expect(sink.received.map((r) => r.to).sort()).toEqual(['ana@example.org', 'budi@example.org', 'citra@example.org']);
    expect((await h.app.services.store.editions.get(down.editionId!))!.status).toBe('sent');
  });

  it('each reader gets their own Message-ID, Date, List-Unsubscribe and name in a valid quoted-printable message', async () => {
    const { sink, h, d } = await setup({}, ['ana@example.org', 'budi@example.org']);
    await h.app.services.store.subscribers.update(
      (await h.app.services.store.subscribers.byEmail('ana@example.org'))!.id,
      { name: 'Ana Müller' },
      new Date().toISOString(),
    );
    const r = await runDigest(d, h.app.pipeline, { noFetch: true });
    const [ana, budi] = await Promise.all(['ana@example.org', 'budi@example.org'].map((to) => simpleParser(copiesOf(sink, to)[0]!.raw)));
    const rows = await h.app.services.store.deliveries.list(r.editionId!);
    expect(ana!.messageId).toBe(rows.find((x) => x.email === 'ana@example.org')!.messageId);
    expect(budi!.messageId).toBe(rows.find((x) => x.email === 'budi@example.org')!.messageId);
    expect(ana!.messageId).not.toBe(budi!.messageId);
    expect(ana!.date).toBeInstanceOf(Date);
    const unsub = (m: typeof ana) => (m!.headers.get('list') as { unsubscribe?: { url?: string } }).unsubscribe?.url;
    expect(unsub(ana)).toMatch(/^https:\/\/news\.example\.org\/unsubscribe\//);
    expect(unsub(ana)).not.toBe(unsub(budi));
    expect(ana!.headerLines.find((l) => l.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(ana!.html).toContain('Ana Müller');
    expect(ana!.html).toContain(unsub(ana)!.replace(/&/g, '&amp;'));
    expect(budi!.html).not.toContain('Ana Müller');
    expect(ana!.text).toContain('Story a1');
    const raw = copiesOf(sink, 'ana@example.org')[0]!.raw.toString('latin1');
    expect(raw).toMatch(/Content-Transfer-Encoding: quoted-printable/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
