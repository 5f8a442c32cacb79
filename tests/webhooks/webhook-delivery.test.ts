import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { signWebhook, startDispatcher, webhookQueue, type Dispatcher } from '../../src/webhooks/index.js';
import { startWebhookReceiver, type Answer, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { verifyStandardWebhook } from './standard-webhooks-verifier.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const confirmed: WebhookEvent = { type: 'subscriber.confirmed', data: { subscriber: { id: 7, email: 'ana@example.org', name: 'Ana', lang: 'id' } } };

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

interface Rig {
  store: Store;
  receiver: WebhookReceiver;
  dispatcher: Dispatcher;
  warnings: { name: string; fields: Record<string, unknown> }[];
  emit(e?: WebhookEvent): Promise<void>;
}

async function rig(answers: Answer[], o: { timeoutMs?: number; retryDelaysMs?: number[]; url?: string } = {}): Promise<Rig> {
  const store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'nd-hooks-')), 'db.sqlite'));
  const receiver = await startWebhookReceiver(answers);
  const endpoints = [{ url: o.url ?? receiver.url, secret: SECRET, events: ['subscriber.confirmed', 'edition.sent'] as const }];
  const warnings: Rig['warnings'] = [];
  const dispatcher = startDispatcher({
    repo: store.webhooks,
    endpoints,
    timeoutMs: o.timeoutMs ?? 2_000,
    retryDelaysMs: o.retryDelaysMs ?? [20, 40],
    now: () => new Date(),
    warn: (name, fields) => warnings.push({ name, fields }),
    event: () => {},
    pollMs: 50,
  });
  cleanup.push(
    () => store.close(),
    () => receiver.close(),
    () => dispatcher.stop(),
  );
  const events = webhookQueue({ repo: store.webhooks, endpoints, now: () => new Date(), queued: () => dispatcher.nudge() });
  return { store, receiver, dispatcher, warnings, emit: (e = confirmed) => events.emit(e) };
}

/** Waits until the queue row has left `queued`. */
async function settled(store: Store) {
  for (;;) {
    const rows = await store.webhooks.list();
    if (rows.length > 0 && rows.every((r) => r.status !== 'queued')) return rows;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the Standard Webhooks signature', () => {
  it("matches the specification's published example, and the verifier written from the spec accepts it and refuses a change", () => {
    const body = '{"test": 2432232314}';
    const signature = signWebhook(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body);
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const headers = { 'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek', 'webhook-timestamp': '1614265330', 'webhook-signature': signature };
    expect(verifyStandardWebhook(SECRET, headers, body, 1614265330)).toBe(true);
    expect(verifyStandardWebhook(SECRET, headers, '{"test": 2432232315}', 1614265330)).toBe(false);
    expect(verifyStandardWebhook(SECRET, headers, body, 1614265330 + 3600)).toBe(false);
    expect(verifyStandardWebhook('whsec_' + Buffer.alloc(24, 1).toString('base64'), headers, body, 1614265330)).toBe(false);
  });
});

describe('webhook delivery from the queue, against a real local endpoint', () => {
  it('POSTs the event as JSON with webhook-id, webhook-timestamp and a signature the spec verifier accepts', async () => {
    const r = await rig([204]);
    await r.emit();
    const [call] = await r.receiver.received(1);
    expect(call!.headers['content-type']).toBe('application/json');
    expect(verifyStandardWebhook(SECRET, call!.headers, call!.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(call!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    const body = JSON.parse(call!.body) as { type: string; timestamp: string; data: unknown };
    expect(body).toEqual({ type: 'subscriber.confirmed', timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), data: confirmed.data });
    const [row] = await settled(r.store);
    expect([row!.status, row!.attempts, row!.id]).toEqual(['sent', 1, call!.headers['webhook-id']]);
  });

  it('an event an endpoint did not ask for is not queued for it', async () => {
    const r = await rig([204]);
    await r.emit({ type: 'subscriber.unsubscribed', data: confirmed.data });
    expect(await r.store.webhooks.list()).toEqual([]);
  });

  it('retries a 5xx after the configured waits, with the same webhook-id and a fresh valid signature each time', async () => {
    const r = await rig([500, 503, 200]);
    await r.emit();
    const calls = await r.receiver.received(3);
    expect(new Set(calls.map((c) => c.headers['webhook-id'])).size).toBe(1);
    for (const c of calls) expect(verifyStandardWebhook(SECRET, c.headers, c.body, Math.floor(Date.now() / 1000))).toBe(true);
    const [row] = await settled(r.store);
    expect([row!.status, row!.attempts]).toEqual(['sent', 3]);
    expect(r.warnings.map((w) => [w.name, w.fields.error])).toEqual([
      ['webhook-failed', 'HTTP 500'],
      ['webhook-failed', 'HTTP 503'],
    ]);
  });

  it('a call not answered within timeoutMs is a failed try, tried again', async () => {
    const r = await rig(['hang', 204], { timeoutMs: 300 });
    await r.emit();
    const calls = await r.receiver.received(2);
    expect(calls[1]!.headers['webhook-id']).toBe(calls[0]!.headers['webhook-id']);
    const [row] = await settled(r.store);
    expect([row!.status, row!.attempts]).toEqual(['sent', 2]);
    expect(r.warnings[0]).toMatchObject({ name: 'webhook-failed', fields: { error: 'no answer within 300 ms', tries: 1 } });
  });

  it('a dead endpoint is given up after the first try and one retry per wait (three here), and the giving up is logged', async () => {
    const r = await rig([500], { retryDelaysMs: [20, 20] });
    await r.emit();
    const [row] = await settled(r.store);
    expect([row!.status, row!.attempts, row!.lastError]).toEqual(['dead', 3, 'HTTP 500']);
    expect(r.receiver.calls).toHaveLength(3);
    expect(r.warnings.at(-1)).toMatchObject({ name: 'webhook-given-up', fields: { id: row!.id, event: 'subscriber.confirmed', tries: 3, error: 'HTTP 500' } });
  });

  it('an endpoint nobody listens on is given up the same way', async () => {
    const closed = await startWebhookReceiver();
    const url = closed.url;
    await closed.close();
    const r = await rig([204], { url, retryDelaysMs: [10] });
    await r.emit();
    const [row] = await settled(r.store);
    expect([row!.status, row!.attempts, row!.lastError]).toEqual(['dead', 2, 'ECONNREFUSED']);
  });

  it('emit returns as soon as the event is queued; a hanging endpoint holds nothing; stopping leaves the call due for the next process', async () => {
    const r = await rig(['hang'], { timeoutMs: 30_000 });
    await r.emit();
    // The endpoint has the call and has not answered: the emitter was free long before.
    await r.receiver.received(1);
    await r.emit({ type: 'edition.sent', data: { digest: 'daily', edition: 'daily-1', stories: 3, submitted: 2, failed: 0 } });
    expect((await r.store.webhooks.list()).map((x) => x.eventType)).toEqual(['subscriber.confirmed', 'edition.sent']);
    await r.dispatcher.stop();
    const rows = await r.store.webhooks.list();
    expect(rows.map((x) => [x.status, x.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
    ]);
    expect(rows.every((x) => Date.parse(x.nextAt) <= Date.now())).toBe(true);
  });
});
