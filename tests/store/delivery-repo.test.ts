import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { deliveryRepo } from '../../src/store/delivery-repo.js';
import type { Database } from '../../src/store/schema.js';

describe('delivery repo on SQLite, straight through the connection', () => {
  it('records a batch outside a transaction that holds the connection, never inside it (its rollback would undo the record)', async () => {
    const sqlite = new SqliteDatabase(':memory:');
    sqlite.exec(`create table deliveries (edition_id text, subscriber_id integer, status text, attempts integer, last_error text, updated_at text)`);
    sqlite.exec(`insert into deliveries values ('e', 1, 'queued', 0, null, 'then')`);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const repo = deliveryRepo(db, { database: sqlite, inTransaction: () => sqlite.inTransaction });
    let recording: Promise<void> | undefined;
    const rolledBack = db.transaction().execute(async (trx) => {
      await trx.selectFrom('deliveries').selectAll().execute();
      recording = repo.markSubmittedAll('e', [1], 'now');
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    await recording;
    expect(sqlite.prepare('select status, attempts, updated_at from deliveries').get()).toEqual({ status: 'submitted', attempts: 1, updated_at: 'now' });
    await db.destroy();
  });
});
