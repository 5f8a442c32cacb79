import { afterEach, describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import { createApp, type App } from '../../src/main.js';
import { offlinePages, runDigest, type DigestLock, type PipelinePorts } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { writeTestConfig } from '../helpers/test-config.js';

/** A lock that hands `fn` a signal already aborted: the lease was lost before the run began. */
const lostAtOnce: DigestLock = {
  withLock: (_key, fn) => fn(AbortSignal.abort()),
};

describe('runDigest through the DigestLock port', () => {
  let app: App;
  const warnings: string[] = [];
  afterEach(async () => {
    warnings.length = 0;
    await app.close();
  });

  /** An app mailing to its outbox, one confirmed reader, two new articles. */
  async function ready(): Promise<PipelinePorts> {
    const { dir, config } = writeTestConfig(['digests:', '  - { key: daily, name: Daily }']);
    app = await createApp({ configPath: config, cwd: dir, env: {}, reporter: { event() {}, progress() {}, warn: (name) => warnings.push(name) } });
    const at = new Date().toISOString();
    await app.services.store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, at);
    await app.services.store.articles.add(
      ['a1', 'a2'].map((id) => ({ article: article(id, { published: at }), fingerprint: `fp-${id}`, bands: [] })),
      at,
    );
    return { ...app.pipeline, fetchPage: offlinePages };
  }

  it('runs the digest under its key and sends when the lock is had', async () => {
    const ports = await ready();
    const keys: string[] = [];
    const r = await runDigest(
      app.config.digests[0]!,
      { ...ports, lock: { withLock: (key, fn) => (keys.push(key), fn(new AbortController().signal)) } },
      { noFetch: true },
    );
    expect(keys).toEqual(['daily']);
    expect(r.outcome).toBe('sent');
    expect(r.send?.submitted).toBe(1);
  });

  it('a digest held elsewhere builds and freezes nothing: the LOCKED error goes up', async () => {
    const ports = await ready();
    const held: DigestLock = {
      withLock: () => Promise.reject(new DigestError('LOCKED', 'digest "daily" is being sent by another process')),
    };
    await expect(runDigest(app.config.digests[0]!, { ...ports, lock: held }, { noFetch: true })).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await app.services.store.editions.list('daily')).toEqual([]);
  });

  it('a lost lock stops the run before it freezes an edition, and says so', async () => {
    const ports = await ready();
    const r = await runDigest(app.config.digests[0]!, { ...ports, lock: lostAtOnce }, { noFetch: true });
    expect(r.editionId).toBeNull();
    expect(warnings).toEqual(['lock-lost']);
    expect(await app.services.store.editions.list('daily')).toEqual([]);
  });

  it('a dry run takes no lock', async () => {
    const ports = await ready();
    const refusing: DigestLock = { withLock: () => Promise.reject(new Error('a dry run must not ask for the lock')) };
    const r = await runDigest(app.config.digests[0]!, { ...ports, lock: refusing }, { noFetch: true, dryRun: true });
    expect(r.outcome).toBe('dry-run');
  });
});
