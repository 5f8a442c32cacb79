/** Rows read per query when walking a long table (readers, deliveries): memory stays flat however long the list. */
export const PAGE_SIZE = 1000;

/** Where a page starts: after this key, at most `limit` rows. */
export interface Page {
  after: number;
  limit: number;
}

/**
 * Walks rows in key order, one query per page, each page starting after the
 * last key of the one before (keyset pagination: no OFFSET, so a page costs
 * the same at the end of a million rows as at the start, and rows written
 * behind the walk do not shift it).
 */
export async function* keysetPages<T>(read: (page: Page) => Promise<T[]>, keyOf: (row: T) => number, limit = PAGE_SIZE): AsyncGenerator<T[]> {
  let after = 0;
  for (;;) {
    const rows = await read({ after, limit });
    // Read before yielding: the consumer may empty the page it is given.
    const last = rows.length === limit ? keyOf(rows[limit - 1]!) : null;
    if (rows.length > 0) yield rows;
    if (last === null) return;
    after = last;
  }
}
