import type { LoadedConfig } from '../../config/index.js';
import { editionContext } from '../../pipeline/index.js';
import type { Renderer } from '../../render/index.js';
import type { EditionRecord } from '../../store/index.js';

/** An edition as anyone may read it: the mail's HTML without an address, so without unsubscribe or preferences links. */
export interface WebCopy {
  subject: string;
  /** The whole mail document. */
  html: string;
}

export async function webCopy(renderer: Renderer, config: LoadedConfig, edition: EditionRecord): Promise<WebCopy> {
  const rendered = await renderer.renderEdition(edition.digest, editionContext(edition.digest, config));
  // With no address the templates leave the reader's block out (`{{#if reader.email}}`); the links must
  // still be URLs, and lead to the subscribe page should a template print them anyway.
  const home = `${config.publicUrl}/`;
  const mail = rendered.personalize({ email: '', name: null, unsubscribeUrl: home, preferencesUrl: home });
  return { subject: mail.subject, html: mail.html };
}

/** What is inside the document's <body>: the part a feed entry carries. */
export function bodyOf(document: string): string {
  const m = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(document);
  return (m ? m[1]! : document).trim();
}
