import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { previewEdition, previewReader, runDigest, testCopy } from '../../pipeline/index.js';
import { defineCommand } from '../command.js';
import { describeReport } from '../describe-report.js';
import { pickDigests } from '../pick-digests.js';
import { withStopSignal } from '../stop-signal.js';

export const send = defineCommand({
  name: 'send',
  usage: '[--digest KEY] [--dry-run] [--to ADDRESS] [--no-fetch] [--json]',
  options: {
    digest: { type: 'string', short: 'd' },
    'dry-run': { type: 'boolean' },
    to: { type: 'string' },
    'no-fetch': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: [
    '-d, --digest KEY   only this digest (default: every digest in the config)',
    '--dry-run          fetch, summarize and render, report what would go out and to how many readers; store, send and mark nothing',
    '--to ADDRESS       send a test copy of the next edition (the latest one when nothing is new) to ADDRESS only; marks nothing',
    '--no-fetch         do not fetch feeds; use the articles already in the store',
    '--json             print the run report as JSON lines',
  ],
  async run(ctx) {
    const app = await ctx.app();
    const { config, pipeline } = app;
    const digests = pickDigests(config, ctx.values.digest);
    // SIGINT/SIGTERM: take no new messages, let those in flight finish and be recorded.
    return withStopSignal(async (signal) => {
      const to = ctx.values.to;
      if (to) {
        for (const d of digests) {
          // Personalized as `to` (or as a sample reader), never as a real reader: their links must not leak.
          const p = await previewEdition(d, pipeline, { fetch: !ctx.values['no-fetch'], reader: await previewReader(pipeline, to) });
          if (!p) {
            ctx.stdout.write(`${d.key}: nothing to send: nothing new, and no edition sent yet\n`);
            continue;
          }
          const r = await pipeline.transport.send(testCopy(p.mail, to, pipeline.now()));
          ctx.stdout.write(`${d.key}: ${p.archived ? `${p.archived.note}: ` : ''}test copy to ${to}: ${r.response}\n`);
        }
        return 0;
      }
      let failed = 0;
      let unavailable = false;
      for (const d of digests) {
        if (signal.aborted) break;
        const report = await runDigest(d, pipeline, {
          dryRun: Boolean(ctx.values['dry-run']),
          noFetch: Boolean(ctx.values['no-fetch']),
          signal,
        });
        const sends = [...report.resumed.map((x) => x.send), ...(report.send ? [report.send] : [])];
        failed += sends.reduce((n, p) => n + p.failed, 0);
        unavailable ||= sends.some((p) => p.stopped === 'smtp-unavailable');
        ctx.stdout.write(ctx.values.json ? JSON.stringify(report) + '\n' : describeReport(report) + '\n');
      }
      if (signal.aborted) {
        // Stopped on request: what was in flight is recorded, the rest stays queued.
        ctx.stdout.write('stopped: the rest stays queued; run send again to finish\n');
        return 0;
      }
      if (unavailable) {
        ctx.stderr.write('news-digest send: the SMTP server is unreachable; the edition stays queued, run send again (or let `run` retry)\n');
        return 6;
      }
      if (pipeline.transport.kind === 'outbox' && !ctx.values.json && !ctx.values['dry-run']) {
        ctx.stdout.write(`Open ${pathToFileURL(path.join(config.outboxDir, 'index.html')).href} to read what was sent.\n`);
      }
      return failed > 0 ? 6 : 0;
    });
  },
});
