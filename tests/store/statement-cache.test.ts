import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/store/statement-cache.js';

interface Db {
  t: { id: number; v: string };
}

describe('SQLite statements prepared once per SQL text', () => {
  let db: Kysely<Db>;
  let prepared: string[];
  const open = () => {
    const sqlite = new SqliteDatabase(':memory:');
    prepared = [];
    const counting = {
      close: () => sqlite.close(),
      prepare: (text: string) => {
        prepared.push(text);
        return sqlite.prepare(text);
      },
    };
    db = new Kysely<Db>({ dialect: new SqliteDialect({ database: withStatementCache(counting) }) });
    return db;
  };
  afterEach(async () => {
    await db.destroy();
  });

  it('runs the same query many times with its own values each time, preparing it once', async () => {
    open();
    await sql`create table t (id integer primary key, v text)`.execute(db);
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto('t')
        .values({ id: i, v: `v${i}` })
        .execute();
    for (const id of [2, 4]) expect(await db.selectFrom('t').select('v').where('id', '=', id).executeTakeFirst()).toEqual({ v: `v${id}` });
    await db.updateTable('t').set({ v: 'x' }).where('id', 'in', [1, 3]).execute();
    expect((await db.selectFrom('t').selectAll().orderBy('id').execute()).map((r) => r.v)).toEqual(['x', 'v2', 'x', 'v4', 'v5']);
    const inserts = prepared.filter((s) => s.startsWith('insert'));
    expect(inserts).toHaveLength(1);
  });

  it('a cached statement sees a column added after it was prepared', async () => {
    open();
    await sql`create table t (id integer primary key, v text)`.execute(db);
    await db.insertInto('t').values({ id: 1, v: 'a' }).execute();
    const all = () => db.selectFrom('t').selectAll().execute();
    expect(await all()).toEqual([{ id: 1, v: 'a' }]);
    await sql`alter table t add column w text default 'b'`.execute(db);
    expect(await all()).toEqual([{ id: 1, v: 'a', w: 'b' }]);
  });

  it('a query read whole and then streamed reads every row both ways', async () => {
    open();
    await sql`create table t (id integer primary key, v text)`.execute(db);
    await db
      .insertInto('t')
      .values([1, 2, 3].map((id) => ({ id, v: `v${id}` })))
      .execute();
    const query = db.selectFrom('t').select('id').orderBy('id');
    expect((await query.execute()).map((r) => r.id)).toEqual([1, 2, 3]);
    const streamed: number[] = [];
    for await (const row of query.stream()) streamed.push(row.id);
    expect(streamed).toEqual([1, 2, 3]);
    expect((await query.execute()).map((r) => r.id)).toEqual([1, 2, 3]);
  });
});
