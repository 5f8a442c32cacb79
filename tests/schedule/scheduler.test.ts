import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/pipeline/index.js';
import { runScheduler, type TickReason } from '../../src/schedule/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendHarness, type Harness } from '../helpers/send-harness.js';
import { FakeClock, until } from '../helpers/fake-clock.js';

const daemons: { close(): Promise<void> }[] = [];
const sinks: FaultSink[] = [];
// Daemons first: a sink closing waits for the pooled connections still open to it.
afterEach(async () => {
  for (const o of daemons.splice(0)) await o.close();
  for (const o of sinks.splice(0)) await o.close();
});

interface Daemon {
  h: Harness;
  clock: FakeClock;
  reports: { r: RunReport; why: TickReason }[];
  nextRuns: string[];
  stop(): Promise<void>;
  /** Until the daemon sleeps again with no run in progress. */
  settle(): Promise<void>;
}

function digestLines(schedule: string, zone: string, extra: string[] = [], sweepSeconds = 3600): string[] {
  return [
    'smtp:',
    '  maxConnections: 2',
    '  ratePerSecond: 1000',
    '  backoffMs: 5',
    '  retries: 1',
    'schedule:',
    `  sweepSeconds: ${sweepSeconds}`,
    'digests:',
    '  - key: daily',
    '    name: Morning Brief',
    `    schedule: "${schedule}"`,
    `    timeZone: ${zone}`,
    ...extra,
  ];
}

async function startDaemon(
  smtpUrl: string,
  lines: string[],
  start: string,
  o: { sharedDir?: string; before?(h: Harness): Promise<void> } = {},
): Promise<Daemon> {
  const clock = new FakeClock(start);
  const h = await sendHarness(smtpUrl, lines, clock.now, o.sharedDir);
  await o.before?.(h);
  const reports: Daemon['reports'] = [];
  const nextRuns: string[] = [];
  const controller = new AbortController();
  const count = (name: string) => h.events.filter((e) => e.name === name).length;
  const settle = () => until(() => clock.waiting && count('run-started') === count('run-finished'), 'the daemon to go idle');
  const done = runScheduler(
    {
      pipeline: h.app.pipeline,
      ticks: h.app.services.store.schedule,
      settings: h.app.config.schedule,
      clock,
      onReport: (r, why) => reports.push({ r, why }),
      onNextRun: (_d, at) => nextRuns.push(at.toISOString()),
    },
    { digests: h.app.config.digests, signal: controller.signal },
  );
  let stopping: Promise<void> | null = null;
  const daemon: Daemon = {
    h,
    clock,
    reports,
    nextRuns,
    settle,
    stop() {
      stopping ??= (async () => {
        controller.abort();
        await done;
        await h.app.close();
      })();
      return stopping;
    },
  };
  daemons.push({ close: () => daemon.stop() });
  await settle();
  return daemon;
}

async function sink(port = 0): Promise<FaultSink> {
  const s = await startFaultSink({}, port);
  sinks.push(s);
  return s;
}

