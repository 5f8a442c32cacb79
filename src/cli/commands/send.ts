import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DigestConfig, LoadedConfig } from '../../config/index.js';
import { DigestError } from '../../domain/errors.js';
import { previewEdition, previewReader, runDigest, testCopy, type RunReport } from '../../pipeline/index.js';
import type { SendProgress } from '../../deliver/index.js';
import type { Command } from '../command.js';
import { withStopSignal } from '../stop-signal.js';

export const send: Command = {
  name: 'send',
  summary: 'Run one full cycle: fetch feeds, build the next edition of each digest, send it',
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
    '--dry-run          fetch, summarize and render, report what would go out; send and mark nothing',
    '--to ADDRESS       send a test copy of the next edition to ADDRESS only; marks nothing',
    '--no-fetch         do not fetch feeds; use the articles already in the store',
    '--json             print the run report as JSON lines',
  ],
  async run(ctx) {
    const app = await ctx.app();
    const { config, services } = app;
    const digests = pickDigests(config, ctx.values.digest as string | undefined);
    // SIGINT/SIGTERM: take no new messages, let those in flight finish and be recorded.
    return withStopSignal(async (signal) => {
      const to = ctx.values.to as string | undefined;
      if (to) {
        for (const d of digests) {
          // Personalized as `to` (or as a sample reader), never as a real reader: their links must not leak.
          const p = await previewEdition(d, services, { fetch: !ctx.values['no-fetch'], reader: await previewReader(services, to) });
          if (!p) {
            ctx.stdout.write(`${d.key}: nothing to send\n`);
            continue;
          }
          const r = await services.transport.send(testCopy(p.mail, to, services.now()));
          ctx.stdout.write(`${d.key}: test copy to ${to}: ${r.response}\n`);
        }
        return 0;
      }
      let failed = 0;
      let unavailable = false;
      for (const d of digests) {
        if (signal.aborted) break;
        const report = await runDigest(d, services, {
          dryRun: Boolean(ctx.values['dry-run']),
          noFetch: Boolean(ctx.values['no-fetch']),
          signal,
        });
        const sends = [report.resumed?.send, report.send].filter((p) => p !== null && p !== undefined);
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
      if (services.transport.kind === 'outbox' && !ctx.values.json && !ctx.values['dry-run']) {
        ctx.stdout.write(`Open ${pathToFileURL(path.join(config.outboxDir, 'index.html')).href} to read what was sent.\n`);
      }
      return failed > 0 ? 6 : 0;
    });
  },
};

export function pickDigests(config: LoadedConfig, key: string | undefined): DigestConfig[] {
  if (!key) return config.digests;
  const d = config.digests.find((x) => x.key === key);
  if (!d) throw new DigestError('USAGE', `no digest "${key}" in the config (have: ${config.digests.map((x) => x.key).join(', ')})`);
  return [d];
}

/** One line per digest run, for `send` and `run`. */
export function describeReport(r: RunReport): string {
  const parts: string[] = [];
  if (r.outcome === 'resumed') {
    return `${r.digest}: ${r.resumed ? `resumed edition ${r.resumed.editionId}: ${describeSend(r.resumed.send)}` : 'nothing due'}`;
  }
  if (r.resumed) parts.push(`resumed edition ${r.resumed.editionId}: ${describeSend(r.resumed.send)}`);
  parts.push(`${r.newArticles} new articles${r.feedErrors ? `, ${r.feedErrors} feeds failed` : ''}`);
  switch (r.outcome) {
    case 'nothing-new':
      parts.push('nothing new to send');
      break;
    case 'no-readers':
      parts.push(`edition of ${r.stories} stories ready, but no confirmed readers`);
      break;
    case 'dry-run':
      parts.push(`would send edition ${r.editionId}: ${r.stories} stories, ${r.htmlBytes} bytes of HTML`);
      break;
    case 'sent':
      parts.push(`sent edition ${r.editionId}: ${r.stories} stories, ${describeSend(r.send!)}`);
  }
  return `${r.digest}: ${parts.join('; ')}`;
}

function describeSend(s: SendProgress): string {
  return `${s.submitted} submitted, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped (no longer subscribed)` : ''}, ${s.deferred} left for the next run`;
}
