import { createApp, type App } from '../../src/main.js';
import type { Reporter } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { writeTestConfig } from './test-config.js';

export interface Harness {
  app: App;
  dir: string;
  events: { name: string; fields: Record<string, unknown> }[];
  /** Adds confirmed readers; returns their ids. */
  readers(emails: string[], extra?: { timeZone?: string; sendAt?: string }): Promise<number[]>;
  /** Adds fresh articles, so the next run has something new to send. */
  articles(ids: string[]): Promise<void>;
}

/**
 * A real app (SQLite file, renderer, SMTP transport to `smtpUrl`) on a
 * throwaway folder, with articles put straight into the store so no feed is fetched.
 */
export async function sendHarness(smtpUrl: string, configLines: string[] = [], now?: () => Date, sharedDir?: string): Promise<Harness> {
  const { dir, config } = writeTestConfig(configLines, sharedDir);
  const events: Harness['events'] = [];
  const reporter: Reporter = {
    event: (name, fields = {}) => events.push({ name, fields }),
    warn: (name, fields = {}) => events.push({ name, fields }),
    progress: () => {},
  };
  const app = await createApp({
    configPath: config,
    cwd: dir,
    env: { SMTP_URL: smtpUrl, DIGEST_SECRET: 'deliver-test-secret-0123456789abcdef' },
    reporter,
    ...(now && { now }),
  });
  const clock = now ?? (() => new Date());
  return {
    app,
    dir,
    events,
    async readers(emails, extra = {}) {
      const ids: number[] = [];
      for (const email of emails)
        ids.push((await app.services.store.subscribers.add({ email, status: 'confirmed', ...extra }, clock().toISOString())).subscriber.id);
      return ids;
    },
    async articles(ids) {
      const at = clock().toISOString();
      await app.services.store.articles.add(
        ids.map((id) => ({ article: article(id, { published: at }), fingerprint: `fp-${id}`, bands: [] })),
        at,
      );
    },
  };
}
