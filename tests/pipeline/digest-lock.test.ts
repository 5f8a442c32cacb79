import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendFolder } from '../helpers/send-process.js';

describe('the digest lock', () => {
  let sink: FaultSink;
  beforeAll(async () => {
    sink = await startFaultSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it('a manual send while another live process holds the digest sends nothing and says why (exit 7)', async () => {
    const { dir, config, db } = await sendFolder(2, ['maxConnections: 1']);
    const store = await openStore(db);
    const now = Date.now();
    // This test process stands in for a daemon that is sending right now.
    expect(
      await store.locks.acquire('digest:daily', `${hostname()}:${process.pid}:daemon`, new Date(now).toISOString(), new Date(now + 600_000).toISOString()),
    ).toBe(true);
    const env = { SMTP_URL: sink.url, DIGEST_SECRET: 'lock-test-secret-0123456789abcdef' };
    const r = await cli(['send', '--config', config], { env, cwd: dir });
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/digest "daily" is being sent by another process/);
    expect(sink.received).toHaveLength(0);

    await store.locks.release('digest:daily', `${hostname()}:${process.pid}:daemon`);
    await store.close();
    const after = await cli(['send', '--config', config], { env, cwd: dir });
    expect(after.code, after.stderr).toBe(0);
    expect(sink.received).toHaveLength(2);
  });
});
