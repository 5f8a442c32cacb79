import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { DigestError } from '../domain/errors.js';
import { articleRepo, type ArticleRepo } from './article-repo.js';
import { deliveryRepo, type DeliveryRepo } from './delivery-repo.js';
import { editionRepo, type EditionRepo } from './edition-repo.js';
import { feedStateRepo, type FeedStateRepo } from './feed-state-repo.js';
import { lockRepo, type LockRepo } from './lock-repo.js';
import { migrationProvider } from './migrations.js';
import { scheduleRepo, type ScheduleRepo } from './schedule-repo.js';
import type { Database } from './schema.js';
import { subscriberRepo, type SubscriberRepo } from './subscriber-repo.js';

/** Everything the rest of the program may ask of the database. */
export interface Store {
  feedState: FeedStateRepo;
  articles: ArticleRepo;
  editions: EditionRepo;
  deliveries: DeliveryRepo;
  subscribers: SubscriberRepo;
  locks: LockRepo;
  schedule: ScheduleRepo;
  close(): Promise<void>;
}

/** Opens (creating and migrating as needed) the SQLite store at `file`. */
export async function openStore(file: string): Promise<Store> {
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  // Unordered: a migration merged from a parallel branch still runs on a database that ran later ones.
  const { error } = await new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new DigestError('STORE', `migration failed: ${(error as Error).message}`, { file }, { cause: error });
  }
  return {
    feedState: feedStateRepo(db),
    articles: articleRepo(db),
    editions: editionRepo(db),
    deliveries: deliveryRepo(db),
    subscribers: subscriberRepo(db),
    locks: lockRepo(db),
    schedule: scheduleRepo(db),
    close: () => db.destroy(),
  };
}
