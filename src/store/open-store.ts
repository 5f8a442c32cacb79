import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DEFAULT_MIGRATION_TABLE, Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Dialect, type MigrationResultSet } from 'kysely';
import { DigestError, type ErrorLocation } from '../domain/errors.js';
import { withBackgroundCheckpoints } from './background-checkpoints.js';
import { articleRepo, type ArticleRepo } from './article-repo.js';
import { advisoryLocks, type AdvisoryLocks } from './advisory-lock.js';
import { deliveryClaims, type DeliveryClaims } from './delivery-claims.js';
import { deliveryRepo, type DeliveryRepo, type DirectSqlite } from './delivery-repo.js';
import { editionRepo, type EditionRepo } from './edition-repo.js';
import { feedStateRepo, type FeedStateRepo } from './feed-state-repo.js';
import { lockRepo, type LockRepo } from './lock-repo.js';
import { migrationProvider } from './migrations.js';
import { scheduleRepo, type ScheduleRepo } from './schedule-repo.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';
import { readerDataRepo, type ReaderDataRepo } from './reader-data-repo.js';
import { redactUrl } from './redact-url.js';
import { subscriberRepo, type SubscriberRepo } from './subscriber-repo.js';
import { webhookRepo, type WebhookRepo } from './webhook-repo.js';

/** Everything the rest of the program may ask of the database. */
export interface Store {
  /** The migrations this open applied (none when the schema was current), of how many the program knows. */
  migrations: { applied: string[]; known: number };
  feedState: FeedStateRepo;
  articles: ArticleRepo;
  editions: EditionRepo;
  deliveries: DeliveryRepo;
  subscribers: SubscriberRepo;
  /** A reader's own data: download and erasure. */
  readerData: ReaderDataRepo;
  locks: LockRepo;
  schedule: ScheduleRepo;
  webhooks: WebhookRepo;
  /** Queue mode: deliveries in batches, each claimed by the worker that sends it. */
  claims: DeliveryClaims;
  /** Locks across processes and machines: PostgreSQL only (null on SQLite, where the lease row serves). */
  advisoryLocks: AdvisoryLocks | null;
  close(): Promise<void>;
}

/** A postgres:// (or postgresql://) URL selects PostgreSQL; anything else is a SQLite file (or ':memory:'). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens (creating and migrating as needed) the store at `target`: a SQLite
 * file, or a PostgreSQL database by URL. Both run the same migrations and the
 * same repositories.
 */
export async function openStore(target: string): Promise<Store> {
  const postgres = isPostgresUrl(target);
  const where: ErrorLocation = postgres ? { url: redactUrl(target) } : { file: target };
  const sqlite = postgres ? null : sqliteDatabase(target);
  const db = new Kysely<Database>({ dialect: sqlite ? new SqliteDialect({ database: sqlite.database }) : await postgresDialect(target, where) });
  // Kysely looks for its migration tables in every schema it can see: name ours, or another schema's would count.
  const schema = postgres ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const known = Object.keys(await migrationProvider.getMigrations());
  // Most opens find every migration run: one query says so, where the Migrator reads the columns of every table first.
  const ran = await ranMigrations(db, schema);
  const { error, results } = known.every((name) => ran.has(name)) ? { error: undefined, results: [] } : await migrate(db, schema);
  if (error) {
    await db.destroy();
    throw new DigestError('STORE', `migration failed: ${(error as Error).message}`, where, { cause: error });
  }
  return {
    migrations: {
      applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
      known: known.length,
    },
    feedState: feedStateRepo(db),
    articles: articleRepo(db),
    editions: editionRepo(db),
    deliveries: deliveryRepo(db, sqlite ?? undefined),
    subscribers: subscriberRepo(db),
    readerData: readerDataRepo(db),
    locks: lockRepo(db),
    schedule: scheduleRepo(db),
    webhooks: webhookRepo(db),
    claims: deliveryClaims(db, postgres),
    advisoryLocks: postgres ? advisoryLocks(target) : null,
    close: () => db.destroy(),
  };
}

/** The names of the migrations this database ran (none when it has no migration table yet). */
async function ranMigrations(db: Kysely<Database>, schema: string | undefined): Promise<Set<string>> {
  const table = schema ? sql.id(schema, DEFAULT_MIGRATION_TABLE) : sql.id(DEFAULT_MIGRATION_TABLE);
  try {
    return new Set((await sql<{ name: string }>`select name from ${table}`.execute(db)).rows.map((r) => r.name));
  } catch {
    return new Set();
  }
}

function migrate(db: Kysely<Database>, schema: string | undefined): Promise<MigrationResultSet> {
  // Unordered: a migration merged from a parallel branch still runs on a database that ran later ones.
  return new Migrator({
    db,
    provider: migrationProvider,
    allowUnorderedMigrations: true,
    // Code-unit order, as Kysely sorts the migrations it is given; its default for the ones that ran,
    // localeCompare, sets up ICU collation (~7 ms of a command's start-up).
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    ...(schema && { migrationTableSchema: schema }),
  }).migrateToLatest();
}

/** The SQLite file (or ':memory:'), opened and set up, as Kysely's driver and the send loop's hot path use it. */
function sqliteDatabase(file: string): DirectSqlite {
  let sqlite: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    sqlite = new SqliteDatabase(file);
    // WAL lets the preview server read while a send writes; busy_timeout lets two processes take turns.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
  } catch (e) {
    throw new DigestError('STORE', `cannot open database: ${(e as Error).message}`, { file }, { cause: e });
  }
  // A file's WAL is checkpointed on a thread of its own (an in-memory database has none).
  const database = withStatementCache(file === ':memory:' ? sqlite : withBackgroundCheckpoints(sqlite, file));
  return { database, inTransaction: () => sqlite.inTransaction };
}

/** A pool on the database at `url`, tried once first so an unreachable server is one clear line at start. */
async function postgresDialect(url: string, where: ErrorLocation): Promise<Dialect> {
  // Loaded only here: a SQLite store never pays for the PostgreSQL client.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => {});
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new DigestError('STORE', `cannot reach PostgreSQL at ${where.url}: ${why}`, {}, { cause: e });
  }
  return new PostgresDialect({ pool });
}
