// Layering rules, checked by `npm run lint:deps` (part of `npm test`).
// The stages run in this order and only src/pipeline/ chains them.
const stages = '(ingest|extract|summarize|compose|render|deliver)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'stage-imports-stage',
      comment: 'A stage never imports another stage; src/pipeline/ calls them in order.',
      severity: 'error',
      from: { path: `^src/${stages}/` },
      to: { path: `^src/${stages}/`, pathNot: '^src/$1/' },
    },
    {
      name: 'lower-layer-imports-entry',
      comment: 'cli/, server/ and schedule/ sit on top: nothing below them imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|server|schedule|main\\.ts$|index\\.ts$)' },
      to: { path: '^src/(cli|server|schedule)/' },
    },
    {
      name: 'command-runs-stages',
      comment: 'A command calls one pipeline or library function; it never runs extract, summarize, compose or render itself.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(extract|summarize|compose|render)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'time-is-a-leaf',
      comment: 'src/time/ (wall-clock time in zones) is used by the pipeline and the scheduler; it imports nothing but domain/.',
      severity: 'error',
      from: { path: '^src/time/' },
      to: { path: '^src/', pathNot: '^src/(time|domain)/' },
    },
    {
      name: 'sql-outside-store',
      comment: 'SQL lives in src/store/ only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '(^|/)node_modules/(@types/)?(kysely|better-sqlite3|pg|pg-[^/]+)/' },
    },
    {
      name: 'smtp-outside-deliver',
      comment: 'Only the deliver stage talks SMTP.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/deliver/' },
      to: { path: '(^|/)node_modules/(@types/)?nodemailer/' },
    },
    {
      name: 'queue-outside-queue',
      comment: 'Only the queue folder knows BullMQ and Redis.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/queue/' },
      to: { path: '(^|/)node_modules/(bullmq|ioredis)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
    },
  },
};
