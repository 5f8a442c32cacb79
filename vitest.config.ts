import { defineConfig } from 'vitest/config';

/**
 * Suites with real outside parts (SMTP servers, Chromium, SpamAssassin, PostgreSQL,
 * Redis, child processes, the ../shared corpora): `npm run test:integration`.
 * Everything else is the fast `unit` project (`npm run test:unit`).
 */
const integration = [
  'tests/browser/**/*.test.ts',
  'tests/integration/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/server/**/*.test.ts',
  'tests/preview/preview-*.test.ts',
  'tests/pipeline/!(story-text|page-fetcher|lock-port).test.ts',
  'tests/deliver/{clean-data,smtp-connection,smtp-faults,smtp-pool}.test.ts',
  'tests/render/{browser,spam,story-images}.test.ts',
  'tests/i18n/browser-*.test.ts',
  'tests/ingest/{hostile-server,fetch-feeds,entity-expansion}.test.ts',
  'tests/schedule/{run-command,scheduler}.test.ts',
  'tests/subscribers/{reader-time,subscribers-cli}.test.ts',
  'tests/store/postgres*.test.ts',
  'tests/store/background-checkpoints.test.ts',
  'tests/queue/**/*.test.ts',
  'tests/webhooks/**/*.test.ts',
  'tests/**/corpus.test.ts',
  'tests/summarize/seed.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start real servers and Chromium; two cores are all we have.
    maxWorkers: 2,
    // Commands spawned by tests run the sources, never a dist/ built before the last edit.
    env: { NEWS_DIGEST_FROM_SOURCES: '1' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: integration } },
      { extends: true, test: { name: 'integration', include: integration } },
    ],
  },
});
