import type { SendProgress } from '../deliver/index.js';
import { editionOf, type Audience, type RunReport } from '../pipeline/index.js';

/** One line per digest run, for `send` and `run`. */
export function describeReport(r: RunReport, now = new Date()): string {
  const parts: string[] = [];
  if (r.outcome === 'resumed') {
    return `${r.digest}: ${r.resumed ? `resumed edition ${r.resumed.editionId}: ${describeSend(r.resumed.send)}` : 'nothing due'}`;
  }
  if (r.resumed) parts.push(`resumed edition ${r.resumed.editionId}: ${describeSend(r.resumed.send)}`);
  parts.push(`${r.newArticles} new articles${r.feedErrors ? `, ${r.feedErrors} feeds failed` : ''}`);
  switch (r.outcome) {
    case 'nothing-new':
      parts.push(`nothing new to send${r.lastEdition ? ` since ${editionOf(r.lastEdition, now)} (${r.lastEdition.id})` : ''}`);
      break;
    case 'no-readers':
      parts.push(`edition of ${r.stories} stories ready, but no confirmed readers`);
      break;
    case 'dry-run':
      parts.push(`would send edition ${r.editionId}: ${r.stories} stories, ${r.htmlBytes} bytes of HTML${r.audience ? `, ${describeAudience(r.audience)}` : ''}`);
      break;
    case 'sent':
      parts.push(`sent edition ${r.editionId}: ${r.stories} stories, ${describeSend(r.send!)}`);
  }
  return `${r.digest}: ${parts.join('; ')}`;
}

function describeSend(s: SendProgress): string {
  return `${s.submitted} submitted, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped (no longer subscribed)` : ''}, ${s.deferred} left for the next run`;
}

function describeAudience(a: Audience): string {
  const skipped = [
    a.later && `${a.later} not due yet in their time zone`,
    a.paused && `${a.paused} paused`,
    a.unsubscribed && `${a.unsubscribed} unsubscribed`,
    a.suppressed && `${a.suppressed} suppressed`,
  ].filter(Boolean);
  return `to ${a.now} ${a.now === 1 ? 'reader' : 'readers'}${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}`;
}
