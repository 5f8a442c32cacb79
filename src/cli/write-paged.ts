import { once } from 'node:events';
import type { Subscriber } from '../domain/subscriber.js';

/**
 * Writes a long listing a page at a time, waiting whenever the reader of
 * `out` (a pipe, a slow terminal) falls behind, so memory holds one page, not the list.
 */
export async function writePaged(out: NodeJS.WritableStream, pages: AsyncIterable<Subscriber[]>, line: (s: Subscriber) => string): Promise<void> {
  for await (const page of pages) {
    if (!out.write(page.map(line).join(''))) await once(out, 'drain');
  }
}
