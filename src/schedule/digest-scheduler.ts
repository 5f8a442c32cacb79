import type { DigestConfig, LoadedConfig } from '../config/index.js';
import { DigestError, toDigestError } from '../domain/errors.js';
import { runDigest, type PipelinePorts, type RunOptions, type RunReport } from '../pipeline/index.js';
import type { ScheduleRepo } from '../store/index.js';
import { CronSchedule } from './cron-schedule.js';
import type { SchedulerClock } from './scheduler-clock.js';
import { inSendWindow } from './send-window.js';

export interface SchedulerDeps {
  /** What each digest run gets. */
  pipeline: PipelinePorts;
  /** The last tick each digest ran for. */
  ticks: Pick<ScheduleRepo, 'lastTick' | 'markTick'>;
  /** The config's `schedule` section. */
  settings: Pick<LoadedConfig['schedule'], 'catchUp' | 'sweepSeconds'>;
  clock: SchedulerClock;
  /** Each digest run's report, as it finishes. */
  onReport?(r: RunReport, why: TickReason): void;
  /** Each digest's next run that may send, at start (ticks outside the send window are passed over). */
  onNextRun?(digest: DigestConfig, at: Date): void;
}

export interface SchedulerOptions {
  digests: DigestConfig[];
  /** Run what is due now (a missed tick, owed deliveries), then return: for the system's cron. */
  once?: boolean;
  /** Stops the daemon: no new runs; runs in progress take no new messages, finish and record. */
  signal?: AbortSignal;
}

export type TickReason = 'tick' | 'catch-up' | 'due';

interface Plan {
  d: DigestConfig;
  cron: CronSchedule;
  next: Date;
  /** The run in progress for this digest, if any. */
  running: Promise<void> | null;
  /** A tick that came while a run was in progress: run once after it. */
  queued: Date | null;
}

/** The cron schedule of each digest, or a CONFIG_INVALID naming the digest and the problem. */
export function digestSchedules(digests: DigestConfig[]): Map<string, CronSchedule> {
  const out = new Map<string, CronSchedule>();
  digests.forEach((d, i) => {
    try {
      out.set(d.key, new CronSchedule(d.schedule, d.timeZone));
    } catch (e) {
      throw new DigestError('CONFIG_INVALID', `digest "${d.key}": schedule "${d.schedule}" in ${d.timeZone}: ${(e as Error).message}`, {
        field: `digests.${i}.schedule`,
      });
    }
  });
  return out;
}

/**
 * The daemon: each digest runs at its cron ticks in its zone; a tick missed
 * while the daemon was down (after the digest's last run, or after the
 * scheduler first saw it) runs once at start; a new digest waits for its first tick; deliveries owed to readers
 * with their own delivery time are swept up as they come due; a run that
 * found the SMTP server down is finished by a later sweep. Runs of one digest
 * never overlap here, and the store lock keeps other processes out.
 */
