import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscriber } from '../../src/domain/index.js';
import { signToken } from '../../src/subscribers/index.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';
import { post, startTestServer, type TestServer } from '../helpers/test-server.js';

describe("a reader's own delivery time, from the command line", () => {
  let sink: SmtpSink;
  let run: (...args: string[]) => ReturnType<typeof cli>;
  const reader = async (email: string): Promise<Subscriber | undefined> =>
    (await run('subscribers', 'list', '--json')).stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Subscriber)
      .find((s) => s.email === email);

  beforeAll(async () => {
    sink = await startSmtpSink();
    const { dir, config } = writeTestConfig(['digests:', '  - { key: daily, name: Daily, timeZone: UTC }']);
    const env = { SMTP_URL: sink.url, DIGEST_SECRET: 'reader-time-secret-0123456789abcd' };
    run = (...args) => cli([...args, '--config', config], { env, cwd: dir });
  });
  afterAll(async () => {
    await sink.close();
  });

  it('subscribers add refuses a time that is not HH:MM and a zone that is not IANA, with one line naming the value', async () => {
    for (const [option, value] of [
      ['--send-at', '25:99'],
      ['--send-at', '7pm'],
      ['--send-at', '7:30'],
      ['--time-zone', 'Mars/Base'],
    ] as const) {
      const r = await run('subscribers', 'add', 'x@example.net', option, value);
      expect(r.code, `${option} ${value}`).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${option} "${value}" is not`)]);
    }
    expect(await reader('x@example.net')).toBeUndefined();
  });

  it('a zone spelled in another case is stored in its canonical spelling', async () => {
    const r = await run('subscribers', 'add', 'berlin@example.net', '--send-at', '07:30', '--time-zone', 'europe/berlin');
    expect(r.code, r.stderr).toBe(0);
    expect(await reader('berlin@example.net')).toMatchObject({ sendAt: '07:30', timeZone: 'Europe/Berlin' });
  });

  it('subscribers set changes time and zone of a reader already on the list; a bad value changes nothing; none clears', async () => {
    expect((await run('subscribers', 'add', 'tokyo@example.net')).code).toBe(0);
    const again = await run('subscribers', 'add', 'tokyo@example.net', '--send-at', '06:00');
    expect(again.stdout).toMatch(/already on the list.*nothing changed/);

    const set = await run('subscribers', 'set', 'tokyo@example.net', '--send-at', '06:15', '--time-zone', 'Asia/Tokyo');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('tokyo@example.net: gets each edition at 06:15 Asia/Tokyo\n');
    expect(await reader('tokyo@example.net')).toMatchObject({ sendAt: '06:15', timeZone: 'Asia/Tokyo' });

    const bad = await run('subscribers', 'set', 'tokyo@example.net', '--send-at', '24:00', '--time-zone', 'Asia/Osaka');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--send-at "24:00"');
    expect(await reader('tokyo@example.net')).toMatchObject({ sendAt: '06:15', timeZone: 'Asia/Tokyo' });

    expect((await run('subscribers', 'set', 'nobody@example.net', '--send-at', '06:00')).code).toBe(3);
    expect((await run('subscribers', 'set', 'tokyo@example.net')).code).toBe(2);

    expect((await run('subscribers', 'set', 'tokyo@example.net', '--send-at', 'none', '--time-zone', 'none')).code).toBe(0);
    expect(await reader('tokyo@example.net')).toMatchObject({ sendAt: null, timeZone: null });
  });

  it('a send holds a reader with their own time back and mails the others at once', async () => {
    expect((await run('subscribers', 'add', 'now@example.net')).code).toBe(0);
    // berlin@example.net waits for 07:30 in Berlin; the test can run at any hour, so give it a time that is never now.
    const later = new Date(Date.now() + 6 * 3_600_000);
    const hhmm = `${String(later.getUTCHours()).padStart(2, '0')}:${String(later.getUTCMinutes()).padStart(2, '0')}`;
    expect((await run('subscribers', 'set', 'berlin@example.net', '--send-at', hhmm, '--time-zone', 'utc')).code).toBe(0);
    const send = await run('send');
    expect(send.code, send.stderr).toBe(0);
    const to = sink.messages.map((m) => m.envelopeTo[0]);
    expect(to).toContain('now@example.net');
    expect(to).not.toContain('berlin@example.net');
  });
});

describe("a reader's own delivery time, on the preferences page", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the fields, refuses a bad time or zone without saving anything, and saves good ones canonicalised', async () => {
    const subs = t.app.services.store.subscribers;
    const { subscriber } = await subs.add({ email: 'page@example.org', status: 'confirmed' }, new Date().toISOString());
    const token = signToken({ purpose: 'preferences', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, t.app.config.secret);
    const page = await (await t.request(`/preferences/${token}`)).text();
    expect(page).toMatch(/<input type="time" id="sendAt" name="sendAt" value=""/);
    expect(page).toMatch(/<input type="text" id="timeZone" name="timeZone" value=""/);

    const badTime = await post(t, `/preferences/${token}`, { digest: 'daily', sendAt: '25:99', timeZone: 'Europe/Berlin' });
    expect(badTime.status).toBe(400);
    const badTimePage = await badTime.text();
    expect(badTimePage).toContain('The delivery time must look like 07:30');
    // What the reader typed stays in the form.
    expect(badTimePage).toMatch(/name="sendAt" value="25:99"/);
    const badZone = await post(t, `/preferences/${token}`, { digest: 'daily', paused: '1', sendAt: '07:30', timeZone: 'Mars/Base' });
    expect(badZone.status).toBe(400);
    expect(await badZone.text()).toContain('“Mars/Base” is not a time zone name we know');
    expect(await subs.byId(subscriber.id)).toMatchObject({ sendAt: null, timeZone: null, paused: false });

    const good = await post(t, `/preferences/${token}`, { digest: 'daily', sendAt: '07:30', timeZone: 'america/new_york' });
    expect(good.status).toBe(200);
    expect(await good.text()).toMatch(/name="timeZone" value="America\/New_York"/);
    expect(await subs.byId(subscriber.id)).toMatchObject({ sendAt: '07:30', timeZone: 'America/New_York' });

    await post(t, `/preferences/${token}`, { digest: 'daily', sendAt: '', timeZone: '' });
    expect(await subs.byId(subscriber.id)).toMatchObject({ sendAt: null, timeZone: null });
  });
});
