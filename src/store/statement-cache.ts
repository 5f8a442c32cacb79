import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Prepared statements kept per database; past this many the cache starts again (IN lists of many lengths). */
const STATEMENTS_KEPT = 256;

/**
 * The database as Kysely's SQLite driver sees it, preparing each distinct SQL
 * text once. The driver prepares every query it runs, and for the send loop's
 * small writes (a batch of accepted messages recorded) SQLite's parsing and
 * planning cost as much as the write. Iteration gets a statement of its own:
 * a cached one that is still being read from cannot run again.
 */
export function withStatementCache(db: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      db.close();
    },
    prepare(sql) {
      const known = statements.get(sql);
      if (known) return known;
      const stmt = db.prepare(sql);
      if (statements.size >= STATEMENTS_KEPT) statements.clear();
      const cached: SqliteStatement = {
        reader: stmt.reader,
        all: (parameters) => stmt.all(parameters),
        run: (parameters) => stmt.run(parameters),
        iterate: (parameters) => db.prepare(sql).iterate(parameters),
      };
      statements.set(sql, cached);
      return cached;
    },
  };
}
