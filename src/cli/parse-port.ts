import { DigestError } from '../domain/errors.js';

/** A port option: undefined when not given, 0 to 65535 otherwise (0 picks a free one). */
export function parsePort(raw: unknown, option: string): number | undefined {
  if (raw === undefined) return undefined;
  const text = String(raw);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new DigestError('USAGE', `--${option} must be a number from 0 to 65535, got "${text}"`, { field: option });
  return port;
}
