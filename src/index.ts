/** The library face: what tests and embedding programs import. */
export * from './domain/index.js';
export { parseFeed } from './ingest/index.js';
