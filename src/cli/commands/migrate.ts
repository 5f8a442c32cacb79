import { defineCommand } from '../command.js';

export const migrate = defineCommand({
  name: 'migrate',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  help: [
    'Creates or updates the tables of the store (the SQLite file, or DATABASE_URL / store.url) and says what it applied.',
    'Every command does the same when it opens the store; this one does only that, for a deploy step.',
    '--json             one JSON object: {"applied":[names],"known":N}',
  ],
  async run(ctx) {
    const { migrations } = await ctx.store();
    if (ctx.values.json) ctx.stdout.write(JSON.stringify(migrations) + '\n');
    else if (migrations.applied.length === 0) ctx.stdout.write(`schema up to date (${migrations.known} migrations)\n`);
    else ctx.stdout.write(`applied ${migrations.applied.length} of ${migrations.known} migrations: ${migrations.applied.join(', ')}\n`);
    return 0;
  },
});
