import { spawn } from 'node:child_process';

/** The command that opens a URL in the default browser on each platform. */
const OPENERS: Partial<Record<NodeJS.Platform, (url: string) => [string, string[]]>> = {
  darwin: (url) => ['open', [url]],
  // `start` is a cmd built-in; the empty string is the window title it expects first.
  win32: (url) => ['cmd', ['/c', 'start', '""', url]],
};

/** Opens `url` with the platform's opener; resolves false when there is none to run. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [command, args] = (OPENERS[platform] ?? ((u: string) => ['xdg-open', [u]]))(url);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}
