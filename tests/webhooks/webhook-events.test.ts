import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main.js';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { subscriptionsFor } from '../../src/server/index.js';
import { newTokenNonce, signToken } from '../../src/subscribers/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { verifyStandardWebhook } from './standard-webhooks-verifier.js';

const SECRET = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
const SLOW_SECRET = 'whsec_' + Buffer.alloc(32, 9).toString('base64');

describe('webhook events from the real paths: confirm, unsubscribe, hard bounce, edition sent', () => {
  let receiver: WebhookReceiver;
  /** An endpoint that never answers: it must hold up nothing. */
  let slow: WebhookReceiver;
  let sink: FaultSink;
  let app: App;

  beforeAll(async () => {
    receiver = await startWebhookReceiver([204]);
    slow = await startWebhookReceiver(['hang']);
    // bounce@ is refused for good (550): with maxHardBounces 1 the reader is suppressed at once.
    sink = await startFaultSink({ rcpt: (a) => (a.startsWith('bounce@') ? { code: 550, message: 'No such user' } : null) });
    const { dir, config } = writeTestConfig([
      'smtp: { maxHardBounces: 1, pool: false }',
      'webhooks:',
      `  endpoints:`,
      `    - { url: "${receiver.url}", secret: "${SECRET}" }`,
      `    - { url: "${slow.url}", secret: "${SLOW_SECRET}", events: [edition.sent, subscriber.confirmed] }`,
      '  timeoutMs: 30000',
      'digests:',
      '  - { key: daily, name: Daily }',
    ]);
    app = await createApp({ configPath: config, cwd: dir, env: { SMTP_URL: sink.url, DIGEST_SECRET: 'webhook-events-secret-0123456789' } });
    expect(path.dirname(app.config.databasePath)).toBe(dir);
  });

  afterAll(async () => {
    await app?.close();
    await sink?.close();
    await receiver?.close();
    await slow?.close();
  });

  const bodies = () => receiver.calls.map((c) => JSON.parse(c.body) as { type: string; data: Record<string, unknown> });

  it('confirming and unsubscribing send subscriber.confirmed and subscriber.unsubscribed, signed', async () => {
    const s = app.services;
    const { subscriber } = await s.store.subscribers.add({ email: 'ana@example.org', name: 'Ana', status: 'pending' }, new Date().toISOString());
    const token = (purpose: 'confirm' | 'unsubscribe') =>
      signToken({ purpose, sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600, jti: newTokenNonce() }, app.config.secret);
    const service = subscriptionsFor(s);
    expect((await service.confirm(token('confirm'))).ok).toBe(true);
    expect((await service.unsubscribe(token('unsubscribe'))).ok).toBe(true);
    const calls = await receiver.received(2);
    expect(bodies().map((b) => [b.type, (b.data.subscriber as { email: string }).email])).toEqual([
      ['subscriber.confirmed', 'ana@example.org'],
      ['subscriber.unsubscribed', 'ana@example.org'],
    ]);
    for (const c of calls) expect(verifyStandardWebhook(SECRET, c.headers, c.body, Math.floor(Date.now() / 1000))).toBe(true);
    // The slow endpoint got the confirmation (it asked for it) and is still holding it.
    await slow.received(1);
  });

  it('a send with a hanging endpoint finishes; a hard-bounced reader is suppressed with an event; edition.sent carries the counts', async () => {
    const s = app.services;
    const at = new Date().toISOString();
    await s.store.subscribers.add({ email: 'reader@example.org', status: 'confirmed' }, at);
    await s.store.subscribers.add({ email: 'bounce@example.org', status: 'confirmed' }, at);
    const report = await runDigest(app.config.digests[0]!, { ...app.pipeline, fetchPage: offlinePages });
    expect(report.outcome).toBe('sent');
    expect(report.send).toMatchObject({ submitted: 1, failed: 1 });
    await receiver.received(4);
    const [suppressed, sent] = bodies().slice(2);
    expect(suppressed).toEqual({
      type: 'subscriber.suppressed',
      timestamp: expect.any(String),
      data: { subscriber: expect.objectContaining({ email: 'bounce@example.org' }) },
    });
    expect(sent).toEqual({
      type: 'edition.sent',
      timestamp: expect.any(String),
      data: { digest: 'daily', edition: report.editionId, stories: report.stories, submitted: 1, failed: 1 },
    });
    // The hanging endpoint has both its calls and answered neither: nothing waited for it.
    const held = await slow.received(2);
    expect(held.map((c) => (JSON.parse(c.body) as { type: string }).type)).toEqual(['subscriber.confirmed', 'edition.sent']);
  });
});
