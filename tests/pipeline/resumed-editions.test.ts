import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDigest } from '../../src/pipeline/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendHarness, type Harness } from '../helpers/send-harness.js';
import { cli } from '../helpers/run-cli.js';
import { freePort } from '../helpers/test-server.js';

const SECRET = 'deliver-test-secret-0123456789abcdef';

describe('after an SMTP outage', () => {
  let h: Harness | undefined;
  let sink: FaultSink | undefined;
  afterAll(async () => {
    await h?.app.close();
    await sink?.close();
  });

  it('send reports every queued edition it finished, each with its counts', async () => {
    const port = await freePort();
    h = await sendHarness(`smtp://127.0.0.1:${port}`, ['smtp:', '  ratePerSecond: 1000', '  retries: 0']);
    await h.readers(['ana@example.org', 'budi@example.org']);
    const d = h.app.config.digests[0]!;
    // Two editions frozen while the server is down: both stay queued.
    await h.articles(['a1']);
    const first = await runDigest(d, h.app.pipeline, { noFetch: true });
    await h.articles(['a2']);
    const second = await runDigest(d, h.app.pipeline, { noFetch: true });
    expect([first.send?.stopped, second.send?.stopped]).toEqual(['smtp-unavailable', 'smtp-unavailable']);
    expect(first.editionId).not.toBe(second.editionId);

    sink = await startFaultSink({}, port);
    const r = await cli(['send', '--no-fetch', '--config', path.join(h.dir, 'news-digest.yaml')], {
      env: { SMTP_URL: sink.url, DIGEST_SECRET: SECRET },
      cwd: h.dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`resumed edition ${first.editionId}: 2 submitted, 0 failed, 0 left for the next run`);
    expect(r.stdout).toContain(`resumed edition ${second.editionId}: 2 submitted, 0 failed, 0 left for the next run`);
    expect(sink.received).toHaveLength(4);

    const json = await cli(['send', '--no-fetch', '--json', '--config', path.join(h.dir, 'news-digest.yaml')], {
      env: { SMTP_URL: sink.url, DIGEST_SECRET: SECRET },
      cwd: h.dir,
    });
    expect(JSON.parse(json.stdout).resumed).toEqual([]);
  });
});
