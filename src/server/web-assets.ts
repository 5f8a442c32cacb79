import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_TEMPLATES_DIR } from '../config/index.js';
import { DigestError } from '../domain/errors.js';

/**
 * A file of the web pages (stylesheets, the preview's page and script) from
 * `templates/web/`: the project's own copy when it has one, so an operator can
 * restyle the pages, else the one the package ships.
 */
export async function readWebAsset(templatesDir: string, name: string): Promise<string> {
  for (const dir of [templatesDir, BUNDLED_TEMPLATES_DIR]) {
    try {
      return await readFile(path.join(dir, 'web', name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new DigestError('TEMPLATE_INVALID', `cannot read ${path.join(dir, 'web', name)}`, { file: path.join(dir, 'web', name) }, { cause: e });
    }
  }
  throw new DigestError('TEMPLATE_INVALID', `no web/${name} in ${templatesDir} or in the package's templates`, { file: path.join(templatesDir, 'web', name) });
}
