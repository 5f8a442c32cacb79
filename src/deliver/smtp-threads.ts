import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DigestError, type ErrorCode } from '../domain/errors.js';
import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';
import type { SlottedText } from '../domain/slotted-text.js';
import { batchedPost, type FromSender, type SenderOptions, type ToSender, type WireError, type WireMail } from './smtp-thread-messages.js';
import { smtpUrl } from './smtp-transport.js';
import type { Transport } from './transport.js';

interface Sender {
  worker: Worker;
  post(m: ToSender): void;
  /** Messages handed to this thread and not answered yet. */
  inFlight: number;
  /** Edition bodies this thread already holds. */
  bodies: Set<number>;
  exited: Error | null;
  /** Settles when the thread has loaded its code, or has ended. */
  started: Promise<void>;
}

/** Bodies kept per thread: an edition has at most four variants; a run may resume a few editions. */
const BODIES_KEPT = 16;

/**
 * SMTP over `threads` sending threads, each with its own pool of connections
 * (maxConnections shared between them). The send loop, the rate limiter and
 * the delivery log stay on the calling thread; each message goes to the
 * thread with the fewest in flight as its reader's few fields, and the
 * edition's shared texts go to each thread once. Building and sending, the
 * work per message, then runs on every core.
 */
export function threadedSmtpTransport(o: SenderOptions & { threads: number; now?: () => Date }): Transport {
  const now = o.now ?? (() => new Date());
  const { threads, now: _now, ...options } = o;
  const url = smtpUrl(options.url);
  const count = Math.max(1, Math.min(threads, o.pool ? o.maxConnections : 1));
  const senders: Sender[] = [];
  const waiting = new Map<number, { resolve: (r: SendResult) => void; reject: (e: DigestError) => void; sender: Sender }>();
  const bodyKeys = new WeakMap<SlottedText, WeakMap<SlottedText, number>>();
  const keyOrder: number[] = [];
  let nextId = 0;
  let nextKey = 0;
  let closing: Promise<void> | null = null;

  const entry = new URL(`./smtp-sender-thread${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  /** Threads start on first use: a command that sends nothing never pays for them. */
  const start = () => {
    if (senders.length > 0) return;
    const total = Math.max(count, options.maxConnections);
    for (let i = 0, first = 0; i < count; i++) {
      // Each thread's share of the connections, the first ones taking the remainder.
      const share = Math.max(1, Math.floor(options.maxConnections / count) + (i < options.maxConnections % count ? 1 : 0));
      const worker = startThread(entry, { ...options, maxConnections: share, connectionSlots: { first, total } });
      first += share;
      let started = () => {};
      const sender: Sender = {
        worker,
        post: batchedPost<ToSender>((batch) => worker.postMessage(batch)),
        inFlight: 0,
        bodies: new Set(),
        exited: null,
        started: new Promise<void>((resolve) => (started = resolve)),
      };
      const receive = (m: FromSender) => {
        if (m.kind === 'ready') return started();
        const w = waiting.get(m.id);
        if (!w) return;
        waiting.delete(m.id);
        sender.inFlight--;
        if (m.kind === 'sent') w.resolve({ messageId: m.messageId, response: m.response });
        else w.reject(fromWire(m.error));
      };
      worker.on('message', (batch: FromSender[]) => batch.forEach(receive));
      const fail = (e: Error) => {
        sender.exited = e;
        started();
        // Like a connection dropped after DATA: the server may have taken it, the send loop tries it again (same Message-ID).
        for (const [id, w] of waiting) {
          if (w.sender !== sender) continue;
          waiting.delete(id);
          w.reject(new DigestError('SMTP_TRANSIENT', `sending thread stopped: ${e.message}`, {}, { cause: e }));
        }
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new DigestError('INTERNAL', `exited with code ${code}`)));
      senders.push(sender);
    }
  };

  /** The number of an edition body, sent to the thread the first time it needs it. */
  const bodyKey = (sender: Sender, html: SlottedText, text: SlottedText): number => {
    let byText = bodyKeys.get(html);
    if (!byText) bodyKeys.set(html, (byText = new WeakMap()));
    let key = byText.get(text);
    if (key === undefined) byText.set(text, (key = nextKey++));
    // The threads keep the bodies of the last few editions; an older one comes back when needed.
    if (!keyOrder.includes(key)) {
      keyOrder.push(key);
      if (keyOrder.length > BODIES_KEPT) {
        const old = keyOrder.shift()!;
        for (const s of senders) if (s.bodies.delete(old)) post(s, { kind: 'forget', key: old });
      }
    }
    if (!sender.bodies.has(key)) {
      post(sender, { kind: 'body', key, html, text });
      sender.bodies.add(key);
    }
    return key;
  };

  const post = (sender: Sender, m: ToSender) => sender.post(m);

  const wire = (sender: Sender, mail: OutboundEmail): WireMail => {
    const { slotted } = mail;
    return {
      to: mail.to,
      from: mail.from,
      ...(mail.replyTo && { replyTo: mail.replyTo }),
      subject: mail.subject,
      messageId: mail.messageId,
      headers: mail.headers,
      ...(mail.lang && { lang: mail.lang }),
      date: now().getTime(),
      content: slotted
        ? { kind: 'edition', key: bodyKey(sender, slotted.html, slotted.text), values: slotted.values, htmlValues: slotted.htmlValues }
        : { kind: 'whole', html: mail.html, text: mail.text },
    };
  };

  return {
    kind: 'smtp',
    destination: `${url.protocol}//${url.host}`,
    send(mail: OutboundEmail): Promise<SendResult> {
      start();
      const live = senders.filter((s) => !s.exited);
      if (closing || live.length === 0)
        return Promise.reject(new DigestError('SMTP_TRANSIENT', 'SMTP transport closed', {}, { cause: { code: 'ECONNECTION' } }));
      const sender = live.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      const id = nextId++;
      return new Promise<SendResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, sender });
        sender.inFlight++;
        post(sender, { kind: 'send', id, mail: wire(sender, mail) });
      });
    },
    async ready(messages = 0): Promise<void> {
      start();
      if (messages > 0) for (const s of senders) post(s, { kind: 'warm', messages });
      await Promise.all(senders.map((s) => s.started));
    },
    close(): Promise<void> {
      closing ??= Promise.all(
        senders.map(async (s) => {
          if (s.exited) return;
          await new Promise<void>((resolve) => {
            s.worker.once('exit', () => resolve());
            post(s, { kind: 'close' });
          });
        }),
      ).then(() => undefined);
      return closing;
    },
  };
}

function startThread(entry: URL, workerData: SenderOptions): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  // Run from the sources (tests, tsx), the thread loads them through tsx as this one does.
  // tsx's ESM API (its package exports map `tsx/esm/api` to this file for import).
  const api = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, {
    eval: true,
    workerData,
  });
}

/** The error a sending thread reported, rebuilt so retries are classified as on one thread. */
function fromWire(e: WireError): DigestError {
  return new DigestError(e.code as ErrorCode, e.message, {}, e.cause ? { cause: e.cause } : undefined);
}
