import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { LoadedConfig } from '../config/index.js';
import type { Renderer } from '../render/index.js';
import type { EditionRepo } from '../store/index.js';
import type { SubscriptionService } from '../subscribers/index.js';
import { pageText, type PageText } from '../i18n/index.js';

/** What every route may use. */
export interface ServerDeps {
  config: LoadedConfig;
  subscriptions: SubscriptionService;
  editions: EditionRepo;
  renderer: Renderer;
}

/** Hono's environment for the reader app: the node socket when there is one. */
export interface WebEnv {
  Bindings: Partial<HttpBindings>;
}

/** The page's words: the first of `?lang`, the reader's own language and Accept-Language that has a file. */
export function textFor(c: Context, deps: ServerDeps, readerLang?: string | null): PageText {
  return pageText(deps.renderer.labels, c.req.query('lang'), readerLang, c.req.header('accept-language'));
}
