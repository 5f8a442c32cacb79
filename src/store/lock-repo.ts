import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface LockRepo {
  /**
   * Takes the named lock for `holder` until `expiresAt`, or renews it when the
   * holder already has it. False when someone else holds an unexpired lock.
   */
  acquire(name: string, holder: string, now: string, expiresAt: string): Promise<boolean>;
  /** Who holds the named lock, or null when nobody does. */
  holder(name: string): Promise<string | null>;
  /** Takes the lock over from `from` (known to be dead); false when it changed hands meanwhile. */
  takeOver(name: string, from: string, holder: string, expiresAt: string): Promise<boolean>;
  release(name: string, holder: string): Promise<void>;
}

export function lockRepo(db: Kysely<Database>): LockRepo {
  return {
    async acquire(name, holder, now, expiresAt) {
      // One statement, so two processes racing on the same SQLite file cannot both win.
      const r = await db
        .insertInto('locks')
        .values({ name, holder, expires_at: expiresAt })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder, expires_at: expiresAt })
            .where((eb) => eb.or([eb('locks.holder', '=', holder), eb('locks.expires_at', '<', now)])),
        )
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async holder(name) {
      const row = await db.selectFrom('locks').select('holder').where('name', '=', name).executeTakeFirst();
      return row?.holder ?? null;
    },
    async takeOver(name, from, holder, expiresAt) {
      const r = await db.updateTable('locks').set({ holder, expires_at: expiresAt }).where('name', '=', name).where('holder', '=', from).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async release(name, holder) {
      await db.deleteFrom('locks').where('name', '=', name).where('holder', '=', holder).execute();
    },
  };
}
