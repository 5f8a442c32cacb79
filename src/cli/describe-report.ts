import type { SendProgress } from '../deliver/index.js';
import type { RunReport } from '../pipeline/index.js';

/** One line per digest run, for `send` and `run`. */
export function describeReport(r: RunReport): string {
  // Every edition the run touched, each with its own counts.
  const parts = r.resumed.map((x) => `resumed edition ${x.editionId}: ${describeSend(x.send)}`);
  if (r.outcome === 'resumed') return `${r.digest}: ${parts.length ? parts.join('; ') : 'nothing due'}`;
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
