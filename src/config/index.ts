export { configSchema, WEEKDAYS } from './config-schema.js';
export type { Config, DigestConfig, LoadedConfig } from './config-schema.js';
export { loadConfig, DEFAULT_CONFIG_FILE } from './load-config.js';
export type { ConfigEnv } from './load-config.js';
export { BUNDLED_FEEDS_DIR, BUNDLED_TEMPLATES_DIR, STARTER_CONFIG_FILE } from './bundled-files.js';
