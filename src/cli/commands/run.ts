import { runScheduler, systemClock } from '../../schedule/index.js';
import type { RunReport } from '../../pipeline/index.js';
import { wallTime } from '../../time/index.js';
import { defineCommand } from '../command.js';
import { describeReport } from '../describe-report.js';
import { pickDigests } from '../pick-digests.js';
import { withStopSignal } from '../stop-signal.js';

export const run = defineCommand({
  name: 'run',
  usage: '[--once] [--digest KEY] [--json]',
  options: {
    once: { type: 'boolean' },
    digest: { type: 'string', short: 'd' },
    json: { type: 'boolean' },
  },
  help: [
    '--once             run what is due now (a missed run, deliveries owed), then exit: for the system cron',
    '-d, --digest KEY   only this digest (default: every digest in the config)',
    '--json             print each run report as a JSON line',
    "Prints each digest's next run at start (inside its send window), then one line per run that sent something or failed to; -v, --verbose also prints sweeps that found nothing due.",
  ],
  async run(ctx) {
    const app = await ctx.app();
    const digests = pickDigests(app.config, ctx.values.digest);
    // SIGINT/SIGTERM: no new runs; a send in progress takes no new messages, finishes those in flight, records them.
    return withStopSignal(async (signal) => {
      await runScheduler(
        {
          pipeline: app.pipeline,
          ticks: app.services.store.schedule,
          settings: app.config.schedule,
          clock: { ...systemClock, now: app.services.now },
          onNextRun: (d, at) => {
            const w = wallTime(d.timeZone, at.getTime());
            const p = (n: number) => String(n).padStart(2, '0');
            const local = `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)} ${d.timeZone}`;
            ctx.stdout.write(
              ctx.values.json
                ? JSON.stringify({ digest: d.key, nextRun: at.toISOString(), local }) + '\n'
                : `${d.key}: next run ${local} (${at.toISOString()})\n`,
            );
          },
          onReport: (r, why) => {
            // A sweep that sent nothing is not news: quiet unless --verbose.
            if (!ctx.values.verbose && isIdle(r)) return;
            ctx.stdout.write(
              ctx.values.json
                ? JSON.stringify({ ...r, reason: why }) + '\n'
                : `${describeReport(r)}${why === 'catch-up' ? ' (catch-up of a missed run)' : ''}\n`,
            );
          },
        },
        { digests, once: Boolean(ctx.values.once), signal: signal },
      );
      return 0;
    });
  },
});

/** A sweep for owed deliveries that found none due. */
function isIdle(r: RunReport): boolean {
  return r.outcome === 'resumed' && r.resumed.length === 0;
}
