import { mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Every store test runs on both engines. */
export const ENGINES = ['sqlite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** The PostgreSQL server the tests use (trust auth on loopback, database `test`). */
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface FreshDatabase {
  /** What openStore takes: a SQLite file path or a PostgreSQL URL. */
  target: string;
  drop(): Promise<void>;
}

/** An empty database on `engine`: a new SQLite file, or a new schema of its own on the PostgreSQL server. */
export async function freshDatabase(engine: Engine): Promise<FreshDatabase> {
  if (engine === 'sqlite') return { target: path.join(mkdtempSync(path.join(tmpdir(), 'nd-store-')), 'db.sqlite'), drop: async () => {} };
  const schema = `nd_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { target: url.toString(), drop: () => admin(`drop schema ${schema} cascade`) };
}
