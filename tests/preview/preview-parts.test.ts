import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedReport, forceColorScheme, mimeHeaders, parseSpamReport, spamChecker } from '../../src/server/preview/index.js';
import type { DigestConfig } from '../../src/config/index.js';
import { article } from './fixtures/articles.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const hasSpamAssassin = spawnSync('spamassassin', ['--version']).status === 0;

describe('the SpamAssassin report', () => {
  it('reads the score, the threshold and every rule of the table with its wrapped description', () => {
    const r = parseSpamReport(fixture('spamassassin-report.txt'));
    expect(r).toEqual({
      status: 'ok',
      score: 1.4,
      required: 5,
      rules: [
        { name: 'HTML_FONT_LOW_CONTRAST', score: 0.7, description: 'BODY: HTML font color similar or identical to background' },
        { name: 'HTML_MESSAGE', score: 0, description: 'BODY: HTML included in message' },
        { name: 'MAILING_LIST_MULTI', score: -1, description: 'Multiple indicators imply a widely-seen list manager' },
        { name: 'URIBL_FAKE', score: 1.7, description: 'A made-up rule' },
      ],
    });
  });

  it('an output without a status header is an error, not a zero score', () => {
    expect(parseSpamReport('Subject: hi\n\nbody\n')).toMatchObject({ status: 'error' });
  });

  it('a missing binary reads as not installed', async () => {
    const r = await spamChecker('spamassassin-that-is-not-there').check(Buffer.from('Subject: x\r\n\r\nbody\r\n'));
    expect(r).toMatchObject({ status: 'unavailable' });
  });

  it.skipIf(!hasSpamAssassin)('scores a real message once per content', { timeout: 120_000 }, async () => {
    const checker = spamChecker();
    const eml = Buffer.from(
      'From: a@example.org\r\nTo: b@example.org\r\nSubject: hello\r\nMessage-ID: <1@example.org>\r\nDate: Wed, 25 Nov 2026 07:00:00 +0000\r\n\r\nA short note.\r\n',
    );
    const first = checker.check(eml);
    expect(checker.check(Buffer.from(eml))).toBe(first);
    const r = await first;
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.rules.length).toBeGreaterThan(0);
  });
  if (!hasSpamAssassin) console.warn('skipped: spamassassin is not installed');
});

describe('forceColorScheme', () => {
  const html =
    '<html><head><style>body{background:#fff}@media (prefers-color-scheme: dark){body{background:#000}}@media screen and (prefers-color-scheme:light){p{color:red}}</style></head><body></body></html>';

  it('dark: the dark rules always apply, the light ones never', () => {
    const out = forceColorScheme(html, 'dark');
    expect(out).toContain('@media (min-width: 0px){body{background:#000}}');
    expect(out).toContain('@media screen and (max-width: 0px) and (min-width: 1px){p{color:red}}');
    expect(out).toContain('<head><style>:root{color-scheme:dark !important}</style>');
    expect(out).not.toMatch(/prefers-color-scheme/);
  });

  it('light: the other way round, whatever the viewer system says', () => {
    const out = forceColorScheme(html, 'light');
    expect(out).toContain('@media (max-width: 0px) and (min-width: 1px){body{background:#000}}');
    expect(out).toContain('color-scheme:light');
  });
});

describe('mimeHeaders', () => {
  it('lists fields in order and joins folded lines', () => {
    const eml = Buffer.from(
      'From: a@example.org\r\nList-Unsubscribe: <https://x.example/u>,\r\n <mailto:r@example.org>\r\nSubject: hi\r\n\r\nBody: not a header\r\n',
    );
    expect(mimeHeaders(eml)).toEqual([
      ['From', 'a@example.org'],
      ['List-Unsubscribe', '<https://x.example/u>, <mailto:r@example.org>'],
      ['Subject', 'hi'],
    ]);
  });
});

describe('feedReport', () => {
  const digest = { key: 'daily', tags: ['world'] } as DigestConfig;
  const sources = [
    { url: 'https://a.example/rss', name: 'Alpha', tags: ['world'] },
    { url: 'https://b.example/rss', name: 'Bravo', tags: ['world'] },
    { url: 'demo/local.xml', name: 'Charlie', tags: ['sport'] },
    { url: 'https://d.example/rss', name: 'Delta', tags: ['world'] },
  ];
  const stored = [
    { url: 'https://a.example/rss', etag: null, lastModified: null, status: 'ok' as const, error: null, fetchedAt: '2026-11-25T06:00:00Z', itemCount: 10 },
    {
      url: 'https://b.example/rss',
      etag: null,
      lastModified: null,
      status: 'error' as const,
      error: 'HTTP 403',
      fetchedAt: '2026-11-25T06:00:00Z',
      itemCount: 0,
    },
    { url: 'https://d.example/rss', etag: null, lastModified: null, status: 'ok' as const, error: null, fetchedAt: '2026-11-25T06:00:00Z', itemCount: 4 },
  ];
  const pending = [article('x'), article('y')].map((a) => ({ ...a, sources: [{ feedName: 'Alpha', feedUrl: 'https://a.example/rss', link: null }] }));

  it('puts dead feeds first, then never fetched, and counts new articles per feed', () => {
    const rows = feedReport(sources, stored, new Map(), pending, digest);
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Bravo', 'error'],
      ['Charlie', 'never'],
      ['Alpha', 'ok'],
      ['Delta', 'ok'],
    ]);
    expect(rows[0]!.error).toBe('HTTP 403');
    expect(rows.find((r) => r.name === 'Alpha')!.newItems).toBe(2);
    expect(rows.find((r) => r.name === 'Charlie')!.inDigest).toBe(false);
  });

  it("this session's fetch wins over the store's memory", () => {
    const session = new Map([['https://d.example/rss', { status: 'not-modified' as const, error: null, fetchedAt: '2026-11-25T07:00:00Z', itemCount: null }]]);
    const delta = feedReport(sources, stored, session, [], digest).find((r) => r.name === 'Delta')!;
    expect(delta).toMatchObject({ status: 'not-modified', fetchedAt: '2026-11-25T07:00:00Z', itemCount: null });
  });
});
