import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../helpers/store-engines.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe.each(ENGINES)('migrate on %s', (engine) => {
  let db: FreshDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
  });

  it('applies every migration to an empty store once, then finds the schema up to date', async () => {
    db = await freshDatabase(engine);
    // SQLite is the config's file; PostgreSQL comes from the environment, as an operator sets it.
    const sqlite = engine === 'sqlite';
    const { dir, config } = writeTestConfig([...(sqlite ? [`databasePath: ${JSON.stringify(db.target)}`] : []), 'digests:', '  - { key: daily, name: Daily }']);
    const env = sqlite ? {} : { DATABASE_URL: db.target };
    const run = (...args: string[]) => cli(['migrate', ...args, '--config', config], { env, cwd: dir });
    const first = await run('--json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const { applied, known } = JSON.parse(first.stdout) as { applied: string[]; known: number };
    expect(applied).toHaveLength(known);
    expect(applied).toEqual([...applied].sort());
    const second = await run();
    expect(second.stdout).toBe(`schema up to date (${known} migrations)\n`);
  });
});
