import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMjml } from '../../src/render/mjml-cache.js';
import { loadTemplate } from '../../src/render/template-source.js';

async function templateDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'render-mjml-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('Handlebars through MJML', () => {
  it('survives in text, in string attributes and in blocks wrapped in mj-raw', async () => {
    const dir = await templateDir({
      'mail.mjml': `<mjml lang="{{lang}}">
  <mj-body>
    <mj-raw>{{#each items}}</mj-raw>
    <mj-include path="parts/item.mjml" />
    <mj-raw>{{/each}}</mj-raw>
  </mj-body>
</mjml>`,
      'parts/item.mjml': `<mj-section><mj-column>
  <mj-text><a href="{{link}}" title="{{title}}">{{title}}</a></mj-text>
  <mj-button href="{{link}}">{{label}}</mj-button>
  <mj-image src="{{image}}" alt="{{title}}" href="{{link}}" />
</mj-column></mj-section>`,
    });
    const html = await compileMjml(await loadTemplate(dir, 'mail.mjml'), 'strict');
    expect(html).toContain('<html lang="{{lang}}"');
    expect(html).toContain('<a href="{{link}}" title="{{title}}">{{title}}</a>');
    expect(html).toMatch(/<a\s+href="\{\{link\}\}"[^>]*>\s*\{\{label\}\}\s*<\/a>/);
    expect(html).toMatch(/<img\s+alt="\{\{title\}\}"[^>]* src="\{\{image\}\}"/);
    expect(html.indexOf('{{#each items}}')).toBeLessThan(html.indexOf('{{title}}'));
    expect(html.indexOf('{{/each}}')).toBeGreaterThan(html.lastIndexOf('{{link}}'));
  });

  it('loses a block placed between components without mj-raw (why the templates wrap them)', async () => {
    const dir = await templateDir({
      'mail.mjml': '<mjml><mj-body>{{#each items}}<mj-section><mj-column><mj-text>{{title}}</mj-text></mj-column></mj-section>{{/each}}</mj-body></mjml>',
    });
    const html = await compileMjml(await loadTemplate(dir, 'mail.mjml'), 'soft');
    expect(html).toContain('{{title}}');
    expect(html).not.toContain('{{#each items}}');
  });

  it('maps an MJML error inside an included partial to that partial and line', async () => {
    const dir = await templateDir({
      'mail.mjml': '<mjml>\n<mj-body>\n<mj-include path="parts/bad.mjml" />\n</mj-body>\n</mjml>',
      'parts/bad.mjml': '<mj-section>\n<mj-column>\n<mj-text color="{{accent}}">x</mj-text>\n</mj-column>\n</mj-section>',
    });
    await expect(compileMjml(await loadTemplate(dir, 'mail.mjml'), 'strict')).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      where: { file: 'parts/bad.mjml', line: 3 },
    });
  });
});
