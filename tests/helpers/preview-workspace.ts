import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConfigEnv } from '../../src/config/index.js';
import { createApp, readConfig, type App } from '../../src/main.js';
import { offlinePages } from '../../src/pipeline/index.js';
import { startPreviewServer, type PreviewServer, type PreviewSession, type PreviewState } from '../../src/server/preview/index.js';

export const root = path.resolve(import.meta.dirname, '../..');

/** A temp project: a config file, a copy of templates/, a SQLite file; the repo's feed list unless told otherwise. */
export interface Workspace {
  dir: string;
  configPath: string;
  templatesDir: string;
  writeConfig(extra?: string[]): Promise<void>;
  remove(): Promise<void>;
}

export async function makeWorkspace(o: { feedsFile?: string; maxStories?: number } = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nd-preview-'));
  const templatesDir = path.join(dir, 'templates');
  await cp(path.join(root, 'templates'), templatesDir, { recursive: true });
  const configPath = path.join(dir, 'news-digest.yaml');
  const ws: Workspace = {
    dir,
    configPath,
    templatesDir,
    async writeConfig(extra = []) {
      await writeFile(
        configPath,
        [
          `feedsFile: ${JSON.stringify(o.feedsFile ?? path.join(root, 'feeds/feeds.yaml'))}`,
          'templatesDir: templates',
          'databasePath: digest.sqlite',
          'outboxDir: outbox',
          'from: "Morning Brief <brief@news.example.org>"',
          'publicUrl: https://news.example.org',
          'demoSubscriber: reader@example.org',
          'digests:',
          '  - key: daily',
          '    name: Morning Brief',
          '    lang: en',
          '    maxAgeDays: 3650',
          ...extra,
        ].join('\n') + '\n',
      );
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await ws.writeConfig([`    maxStories: ${o.maxStories ?? 3}`]);
  return ws;
}

export interface RunningPreview {
  app: App;
  server: PreviewServer;
  close(): Promise<void>;
}

/** The app as the CLI builds it, pages never fetched (the demo feeds carry full text), and the preview server on a free port. */
export async function startPreview(ws: Workspace, env: ConfigEnv = {}): Promise<RunningPreview> {
  const appOptions = { configPath: ws.configPath, cwd: ws.dir, env };
  const app = await createApp({ ...appOptions, fetchPage: offlinePages });
  const server = await startPreviewServer({
    services: app.services,
    loadConfig: () => readConfig(appOptions),
    rebuild: app.rebuildPreview,
    port: 0,
    fetchFirst: true,
    debounceMs: 30,
  });
  return {
    app,
    server,
    async close() {
      await server.close();
      await app.close();
    },
  };
}

/** The next finished build that satisfies `accept`. */
export function nextUpdate(session: PreviewSession, accept: (s: PreviewState) => boolean = () => true): Promise<PreviewState> {
  return new Promise((resolve) => {
    const on = (s: PreviewState) => {
      if (!accept(s)) return;
      session.off('update', on);
      resolve(s);
    };
    session.on('update', on);
  });
}
