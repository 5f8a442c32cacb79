import { Redis } from 'ioredis';
import { DigestError } from '../domain/errors.js';
import { redactUrl } from '../store/index.js';

/**
 * Checked before queue mode starts: Redis answers, and never evicts keys.
 * An evicting Redis may drop a queued job or its lock under memory pressure,
 * and a dropped deliver job is readers who never get the edition.
 */
export async function checkRedis(url: string): Promise<void> {
  const shown = redactUrl(url);
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  client.on('error', () => {});
  try {
    try {
      await client.connect();
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new DigestError('STORE', `cannot reach Redis at ${shown}: ${why}`, {}, { cause: e });
    }
    // INFO works where CONFIG is renamed or disabled (managed Redis).
    const policy = /maxmemory_policy:(\S+)/.exec(await client.info('memory'))?.[1];
    if (policy && policy !== 'noeviction') {
      throw new DigestError(
        'CONFIG_INVALID',
        `Redis at ${shown} has maxmemory-policy ${policy}: it may evict queued jobs; set maxmemory-policy noeviction (redis-cli config set maxmemory-policy noeviction)`,
      );
    }
  } finally {
    client.disconnect();
  }
}
