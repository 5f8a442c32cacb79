/**
 * Turns a DOM subtree into plain text paragraphs: every block element, list
 * item, heading and double <br> starts a new paragraph; inline whitespace is
 * collapsed the way a browser renders it.
 */

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);

/** A table is one paragraph: a line per row, cells separated by spaces. */
const CELL_TAGS = new Set(['TD', 'TH']);
const ROW_TAG = 'TR';

/** Never rendered as text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'LINK',
  'META',
  'TITLE',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = '';
  private pendingBreaks = 0;

  text(s: string): void {
    if (this.pendingBreaks > 0 && /\S/.test(s)) this.flushBreaks();
    this.current += s;
  }

  /** One <br>: a line break; two in a row: a paragraph break. */
  lineBreak(): void {
    this.pendingBreaks++;
  }

  paragraphBreak(): void {
    this.pendingBreaks = 0;
    const p = this.current
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    // Zero-width spaces and lone separators ("|", "—") are layout, not text.
    if (/[\p{L}\p{N}]/u.test(p)) this.paragraphs.push(p);
    this.current = '';
  }

  private flushBreaks(): void {
    const breaks = this.pendingBreaks;
    this.pendingBreaks = 0;
    if (breaks >= 2) this.paragraphBreak();
    else this.current += '\n';
  }
}

function walk(node: Node, out: ParagraphWriter, inPre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    out.text(inPre ? value : value.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.lineBreak();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.paragraphBreak();
  const pre = inPre || tag === 'PRE';
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out, pre);
  if (block) out.paragraphBreak();
  else if (tag === ROW_TAG) out.lineBreak();
  else if (CELL_TAGS.has(tag) || tag === 'IMG') out.text(' ');
}

/** Paragraphs of `root`, trimmed, in document order, each with at least one letter or digit. */
export function blockParagraphs(root: Node): string[] {
  const out = new ParagraphWriter();
  walk(root, out, false);
  out.paragraphBreak();
  return out.paragraphs;
}
