import { once } from 'node:events';

/**
 * Writes a long listing a page at a time, waiting whenever the reader of
 * `out` (a pipe, a slow terminal) falls behind, so memory holds one page, not the list.
 */
export async function writePaged<T>(out: NodeJS.WritableStream, pages: AsyncIterable<T[]>, line: (row: T) => string): Promise<void> {
  for await (const page of pages) {
    if (!out.write(page.map(line).join(''))) await once(out, 'drain');
  }
}