describe('the run daemon on a controllable clock', () => {
  it('fires at 07:00 in the digest zone (Asia/Jakarta), not before, and prints the next run at start', async () => {
    const s = await sink();
    const d = await startDaemon(s.url, digestLines('0 7 * * *', 'Asia/Jakarta'), '2026-11-25T20:00:00.000Z', {
      before: async (h) => {
        await h.readers(['ana@example.org', 'budi@example.org']);
        await h.articles(['a1']);
        // Yesterday's tick ran: nothing to catch up.
        await h.app.services.store.schedule.markTick('daily', '2026-11-25T00:00:00.000Z', '2026-11-25T00:00:05.000Z');
      },
    });
    expect(d.nextRuns).toEqual(['2026-11-26T00:00:00.000Z']);
    expect(d.reports).toEqual([]);
    await d.clock.advanceTo('2026-11-25T23:59:00.000Z', d.settle);
    expect(d.reports.filter((x) => x.why === 'tick')).toEqual([]);
    expect(s.received).toHaveLength(0);
    await d.clock.advanceTo('2026-11-26T00:00:00.000Z', d.settle);
    const ticks = d.reports.filter((x) => x.why === 'tick');
    expect(ticks.map((x) => x.r.outcome)).toEqual(['sent']);
    expect(s.received.map((r) => r.to).sort()).toEqual(['ana@example.org', 'budi@example.org']);
    expect(await d.h.app.services.store.schedule.lastTick('daily')).toBe('2026-11-26T00:00:00.000Z');
  });

  it('a run missed while the daemon was down runs once at start, not once per missed tick', async () => {
    const s = await sink();
    const d = await startDaemon(s.url, digestLines('0 7 * * *', 'Europe/Berlin'), '2026-11-25T09:30:00.000Z', {
      before: async (h) => {
        await h.readers(['ana@example.org']);
        await h.articles(['a1']);
        // Last ran three days ago: the ticks of the 23rd, 24th and 25th were missed.
        await h.app.services.store.schedule.markTick('daily', '2026-11-22T06:00:00.000Z', '2026-11-22T06:00:01.000Z');
      },
    });
    expect(d.reports.map((x) => [x.why, x.r.outcome])).toEqual([['catch-up', 'sent']]);
    expect(s.received).toHaveLength(1);
    expect(await d.h.app.services.store.schedule.lastTick('daily')).toBe('2026-11-25T06:00:00.000Z');
    expect(d.nextRuns).toEqual(['2026-11-26T06:00:00.000Z']);
    const dir = d.h.dir;
    await d.stop();

    // Restarted the same day: the tick is recorded, nothing runs again.
    const again = await startDaemon(s.url, digestLines('0 7 * * *', 'Europe/Berlin'), '2026-11-25T10:00:00.000Z', { sharedDir: dir });
    expect(again.reports).toEqual([]);
    expect(s.received).toHaveLength(1);
  });

  it('first start on a new database at 12:53 in Tokyo: nothing is sent until the next 07:00', async () => {
    const s = await sink();
    const d = await startDaemon(s.url, digestLines('0 7 * * *', 'Asia/Tokyo'), '2026-11-25T03:53:00.000Z', {
      before: async (h) => {
        await h.readers(['ana@example.org']);
        await h.articles(['a1']);
      },
    });
    expect(d.reports).toEqual([]);
    expect(s.received).toHaveLength(0);
    expect(d.nextRuns).toEqual(['2026-11-25T22:00:00.000Z']);
    await d.clock.advanceTo('2026-11-25T22:00:00.000Z', d.settle);
    expect(d.reports.map((x) => [x.why, x.r.outcome])).toEqual([['tick', 'sent']]);
    expect(s.received).toHaveLength(1);
  });

  it('a tick missed since the digest was first seen (never run yet) is caught up at the next start', async () => {
    const s = await sink();
    const lines = digestLines('0 7 * * *', 'Asia/Tokyo');
    const first = await startDaemon(s.url, lines, '2026-11-25T03:53:00.000Z', {
      before: async (h) => {
        await h.readers(['ana@example.org']);
        await h.articles(['a1']);
      },
    });
    expect(first.reports).toEqual([]);
    const dir = first.h.dir;
    await first.stop();

    // Down over the next 07:00 in Tokyo (22:00 UTC); back an hour later.
    const again = await startDaemon(s.url, lines, '2026-11-25T23:00:00.000Z', { sharedDir: dir });
    expect(again.reports.map((x) => [x.why, x.r.outcome])).toEqual([['catch-up', 'sent']]);
    expect(s.received).toHaveLength(1);
  });

  it('overlap: two daemons on one store fire the same tick, and each reader gets one copy', async () => {
    const s = await sink();
    const lines = digestLines('30 6 * * *', 'UTC');
    const one = await startDaemon(s.url, lines, '2026-11-25T06:00:00.000Z', {
      before: async (h) => {
        await h.readers(Array.from({ length: 30 }, (_, i) => `r${i}@example.org`));
        await h.articles(['a1', 'a2']);
        await h.app.services.store.schedule.markTick('daily', '2026-11-24T06:30:00.000Z', '2026-11-24T06:30:01.000Z');
      },
    });
    const two = await startDaemon(s.url, lines, '2026-11-25T06:00:00.000Z', { sharedDir: one.h.dir });
    await Promise.all([one.clock.advanceTo('2026-11-25T06:30:00.000Z', one.settle), two.clock.advanceTo('2026-11-25T06:30:00.000Z', two.settle)]);
    await Promise.all([one.settle(), two.settle()]);
    const copies = s.copies();
    expect(copies.size).toBe(30);
    expect([...copies.values()].every((c) => c.length === 1)).toBe(true);
    const sent = [...one.reports, ...two.reports].filter((x) => x.r.outcome === 'sent');
    expect(sent).toHaveLength(1);
  });

  it('each reader gets the edition at their own local hour, across a daylight-saving change', async () => {
    const s = await sink();
    // 29 March 2026: Europe/Berlin moved to summer time that night; New York had moved on 8 March.
    const d = await startDaemon(s.url, digestLines('0 4 * * *', 'UTC'), '2026-03-29T03:00:00.000Z', {
      before: async (h) => {
        await h.readers(['berlin@example.org'], { sendAt: '07:00', timeZone: 'Europe/Berlin' });
        await h.readers(['newyork@example.org'], { sendAt: '07:00', timeZone: 'America/New_York' });
        await h.readers(['jakarta@example.org'], { sendAt: '06:00', timeZone: 'Asia/Jakarta' });
        await h.readers(['digest@example.org']);
        await h.articles(['a1']);
        await h.app.services.store.schedule.markTick('daily', '2026-03-28T04:00:00.000Z', '2026-03-28T04:00:01.000Z');
      },
    });
    const sentAt = async () =>
      Object.fromEntries(
        (await d.h.app.services.store.deliveries.list((await d.h.app.services.store.editions.list('daily'))[0]!.id))
          .filter((r) => r.status === 'submitted')
          .map((r) => [r.email, r.dueAt ?? 'at once']),
      );
    await d.clock.advanceTo('2026-03-29T04:00:00.000Z', d.settle);
    expect(s.received.map((r) => r.to)).toEqual(['digest@example.org']);
    // 07:00 CEST (UTC+2) is 05:00 UTC.
    await d.clock.advanceTo('2026-03-29T04:59:00.000Z', d.settle);
    expect(s.received).toHaveLength(1);
    await d.clock.advanceTo('2026-03-29T05:00:00.000Z', d.settle);
    expect(s.received.map((r) => r.to)).toEqual(['digest@example.org', 'berlin@example.org']);
    // 07:00 EDT (UTC-4) is 11:00 UTC.
    await d.clock.advanceTo('2026-03-29T10:59:00.000Z', d.settle);
    expect(s.received).toHaveLength(2);
    await d.clock.advanceTo('2026-03-29T11:00:00.000Z', d.settle);
    expect(s.received.map((r) => r.to)).toContain('newyork@example.org');
    // 06:00 WIB (UTC+7) the next morning is 23:00 UTC.
    await d.clock.advanceTo('2026-03-29T23:00:00.000Z', d.settle);
    expect(await sentAt()).toEqual({
      'digest@example.org': 'at once',
      'berlin@example.org': '2026-03-29T05:00:00.000Z',
      'newyork@example.org': '2026-03-29T11:00:00.000Z',
      'jakarta@example.org': '2026-03-29T23:00:00.000Z',
    });
    expect(s.received).toHaveLength(4);
    expect((await d.h.app.services.store.editions.list('daily'))[0]!.status).toBe('sent');
  });

  it('weekdays-only window: a Saturday tick is skipped, Monday sends', async () => {
    const s = await sink();
    const d = await startDaemon(
      s.url,
      digestLines('0 7 * * *', 'UTC', ['    sendWindow:', '      days: [mon, tue, wed, thu, fri]']),
      '2026-11-27T08:00:00.000Z',
      {
        before: async (h) => {
          await h.readers(['ana@example.org']);
          await h.articles(['a1']);
          await h.app.services.store.schedule.markTick('daily', '2026-11-27T07:00:00.000Z', '2026-11-27T07:00:01.000Z');
        },
      },
    );
    // Started on Friday after the tick: the next run that may send is Monday's, not Saturday's.
    expect(d.nextRuns).toEqual(['2026-11-30T07:00:00.000Z']);
    await d.clock.advanceTo('2026-11-28T07:00:00.000Z', d.settle); // Saturday
    await d.clock.advanceTo('2026-11-29T07:00:00.000Z', d.settle); // Sunday
    expect(s.received).toHaveLength(0);
    expect(d.h.events.filter((e) => e.name === 'outside-send-window')).not.toHaveLength(0);
    await d.clock.advanceTo('2026-11-30T07:00:00.000Z', d.settle); // Monday
    expect(s.received).toHaveLength(1);
  });

  it('SMTP down at the tick: the edition stays pending and a later sweep delivers it', async () => {
    const port = await freePort();
    const d = await startDaemon(`smtp://127.0.0.1:${port}`, digestLines('0 7 * * *', 'UTC', [], 60), '2026-11-25T06:59:00.000Z', {
      before: async (h) => {
        await h.readers(['ana@example.org', 'budi@example.org']);
        await h.articles(['a1']);
        await h.app.services.store.schedule.markTick('daily', '2026-11-24T07:00:00.000Z', '2026-11-24T07:00:01.000Z');
      },
    });
    await d.clock.advanceTo('2026-11-25T07:00:00.000Z', d.settle);
    expect(d.reports.map((x) => x.r.send?.stopped)).toEqual(['smtp-unavailable']);
    const [edition] = await d.h.app.services.store.editions.list('daily');
    expect(edition!.status).toBe('sending');
    const s = await sink(port);
    await d.clock.advanceTo('2026-11-25T07:02:00.000Z', d.settle);
    expect(s.received.map((r) => r.to).sort()).toEqual(['ana@example.org', 'budi@example.org']);
    expect((await d.h.app.services.store.editions.get(edition!.id))!.status).toBe('sent');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
