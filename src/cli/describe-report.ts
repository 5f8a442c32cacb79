import type { SendProgress } from '../deliver/index.js';
import type { NonArticleKind } from '../domain/digest.js';
import { editionOf, type Audience, type RunReport } from '../pipeline/index.js';

/** One line per digest run, for `send` and `run`. */
export function describeReport(r: RunReport, now = new Date()): string {
  // Every edition the run touched, each with its own counts.
  const parts = r.resumed.map((x) => `resumed edition ${x.editionId}: ${describeSend(x.send)}`);
  if (r.outcome === 'resumed') return `${r.digest}: ${parts.length ? parts.join('; ') : 'nothing due'}`;
  parts.push(`${r.newArticles} new articles${r.feedErrors ? `, ${r.feedErrors} feeds failed` : ''}`);
  switch (r.outcome) {
    case 'nothing-new':
      parts.push(`nothing new to send${r.lastEdition ? ` since ${editionOf(r.lastEdition, now)} (${r.lastEdition.id})` : ''}`);
      break;
    case 'no-readers':
      parts.push(`edition of ${r.stories} stories ready, but no confirmed readers`);
      break;
    case 'dry-run':
      parts.push(
        `would send edition ${r.editionId}: ${r.stories} stories, ${r.htmlBytes} bytes of HTML${r.audience ? `, ${describeAudience(r.audience)}` : ''}`,
      );
      break;
    case 'sent':
      parts.push(`sent edition ${r.editionId}: ${r.stories} stories, ${describeSend(r.send!)}`);
  }
  const leftOut = describeLeftOut(r.leftOut);
  if (leftOut) parts.push(leftOut);
  for (const t of r.filtered) parts.push(`filter ${t.rule} removed ${t.removed} ${t.removed === 1 ? 'story' : 'stories'}, e.g. "${t.example}"`);
  return `${r.digest}: ${parts.join('; ')}`;
}

const KIND_WORDS: Record<NonArticleKind, [string, string]> = {
  live: ['live blog', 'live blogs'],
  quiz: ['quiz', 'quizzes'],
  media: ['podcast or video without text', 'podcasts or videos without text'],
  correction: ['corrections notice', 'corrections notices'],
};

/** "left out, not articles: 1 live blog, 2 quizzes", or '' when none was. */
function describeLeftOut(counts: RunReport['leftOut']): string {
  const kinds = Object.entries(counts) as [NonArticleKind, number][];
  if (!kinds.length) return '';
  return `left out, not articles: ${kinds.map(([k, n]) => `${n} ${KIND_WORDS[k][n === 1 ? 0 : 1]}`).join(', ')}`;
}

function describeSend(s: SendProgress): string {
  if (s.handedOver !== undefined) return `${s.handedOver} deliveries handed to the workers`;
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
