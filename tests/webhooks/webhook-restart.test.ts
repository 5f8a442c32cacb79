import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { repoRoot, writeTestConfig } from '../helpers/test-config.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { verifyStandardWebhook } from './standard-webhooks-verifier.js';

const SECRET = 'whsec_' + Buffer.from('news-digest restart test key, 32 b').toString('base64');

function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/news-digest.js'), ...args], {
    cwd,
    env: { ...process.env, DIGEST_SECRET: 'webhook-restart-secret-0123456789' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}

async function until(ok: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out waiting for the webhook call to be recorded');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a webhook call queued by a process killed with SIGKILL', () => {
  let receiver: WebhookReceiver;
  afterAll(async () => {
    await receiver?.close();
  });

  it('arrives once a process is back, with the same webhook-id', async () => {
    // The first call is never answered: the sender is killed while it waits.
    receiver = await startWebhookReceiver(['hang', 204]);
    const { dir, config } = writeTestConfig([
      'outboxDir: outbox',
      'webhooks:',
      `  endpoints: [{ url: "${receiver.url}", secret: "${SECRET}", events: [edition.sent] }]`,
      '  timeoutMs: 1000',
      '  retrySeconds: [1]',
      'digests:',
      '  - { key: daily, name: Daily }',
    ]);
    const store = await openStore(path.join(dir, 'digest.sqlite'));
    await store.subscribers.add({ email: 'reader@example.org', status: 'confirmed' }, new Date().toISOString());

    const send = start(['send', '--config', config], dir);
    const [first] = await receiver.received(1);
    send.child.kill('SIGKILL');
    expect((await send.exit).signal).toBe('SIGKILL');
    const [queued] = await store.webhooks.list();
    expect([queued!.status, queued!.attempts, queued!.id]).toEqual(['queued', 0, first!.headers['webhook-id']]);
    await store.close();

    const serve = start(['serve', '--port', '0', '--host', '127.0.0.1', '--config', config], dir);
    try {
      const [, second] = await receiver.received(2);
      expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
      expect(second!.body).toBe(first!.body);
      expect(verifyStandardWebhook(SECRET, second!.headers, second!.body, Math.floor(Date.now() / 1000))).toBe(true);
      const body = JSON.parse(second!.body) as { type: string; data: Record<string, unknown> };
      expect(body.type).toBe('edition.sent');
      expect(body.data).toMatchObject({ digest: 'daily', stories: 7, submitted: 1, failed: 0 });
      // The receiver has the call before the sender has its answer: wait for the store to say so.
      await until(async () => {
        const check = await openStore(path.join(dir, 'digest.sqlite'));
        try {
          return (await check.webhooks.list()).every((r) => r.status === 'sent');
        } finally {
          await check.close();
        }
      });
    } finally {
      serve.child.kill('SIGTERM');
      await serve.exit;
    }
    const after = await openStore(path.join(dir, 'digest.sqlite'));
    try {
      expect((await after.webhooks.list()).map((r) => [r.status, r.attempts])).toEqual([['sent', 1]]);
    } finally {
      await after.close();
    }
    expect(receiver.calls).toHaveLength(2);
    const status = await cli(['status', '--config', config], { cwd: dir });
    expect(status.stdout).toContain('webhooks: 1 calls made, 0 queued, 0 given up');
  });
});
