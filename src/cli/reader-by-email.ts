import { DigestError } from '../domain/errors.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { Store } from '../store/index.js';
import { normalizeEmail } from '../subscribers/index.js';

/** The reader an operator named by address on the command line, or NOT_FOUND (exit code) saying which address. */
export async function readerByEmail(store: Store, raw: string): Promise<Subscriber> {
  const email = normalizeEmail(raw);
  const reader = await store.subscribers.byEmail(email);
  if (!reader) throw new DigestError('NOT_FOUND', `no reader ${email}`);
  return reader;
}
