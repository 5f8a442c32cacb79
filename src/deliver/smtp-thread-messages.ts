import type { SlottedText } from '../domain/slotted-text.js';
import type { SmtpOptions } from './smtp-transport.js';

/**
 * What the sending threads and the thread that runs the send loop say to each
 * other. A message crosses as its small per-reader fields; the edition's
 * shared texts cross once per thread, by number.
 */
export type ToSender =
  | { kind: 'body'; key: number; html: SlottedText; text: SlottedText }
  | { kind: 'send'; id: number; mail: WireMail }
  | { kind: 'forget'; key: number }
  /** The send's size, so the thread opens its connections before the first message. */
  | { kind: 'warm'; messages: number }
  | { kind: 'close' };

export type FromSender =
  { kind: 'ready' } | { kind: 'sent'; id: number; messageId: string; response: string } | { kind: 'failed'; id: number; error: WireError };

export interface WireMail {
  to: string;
  from: string;
  replyTo?: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  lang?: string;
  /** Milliseconds since the epoch, for the Date header. */
  date: number;
  content: { kind: 'whole'; html: string; text: string } | { kind: 'edition'; key: number; values: readonly string[]; htmlValues: readonly string[] };
}

/** A DigestError as plain data, with the fields of its cause that decide retries (code, responseCode, timeoutType). */
export interface WireError {
  code: string;
  message: string;
  cause?: { code?: unknown; responseCode?: unknown; timeoutType?: unknown; response?: unknown; message?: unknown };
}

/** The options a sending thread opens its own pool with. */
export type SenderOptions = Omit<SmtpOptions, 'now'>;

/**
 * Posts messages in batches, one per turn of the event loop: waking the other
 * thread once per batch instead of once per message saves a context switch
 * per reader. Order is kept.
 */
export function batchedPost<T>(post: (batch: T[]) => void): (m: T) => void {
  let batch: T[] = [];
  return (m) => {
    if (batch.length === 0) {
      setImmediate(() => {
        const out = batch;
        batch = [];
        post(out);
      });
    }
    batch.push(m);
  };
}
