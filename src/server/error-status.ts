import { HTTPException } from 'hono/http-exception';
import { DigestError } from '../domain/errors.js';

export type ErrorStatus = 400 | 403 | 404 | 405 | 413 | 415 | 421 | 500;

/**
 * The one mapping from a thrown error to an HTTP status, for both servers
 * (each `app.onError` renders it its own way: a page or JSON). Bad input a
 * handler refuses is 400; anything unforeseen is 500.
 */
export function errorStatus(e: unknown): ErrorStatus {
  if (e instanceof HTTPException) return e.status as ErrorStatus;
  if (e instanceof DigestError && e.code === 'INPUT_INVALID') return 400;
  return 500;
}

/** 405 for a path that exists under other methods, with the methods it takes. */
export class MethodNotAllowed extends HTTPException {
  constructor(readonly allow: readonly string[]) {
    super(405, { message: 'method not allowed' });
  }
}
