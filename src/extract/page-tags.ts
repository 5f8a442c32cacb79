/**
 * The tags a page has about itself (<meta>, <link>, <title>, the first <h1>),
 * gathered in one walk of the document. A querySelector per tag compiled its
 * selector and walked the page again each time, and a tag the page lacks
 * (most pages have no twitter:image or content-language) cost a walk of all of it.
 */
export interface PageTags {
  /**
   * The content of the first <meta> whose `attr` is `value`, as
   * `meta[attr="value"]` selects it (`ignoreCase`: `meta[attr="value" i]`).
   */
  meta(attr: string, value: string, ignoreCase?: boolean): string | null;
  /** The href of the first <link rel="canonical"> (rel compares without case, as in a selector). */
  canonical: string | null;
  title: Element | undefined;
  h1: Element | undefined;
}

export function pageTags(doc: Document): PageTags {
  const metas: Element[] = [];
  let link: Element | undefined;
  let title: Element | undefined;
  let h1: Element | undefined;
  for (const el of Array.from(doc.querySelectorAll('meta,link,title,h1'))) {
    switch (el.localName) {
      case 'meta':
        metas.push(el);
        break;
      case 'link':
        link ??= el.getAttribute('rel')?.toLowerCase() === 'canonical' ? el : undefined;
        break;
      case 'title':
        title ??= el;
        break;
      default:
        h1 ??= el;
    }
  }
  return {
    meta(attr, value, ignoreCase = false) {
      const el = metas.find((m) => {
        const v = m.getAttribute(attr);
        return ignoreCase ? v?.toLowerCase() === value.toLowerCase() : v === value;
      });
      return el?.getAttribute('content') ?? null;
    },
    canonical: link?.getAttribute('href') ?? null,
    title,
    h1,
  };
}
