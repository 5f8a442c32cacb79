import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';

const root = path.resolve(import.meta.dirname, '../..');

function writeConfig(dir: string, digest: string[]): string {
  const file = path.join(dir, 'news-digest.yaml');
  writeFileSync(
    file,
    [
      `feedsFile: ${JSON.stringify(path.join(root, 'feeds/feeds.yaml'))}`,
      `templatesDir: ${JSON.stringify(path.join(root, 'templates'))}`,
      'databasePath: digest.sqlite',
      'from: "Morning Brief <brief@news.example.org>"',
      'digests:',
      '  - key: daily',
      '    name: Morning Brief',
      ...digest,
    ].join('\n'),
  );
  return file;
}

describe('news-digest run', () => {
  let sink: FaultSink;
  beforeAll(async () => {
    sink = await startFaultSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  /** A weekly digest with one confirmed reader; `lastTick` says when it last ran (never, without). */
  async function weekly(lastTick?: string): Promise<{ dir: string; config: string }> {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-run-'));
    const config = writeConfig(dir, ['    schedule: "0 7 * * 1"', '    timeZone: Europe/Berlin']);
    const store = await openStore(path.join(dir, 'digest.sqlite'));
    await store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, new Date().toISOString());
    if (lastTick) await store.schedule.markTick('daily', lastTick, lastTick);
    await store.close();
    return { dir, config };
  }
  const runOnce = ({ dir, config }: { dir: string; config: string }) =>
    cli(['run', '--once', '--config', config], { env: { SMTP_URL: sink.url, DIGEST_SECRET: 'run-command-secret-0123456789abcdef' }, cwd: dir });
  const mailsToAna = () => sink.received.filter((r) => r.to === 'ana@example.org').length;

  it('--once on a new database sends nothing: the ticks before the first start were never missed', async () => {
    const before = mailsToAna();
    const fresh = await runOnce(await weekly());
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout).toMatch(/^daily: next run \d{4}-\d\d-\d\d 07:00 Europe\/Berlin \(\S+Z\)$/m);
    expect(fresh.stdout).not.toMatch(/sent edition/);
    expect(mailsToAna()).toBe(before);
  });

  it('--once after a tick missed since the last run runs it once, and a second --once sends nothing', async () => {
    const before = mailsToAna();
    // The digest last ran eight days ago: last Monday's tick was missed.
    const w = await weekly(new Date(Date.now() - 8 * 86_400_000).toISOString());
    const first = await runOnce(w);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/daily: .*sent edition daily-\S+: \d+ stories, 1 submitted.*\(catch-up of a missed run\)/);
    expect(mailsToAna()).toBe(before + 1);

    const second = await runOnce(w);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toMatch(/sent edition/);
    expect(mailsToAna()).toBe(before + 1);
  });

  it('run is quiet when a sweep finds nothing due (unless --verbose), and its next run is inside the send window', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-run-quiet-'));
    // Hourly, but only sent 06:00-07:00 in Berlin: the next run printed is the next 06:00, never the next hour.
    const config = writeConfig(dir, ['    schedule: "0 * * * *"', '    timeZone: Europe/Berlin', '    sendWindow: { start: "06:00", end: "07:00" }']);
    const store = await openStore(path.join(dir, 'digest.sqlite'));
    // A reader whose own time is hours away: the edition stays owed to them.
    const later = new Date(Date.now() + 6 * 3_600_000);
    const hhmm = `${String(later.getUTCHours()).padStart(2, '0')}:${String(later.getUTCMinutes()).padStart(2, '0')}`;
    await store.subscribers.add({ email: 'later@example.org', status: 'confirmed', sendAt: hhmm, timeZone: 'UTC' }, new Date().toISOString());
    await store.close();
    const env = { SMTP_URL: sink.url, DIGEST_SECRET: 'run-command-secret-0123456789abcdef' };
    expect((await cli(['send', '--config', config], { env, cwd: dir })).code).toBe(0);

    const quiet = await cli(['run', '--once', '--config', config], { env, cwd: dir });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout).toMatch(/^daily: next run \d{4}-\d\d-\d\d 06:00 Europe\/Berlin \(\S+Z\)\n$/);
    // Outside the window a sweep does not even look; with the window lifted it looks, finds nothing due, and says so only when asked.
    writeConfig(dir, ['    schedule: "0 6 * * *"', '    timeZone: Europe/Berlin']);
    const sweep = await cli(['run', '--once', '--config', config], { env, cwd: dir });
    expect(sweep.stdout).not.toMatch(/nothing due/);
    const verbose = await cli(['run', '--once', '--verbose', '--config', config], { env, cwd: dir });
    expect(verbose.stdout).toMatch(/^daily: nothing due$/m);
  });

  it('an invalid time zone or cron expression fails at start with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-run-bad-'));
    const zone = await cli(['run', '--once', '--config', writeConfig(dir, ['    timeZone: Mars/Olympus_Mons'])], { cwd: dir });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/news-digest\.yaml:\d+ digests\.0\.timeZone: is not an IANA time zone/);
    const cron = await cli(['run', '--once', '--config', writeConfig(dir, ['    schedule: "61 7 * * *"'])], { cwd: dir });
    expect(cron.code).toBe(2);
    expect(cron.stderr).toMatch(/digests\.0\.schedule: is not a valid cron expression/);
  });
});
