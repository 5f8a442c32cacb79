import type { DigestConfig, LoadedConfig } from '../config/index.js';
import { DigestError } from '../domain/errors.js';
import type { Store } from '../store/index.js';

/** The digests a `--digest KEY` option selects: all of them when it is not given. */
export function pickDigests(config: LoadedConfig, key: string | undefined): DigestConfig[] {
  if (!key) return config.digests;
  const d = config.digests.find((x) => x.key === key);
  if (!d) throw new DigestError('USAGE', `no digest "${key}" in the config (have: ${config.digests.map((x) => x.key).join(', ')})`);
  return [d];
}

/** The digests to preview: with `--edition ID` and no `--digest`, the digest that edition belongs to. */
export async function digestsToShow(config: LoadedConfig, store: Store, key: string | undefined, editionId: string | undefined): Promise<DigestConfig[]> {
  if (editionId === undefined || key !== undefined) return pickDigests(config, key);
  const found = await store.editions.get(editionId);
  if (!found) throw new DigestError('NOT_FOUND', `no edition "${editionId}" in the archive`, { field: 'edition' });
  return pickDigests(config, found.digestKey);
}
