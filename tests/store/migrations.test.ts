/**
 * Migrations on real SQLite files: they run in name order on a new database,
 * re-opening runs nothing twice and keeps the data, and a migration merged from
 * a parallel branch (named before ones the database already ran) still runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dbFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-migrations-'));
  dirs.push(dir);
  return path.join(dir, 'digest.sqlite');
}

function read<T>(file: string, sql: string): T[] {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const ranNames = (file: string): string[] => read<{ name: string }>(file, 'SELECT name FROM kysely_migration ORDER BY rowid').map((r) => r.name);
const indexes = (file: string, table: string): string[] =>
  read<{ name: string }>(file, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' ORDER BY name`).map((r) => r.name);
const tables = (file: string): string[] => read<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);

describe('store migrations', () => {
  it('run every migration once, in name order, on a new database', async () => {
    const file = dbFile();
    await (await openStore(file)).close();
    const names = Object.keys(await migrationProvider.getMigrations()).sort();
    expect(names.length).toBeGreaterThan(3);
    expect(ranNames(file)).toEqual(names);
  });

  it('leave the deliveries one index by status, the one the send queue walks, so recording a delivery updates no twin', async () => {
    const file = dbFile();
    await (await openStore(file)).close();
    expect(indexes(file, 'deliveries').filter((name) => !name.startsWith('sqlite_autoindex'))).toEqual(['deliveries_queue', 'deliveries_sent_at']);
  });

  it('run nothing again when the database is opened a second time, and keep its rows', async () => {
    const file = dbFile();
    const first = await openStore(file);
    await first.subscribers.add({ email: 'kept@example.org', status: 'confirmed' }, '2026-12-01T08:00:00.000Z');
    await first.close();
    const before = ranNames(file);

    const second = await openStore(file);
    const found = await second.subscribers.byEmail('kept@example.org');
    await second.close();
    expect(found?.status).toBe('confirmed');
    expect(ranNames(file)).toEqual(before);
  });

  it('run a migration merged from another branch on a database that already ran later ones', async () => {
    const file = dbFile();
    const all = await migrationProvider.getMigrations();
    const merged = '002-delivery-schedule';
    const { [merged]: _left, ...others } = all;
    // The database as a branch without `merged` left it: every other migration ran.
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }) });
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => others } }).migrateToLatest();
    await db.destroy();
    expect(error).toBeUndefined();
    expect(ranNames(file)).not.toContain(merged);
    expect(tables(file)).not.toContain('schedule_runs');

    await (await openStore(file)).close();
    expect(ranNames(file).at(-1)).toBe(merged);
    expect(ranNames(file).slice().sort()).toEqual(Object.keys(all).sort());
    expect(tables(file)).toContain('schedule_runs');
  });
  it('keeps in the delivery indexes only the rows their queries read: queued for the send queue, submitted for the hourly cap', async () => {
    const file = dbFile();
    await (await openStore(file)).close();
    const sqlOf = (name: string) => read<{ sql: string }>(file, `SELECT sql FROM sqlite_master WHERE name = '${name}'`)[0]!.sql;
    expect(sqlOf('deliveries_queue')).toMatch(/\("edition_id", "subscriber_id"\) where "status" = 'queued'$/);
    expect(sqlOf('deliveries_sent_at')).toMatch(/\("updated_at"\) where "status" = 'submitted'$/);
    // The send queue's query (status a bound value, as Kysely writes it) still walks that index.
    const db = new SqliteDatabase(file, { readonly: true });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM deliveries WHERE edition_id = ? AND status = ? AND subscriber_id > ? ORDER BY subscriber_id LIMIT 10')
      .all('e', 'queued', 0) as { detail: string }[];
    db.close();
    expect(plan.map((r) => r.detail).join(' ')).toContain('USING INDEX deliveries_queue');
  });
});
