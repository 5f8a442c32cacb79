/** The library face: what tests and embedding programs import. */
export * from './domain/index.js';
export { parseFeed } from './ingest/index.js';
export { extractArticle } from './extract/index.js';
export { summarizeArticle } from './summarize/index.js';
export { loadConfig } from './config/index.js';
export type { Config, LoadedConfig, DigestConfig } from './config/index.js';
export { createApp } from './main.js';
export type { App, AppOptions } from './main.js';
export { runDigest, previewEdition, offlinePages } from './pipeline/index.js';
export type { RunReport, Reporter, PipelinePorts, PageFetcher } from './pipeline/index.js';
