import { DigestError } from '../../domain/errors.js';
import { startServer } from '../../server/index.js';
import { defineCommand } from '../command.js';
import { parsePort } from '../parse-port.js';
import { untilStopped } from '../stop-signal.js';

export const serve = defineCommand({
  name: 'serve',
  usage: '[--port N] [--host ADDRESS] [--smtp-port N]',
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    'smtp-port': { type: 'string' },
  },
  help: [
    '-p, --port N       HTTP port (default: config port, or PORT; 0 picks a free one)',
    '--host ADDRESS     address to listen on (default: 0.0.0.0)',
    '--smtp-port N      also take "subscribe"/"unsubscribe" mail for the request address on port N (default: config smtpPort)',
  ],
  async run(ctx) {
    const portArg = parsePort(ctx.values.port, 'port');
    const smtpArg = parsePort(ctx.values['smtp-port'], 'smtp-port');
    const { config, services } = await ctx.app();
    // With the demo secret anyone could forge unsubscribe and confirm links: only for this machine.
    if (config.secretIsDemo && !/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(config.publicUrl)) {
      throw new DigestError(
        'CONFIG_INVALID',
        `set DIGEST_SECRET (16+ characters) before serving ${config.publicUrl}: the built-in demo secret makes links forgeable`,
        { field: 'secret' },
      );
    }
    const server = await startServer(services, {
      port: portArg ?? config.port,
      host: ctx.values.host ?? '0.0.0.0',
      smtpPort: smtpArg ?? config.smtpPort,
    });
    ctx.stdout.write(`listening on ${server.url} (links in mail point to ${config.publicUrl})\n`);
    if (server.smtpPort !== null) ctx.stdout.write(`request address: SMTP on port ${server.smtpPort}\n`);
    await untilStopped();
    await server.close();
    return 0;
  },
});
