import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface LockRepo {
  /**
   * Takes the named lock for `holder` until `expiresAt`, or renews it when the
   * holder already has it. False when someone else holds an unexpired lock.
   */
  acquire(name: string, holder: string, now: string, expiresAt: string): Promise<boolean>;
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
    async release(name, holder) {
      await db.deleteFrom('locks').where('name', '=', name).where('holder', '=', holder).execute();
    },
  };
}
