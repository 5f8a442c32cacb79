import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { readConfig } from '../../main.js';
import { startDevSmtpServer } from '../../server/index.js';
import { defineCommand } from '../command.js';
import { parsePort } from '../parse-port.js';
import { untilStopped } from '../stop-signal.js';

const DEFAULT_PORT = 1025;

export const devSmtp = defineCommand({
  name: 'dev-smtp',
  usage: '[--port N]',
  options: { port: { type: 'string', short: 'p' } },
  help: [`-p, --port N       listen on 127.0.0.1:N (default ${DEFAULT_PORT}; 0 picks a free port)`],
  async run(ctx) {
    const port = parsePort(ctx.values.port, 'port') ?? DEFAULT_PORT;
    const { outboxDir } = readConfig(ctx.appOptions);
    const server = await startDevSmtpServer({
      port,
      host: '127.0.0.1',
      outboxDir,
      onMail: (m) => ctx.stdout.write(`dev-smtp: "${m.subject}" to ${m.to.join(', ')} -> ${m.file}\n`),
      warn: (name, fields) => ctx.reporter.warn(name, fields),
    });
    const url = `smtp://127.0.0.1:${server.port}`;
    ctx.stdout.write(`dev-smtp: listening on ${url}; mail goes to ${pathToFileURL(path.join(outboxDir, 'index.html')).href}\n`);
    ctx.stderr.write(`dev-smtp: in another terminal: SMTP_URL=${url} npx news-digest send --to you@example.org; Ctrl-C stops\n`);
    await untilStopped();
    await server.close();
    return 0;
  },
});
