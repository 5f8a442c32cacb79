import type { IncomingMessage } from 'node:http';
import type { LoadedConfig } from '../config/index.js';
import type { Renderer } from '../render/index.js';
import type { EditionRepo } from '../store/index.js';
import type { SubscriptionService } from '../subscribers/index.js';
import type { Reply } from './http-response.js';

/** What every route may use. */
export interface ServerDeps {
  config: LoadedConfig;
  subscriptions: SubscriptionService;
  editions: EditionRepo;
  renderer: Renderer;
}

export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  /** Captured path segments, decoded. */
  params: string[];
  client: string;
  deps: ServerDeps;
}

export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the whole path; capture groups become params. */
  path: RegExp;
  /** Form posts from a browser must come from our own pages. */
  checkOrigin?: boolean;
  handle(ctx: RouteContext): Promise<Reply>;
}
