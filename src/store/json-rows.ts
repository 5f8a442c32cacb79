import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/** All a caller's connection needs to offer: which engine it talks to. */
type Engine = Pick<Kysely<unknown>, 'getExecutor'>;

/**
 * A whole batch as one bound JSON array, read as a table `j` whose column
 * `value` holds one element: a batch costs one statement of a fixed text
 * instead of one per row or a text growing with the batch. The engines differ
 * only in the name of the function that unpacks the array.
 */
export function jsonRows(db: Engine, items: readonly object[]): RawBuilder<unknown> {
  const json = JSON.stringify(items);
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql`json_array_elements(${json}::json) as j(value)` : sql`json_each(${json}) as j`;
}