export async function runScheduler(deps: SchedulerDeps, o: SchedulerOptions): Promise<void> {
  const { pipeline: s, ticks, settings, clock } = deps;
  const schedules = digestSchedules(o.digests);
  const start = clock.now();
  const plans: Plan[] = o.digests.map((d) => {
    const cron = schedules.get(d.key)!;
    return { d, cron, next: cron.next(start), running: null, queued: null };
  });
  for (const p of plans) deps.onNextRun?.(p.d, nextSendingTick(p.d, p.cron, start));

  const run = (p: Plan, tick: Date | null, why: TickReason) => {
    const job = async () => {
      s.reporter.event('run-started', { digest: p.d.key, reason: why, ...(tick && { tick: tick.toISOString() }) });
      try {
        const at = clock.now();
        if (!inSendWindow(p.d, tick ?? at)) {
          s.reporter.event('outside-send-window', { digest: p.d.key, at: (tick ?? at).toISOString() });
        } else {
          const opts: RunOptions = why === 'due' ? { resumeOnly: true } : {};
          deps.onReport?.(await runDigest(p.d, s, { ...opts, ...(o.signal && { signal: o.signal }) }), why);
        }
        if (tick) await ticks.markTick(p.d.key, tick.toISOString(), clock.now().toISOString());
      } catch (e) {
        const err = toDigestError(e);
        // Another process is sending this digest: it records the tick itself.
        if (err.code === 'LOCKED') s.reporter.event('digest-locked', { digest: p.d.key, reason: why });
        else s.reporter.warn('run-failed', { digest: p.d.key, reason: why, code: err.code, error: err.describe() });
      }
    };
    p.running = job().finally(() => {
      s.reporter.event('run-finished', { digest: p.d.key, reason: why });
      p.running = null;
      const queued = p.queued;
      p.queued = null;
      if (queued && !o.signal?.aborted) run(p, queued, 'tick');
    });
  };

  const tick = (p: Plan, at: Date, why: TickReason) => {
    if (p.running) {
      // Overlap: the run in progress already holds the digest; this tick runs once after it.
      s.reporter.event('tick-overlap', { digest: p.d.key, tick: at.toISOString() });
      p.queued = at;
    } else run(p, at, why);
  };

  const sweep = async () => {
    for (const p of plans) {
      // Only a digest with an edition still owing deliveries has anything to sweep.
      if (!p.running && (await s.editions.allUnfinished(p.d.key)).length > 0) run(p, null, 'due');
    }
  };

  // Catch-up: the latest tick before now, if it was missed since the last run
  // (or since the scheduler first saw the digest), runs once, not once per missed tick.
  for (const p of plans) {
    const recorded = await ticks.lastTick(p.d.key);
    if (recorded === null) {
      // First start for this digest: ticks before it were never missed. Catch-up counts from now.
      await ticks.markTick(p.d.key, start.toISOString(), start.toISOString());
      continue;
    }
    const latest = p.cron.previous(start);
    if (!latest || recorded >= latest.toISOString()) continue;
    if (o.once || settings.catchUp) tick(p, latest, 'catch-up');
    else await ticks.markTick(p.d.key, latest.toISOString(), start.toISOString());
  }

  if (o.once) {
    await settleAll(plans);
    if (!o.signal?.aborted) await sweep();
    await settleAll(plans);
    return;
  }

  let nextSweep = start.getTime() + settings.sweepSeconds * 1000;
  while (!o.signal?.aborted) {
    const wake = Math.min(nextSweep, ...plans.map((p) => p.next.getTime()));
    if (!(await clock.sleep(wake - clock.now().getTime(), o.signal))) break;
    const now = clock.now();
    for (const p of plans) {
      if (p.next.getTime() > now.getTime()) continue;
      // After a long sleep (a suspended machine) several ticks may have passed: run the latest, once.
      tick(p, p.cron.previous(now) ?? p.next, 'tick');
      p.next = p.cron.next(now);
    }
    if (now.getTime() >= nextSweep) {
      await sweep();
      nextSweep = now.getTime() + settings.sweepSeconds * 1000;
    }
  }
  await settleAll(plans);
}

/** How far ahead to look for a tick inside the send window: a monthly schedule may need most of a year. */
const WINDOW_SEARCH_MS = 400 * 86_400_000;

/** The first tick after `after` inside the digest's send window; ticks outside it are skipped, so they are not the next run. */
function nextSendingTick(d: DigestConfig, cron: CronSchedule, after: Date): Date {
  let t = cron.next(after);
  while (!inSendWindow(d, t)) {
    if (t.getTime() - after.getTime() > WINDOW_SEARCH_MS) {
      throw new DigestError('CONFIG_INVALID', `digest "${d.key}": schedule "${d.schedule}" never fires inside its sendWindow`, { field: 'sendWindow' });
    }
    t = cron.next(t);
  }
  return t;
}

/** Waits until no run is in progress, including runs queued behind others. */
async function settleAll(plans: Plan[]): Promise<void> {
  while (plans.some((p) => p.running)) await Promise.all(plans.map((p) => p.running));
}
