import type { DigestConfig, LoadedConfig } from '../config/index.js';
import { DigestError } from '../domain/errors.js';

/** The digests a `--digest KEY` option selects: all of them when it is not given. */
export function pickDigests(config: LoadedConfig, key: string | undefined): DigestConfig[] {
  if (!key) return config.digests;
  const d = config.digests.find((x) => x.key === key);
  if (!d) throw new DigestError('USAGE', `no digest "${key}" in the config (have: ${config.digests.map((x) => x.key).join(', ')})`);
  return [d];
}
