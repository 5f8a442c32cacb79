import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { mjmlCacheSize } from '../../src/render/mjml-cache.js';
import { context, morningBrief, reader } from './fixtures/morning-brief.js';
import { editedTemplates, STORY_TITLE_LINE, templatesDir } from '../helpers/template-dir.js';

describe('a broken template stops the send and names the file and line', () => {
  it('Handlebars parse errors in a partial', async () => {
    const mismatched = await editedTemplates({ 'partials/footer.mjml': (old) => old.replace('{{t "unsubscribe"}}', '{{#if x}}{{t "unsubscribe"}}{{/each}}') });
    await expect(createRenderer({ templatesDir: mismatched })).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      where: { file: 'partials/footer.mjml', line: 7 },
    });
    const unclosed = await editedTemplates({ 'partials/story.mjml': (old) => old.replace('{{title}}</a>', '{{title</a>') });
    await expect(createRenderer({ templatesDir: unclosed })).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      where: { file: 'partials/story.mjml', line: STORY_TITLE_LINE },
    });
  });

  it('MJML strict validation error, at the line of the partial it sits in', async () => {
    // Handlebars in a typed attribute is the classic MJML trap.
    const dir = await editedTemplates({ 'partials/more-stories.mjml': (old) => old.replace('background-color="#b4461d"', 'background-color="{{accent}}"') });
    await expect(createRenderer({ templatesDir: dir, validation: 'strict' })).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      where: { file: 'partials/more-stories.mjml', line: 4 },
    });
    // Soft validation lets the same template through.
    await expect(createRenderer({ templatesDir: dir, validation: 'soft' })).resolves.toBeDefined();
  });

  it('unknown MJML element in the main template', async () => {
    const dir = await editedTemplates({ 'digest.mjml': (old) => old.replace('<mj-title>{{list.name}}</mj-title>', '<mj-titel>{{list.name}}</mj-titel>') });
    const err = await createRenderer({ templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'digest.mjml', line: 3 } });
    expect((err as Error).message).toContain('mj-titel');
  });

  it('a misspelt field fails at render, before any mail, instead of printing a blank', async () => {
    const dir = await editedTemplates({ 'digest.txt.hbs': (old) => old.replace('{{gistText}}', '{{gistTxt}}') });
    const renderer = await createRenderer({ templatesDir: dir });
    await expect(renderer.renderEdition(morningBrief, context)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'digest.txt.hbs' } });
  });

  it('a label no language defines fails at start and names the label, the file and the line', async () => {
    const dir = await editedTemplates({ 'partials/footer.mjml': (old) => old.replace('{{t "unsubscribe"}}', '{{t "unsubscibe"}}') });
    const err = await createRenderer({ templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'partials/footer.mjml', line: 7, field: 'unsubscibe' } });
    expect((err as Error).message).toContain('"unsubscibe"');
    // Inside a subexpression too.
    const sub = await editedTemplates({ 'subject.hbs': '{{truncate (t "subjcet" count=edition.storyCount) 80}}' });
    await expect(createRenderer({ templatesDir: sub })).rejects.toMatchObject({
      code: 'TEMPLATE_INVALID',
      where: { file: 'subject.hbs', line: 1, field: 'subjcet' },
    });
  });

  it('a missing template file or an include outside the folder', async () => {
    const missing = await editedTemplates({ 'digest.mjml': (old) => old.replace('partials/footer.mjml', 'partials/fotter.mjml') });
    await expect(createRenderer({ templatesDir: missing })).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'digest.mjml', line: 16 } });
    const outside = await editedTemplates({ 'digest.mjml': (old) => old.replace('partials/footer.mjml', '../../etc/passwd') });
    await expect(createRenderer({ templatesDir: outside })).rejects.toMatchObject({ code: 'TEMPLATE_INVALID' });
  });

  it('labels that are not valid JSON', async () => {
    const dir = await editedTemplates({ 'i18n/id.json': '{ "dir": "ltr", ' });
    await expect(createRenderer({ templatesDir: dir })).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'i18n/id.json' } });
  });
});

describe('the MJML compile cache', () => {
  it('compiles each template content once, and again when a template changes', async () => {
    await createRenderer({ templatesDir });
    const before = mjmlCacheSize();
    const again = await createRenderer({ templatesDir });
    expect(mjmlCacheSize()).toBe(before);
    const edited = await editedTemplates({ 'partials/header.mjml': (old) => old.replace('font-size:30px', 'font-size:32px') });
    const changed = await createRenderer({ templatesDir: edited });
    // The digest changed; the confirmation mail shares no edited partial and is reused.
    expect(mjmlCacheSize()).toBe(before + 1);
    const html = (await changed.renderEdition(morningBrief, context)).personalize(reader(1)).html;
    expect(html).toContain('font-size:32px');
    expect((await again.renderEdition(morningBrief, context)).personalize(reader(1)).html).toContain('font-size:30px');
  });
});
