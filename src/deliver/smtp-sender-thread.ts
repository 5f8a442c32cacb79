/**
 * A sending thread: its own SMTP pool, fed per-reader fields by the send loop's
 * thread (see smtp-threads.ts). It builds each message from the edition's body
 * encoded once in this thread, so the work per message is spread over cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DigestError, toDigestError } from '../domain/errors.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import { fillSlots, type SlottedText } from '../domain/slotted-text.js';
import { batchedPost, type FromSender, type SenderOptions, type ToSender, type WireError, type WireMail } from './smtp-thread-messages.js';
import { smtpTransport } from './smtp-transport.js';

const port = parentPort!;
let date = new Date();
const transport = smtpTransport({ ...(workerData as SenderOptions), now: () => date });
const bodies = new Map<number, { html: SlottedText; text: SlottedText }>();
const reply = batchedPost<FromSender>((batch) => port.postMessage(batch));

function outbound(m: WireMail): OutboundEmail {
  const { content, date: _date, ...fields } = m;
  if (content.kind === 'whole') return { ...fields, html: content.html, text: content.text };
  const body = bodies.get(content.key);
  if (!body) throw new DigestError('INTERNAL', `edition body ${content.key} was never sent to this thread`);
  const slotted = { ...body, values: content.values, htmlValues: content.htmlValues };
  // The whole texts are made only if something asks (DKIM signing does not: it signs the bytes).
  return {
    ...fields,
    slotted,
    get html() {
      return fillSlots(body.html, content.htmlValues);
    },
    get text() {
      return fillSlots(body.text, content.values);
    },
  };
}

function wireError(e: unknown): WireError {
  const err = toDigestError(e, 'SMTP_TRANSIENT');
  const c = err.cause as Record<string, unknown> | undefined;
  return {
    code: err.code,
    message: err.message,
    ...(c &&
      typeof c === 'object' && { cause: { code: c.code, responseCode: c.responseCode, timeoutType: c.timeoutType, response: c.response, message: c.message } }),
  };
}

function receive(m: ToSender): void {
  switch (m.kind) {
    case 'body':
      bodies.set(m.key, { html: m.html, text: m.text });
      return;
    case 'forget':
      bodies.delete(m.key);
      return;
    case 'warm':
      void transport.ready?.(m.messages);
      return;
    case 'send':
      try {
        date = new Date(m.mail.date);
        transport.send(outbound(m.mail)).then(
          (r) => reply({ kind: 'sent', id: m.id, messageId: r.messageId, response: r.response }),
          (e: unknown) => reply({ kind: 'failed', id: m.id, error: wireError(e) }),
        );
      } catch (e) {
        reply({ kind: 'failed', id: m.id, error: wireError(e) });
      }
      return;
    case 'close':
      // With the port closed and the connections gone the thread has nothing left and ends.
      void transport.close().finally(() => port.close());
  }
}

port.on('message', (batch: ToSender[]) => batch.forEach(receive));
reply({ kind: 'ready' });
