import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ScheduleRepo {
  /**
   * The last scheduled tick a digest ran for, or the instant the scheduler first
   * saw it (catch-up counts from there), or null before either.
   */
  lastTick(digestKey: string): Promise<string | null>;
  /** Records that the tick at `tick` ran (at `at`); an older tick never overwrites a newer one. */
  markTick(digestKey: string, tick: string, at: string): Promise<void>;
}

export function scheduleRepo(db: Kysely<Database>): ScheduleRepo {
  return {
    async lastTick(digestKey) {
      const row = await db.selectFrom('schedule_runs').select('last_tick_at').where('digest_key', '=', digestKey).executeTakeFirst();
      return row?.last_tick_at ?? null;
    },
    async markTick(digestKey, tick, at) {
      await db
        .insertInto('schedule_runs')
        .values({ digest_key: digestKey, last_tick_at: tick, ran_at: at })
        .onConflict((oc) => oc.column('digest_key').doUpdateSet({ last_tick_at: tick, ran_at: at }).where('schedule_runs.last_tick_at', '<', tick))
        .execute();
    },
  };
}
