import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LocalServer } from '../helpers/local-server.js';
import { cliProject } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const LEAD = [
  'Floodwater swept through the river town of Kerrow on Monday night, forcing families from their homes as the Aln burst its banks after three days of rain.',
  '"We have never seen the water rise this fast, and we will rebuild every street that was lost," said mayor Anna Berg at a briefing in the town hall on Tuesday morning.',
  'The flood damaged 4,000 homes along the river, according to the county council, and left the main road to the coast closed to traffic.',
  'Emergency crews worked through the night to shore up the old stone bridge, which engineers said had held despite the force of the current.',
  'Shops on the high street stayed shut as owners cleared mud and debris from their floors, and schools told parents to keep children at home until Thursday.',
  'The regional water company said drinking water was safe, but asked residents to boil it as a precaution while the treatment works were checked for damage.',
];
/** What the second article adds: a new statement and a new figure. */
const NEWS = [
  '"The insurance claims will run into the tens of millions, and the government must step in now," said Tom Reyes, the county council leader, on Wednesday.',
  'The council put the cost of the damage at £45 million in its first estimate, published on Wednesday afternoon.',
];
/** A third version that only rewords a line: nothing new. */
const REWORDED = [
  ...LEAD.slice(0, 5),
  'Residents were asked to boil drinking water as a precaution while the treatment works were checked for damage.',
  ...NEWS,
];

function feed(items: { id: string; title: string; paragraphs: string[]; date: string }[], base: string): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${base}/story/${i.id}</link><guid>${base}/story/${i.id}</guid><pubDate>${i.date}</pubDate>` +
        `<description><![CDATA[${i.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>County Courier</title><link>${base}/</link><language>en</language>\n${entries}\n</channel></rss>\n`;
}

describe('a developing story across runs', () => {
  let server: LocalServer;
  let sink: SmtpSink;
  let items: { id: string; title: string; paragraphs: string[]; date: string }[] = [];
  let run: (...args: string[]) => Promise<{ code: number; stdout: string; stderr: string }>;

  beforeAll(async () => {
    server = await startServer({
      '/feed.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(feed(items, server.url('').replace(/\/$/, '')));
      },
    });
    sink = await startSmtpSink();
    ({ run } = cliProject({ feeds: [{ url: server.url('/feed.xml'), name: 'County Courier' }], smtpUrl: sink.url }));
    expect((await run('subscribers', 'add', 'reader@example.org')).code).toBe(0);
  });

  afterAll(async () => {
    await sink.close();
    await server.close();
  });

  const lastText = () => sink.messages.at(-1)!.parsed.text!;
  const lastHtml = () => String(sink.messages.at(-1)!.parsed.html);

  it('a later article with a new quote and figure comes back marked Update, with only what is new and a link to the earlier edition', async () => {
    const now = Date.now();
    items = [{ id: 'flood-1', title: 'Floods hit Kerrow as the Aln bursts its banks', paragraphs: LEAD, date: new Date(now - 3_600_000).toUTCString() }];
    const first = await run('send');
    expect(first.code, first.stderr + first.stdout).toBe(0);
    const firstEdition = /sent edition (\S+):/.exec(first.stdout)![1]!;
    expect(lastText()).toContain('we will rebuild every street');

    items = [...items, { id: 'flood-2', title: 'Kerrow flood damage put at £45 million', paragraphs: [...LEAD, ...NEWS], date: new Date(now).toUTCString() }];
    const second = await run('send');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/sent edition \S+: 1 stories/);
    const text = lastText();
    expect(text).toContain('[Update] Kerrow flood damage put at £45 million');
    expect(text).toContain('the government must step in now');
    expect(text).toMatch(/45/);
    // Only what is new: the mayor's words and the 4,000 homes were in the first edition.
    expect(text).not.toContain('we will rebuild every street');
    expect(text).not.toMatch(/4,000/);
    expect(text).toContain(`Earlier in this digest: https://news.example.org/archive/${firstEdition}`);
    expect(lastHtml()).toContain(`href="https://news.example.org/archive/${firstEdition}"`);
    expect(lastHtml()).toMatch(/class="nd-update"[^>]*>Update</);
  });

  it('a third article that brings nothing new stays dropped', async () => {
    const messages = sink.messages.length;
    items = [...items, { id: 'flood-3', title: 'Kerrow counts the cost of the floods', paragraphs: REWORDED, date: new Date().toUTCString() }];
    const third = await run('send');
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toContain('nothing new to send');
    expect(sink.messages).toHaveLength(messages);
  });
});
