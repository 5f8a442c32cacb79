import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendFolder } from '../helpers/send-process.js';

describe('send --to ADDRESS', () => {
  let sink: FaultSink;
  beforeAll(async () => {
    sink = await startFaultSink({ keepRaw: true });
  });
  afterAll(async () => {
    await sink.close();
  });

  it('sends one test copy to that address only, with no reader’s links in it, and marks nothing', async () => {
    const { dir, config, db } = await sendFolder(3, ['maxConnections: 2']);
    const env = { SMTP_URL: sink.url, DIGEST_SECRET: 'send-to-secret-0123456789abcdef' };
    const test = await cli(['send', '--to', 'editor@example.org', '--config', config], { env, cwd: dir });
    expect(test.code, test.stderr).toBe(0);
    expect(sink.received.map((r) => r.to)).toEqual(['editor@example.org']);
    const mail = await simpleParser(sink.received[0]!.raw);
    expect(mail.subject).toMatch(/^\[test\] /);
    expect(mail.messageId).toMatch(/^<test\./);

    const store = await openStore(db);
    expect(await store.editions.list('daily')).toEqual([]);
    await store.close();

    const real = await cli(['send', '--config', config], { env, cwd: dir });
    expect(real.code, real.stderr).toBe(0);
    expect(sink.received.map((r) => r.to).sort()).toEqual(['editor@example.org', 'reader0@example.org', 'reader1@example.org', 'reader2@example.org']);
    // The test copy's unsubscribe link is not any reader's.
    const readerLinks = await Promise.all(
      sink.received.slice(1).map(async (r) => ((await simpleParser(r.raw)).headers.get('list') as { unsubscribe: { url: string } }).unsubscribe.url),
    );
    expect(readerLinks).not.toContain((mail.headers.get('list') as { unsubscribe: { url: string } }).unsubscribe.url);
  });
});
