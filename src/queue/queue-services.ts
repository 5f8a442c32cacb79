import type { LoadedConfig } from '../config/index.js';
import type { PipelinePorts } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

/**
 * What queue mode works with: the pipeline's ports (a worker runs the same
 * steps a single process does), plus the whole config for the queue settings
 * and the store for what only queue mode asks of it (delivery claims,
 * advisory locks, the edition a deliver job sends).
 */
export type QueueServices = Omit<PipelinePorts, 'config'> & { config: LoadedConfig; store: Store };
