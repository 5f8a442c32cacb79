import { decodeHTML } from 'entities';
import { DigestError } from '../domain/errors.js';
import { fixC1CodePoint } from './control-characters.js';

/** An element of a leniently parsed XML document. */
export interface XmlElement {
  /** Qualified name as written, e.g. "dc:creator". */
  name: string;
  /** Local name, lower case (feeds in the wild mix cases). */
  local: string;
  /** Namespace URI ('' when none). */
  ns: string;
  /** Attributes by qualified name as written. */
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement | null;
  /** Faults met on the way (unclosed tags, stray text, bad entities): non-empty means "not well-formed". */
  faults: string[];
}

// Maps, not objects: a reference named `&constructor;` must not find Object's prototype.
const XML_ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }));
// HTML 4 meanings, which feeds were written against (HTML 5 remapped these two).
const HTML4_ENTITIES = new Map(Object.entries({ lang: '\u2329', rang: '\u232a' }));

/** The most references to DTD-declared entities one document may make. */
const MAX_DECLARED_REFERENCES = 10_000;
/** DTD entities may expand a document to this many times its size (floor: 64 KiB of input)... */
const EXPANSION_FACTOR = 4;
const EXPANSION_FLOOR = 64 * 1024;
/** ...and never past the fetch limit. */
export const DEFAULT_MAX_EXPANDED_CHARS = 5_000_000;

/**
 * Entities declared in a document's internal DTD subset, and what their
 * references may still expand to. Declared values are not expanded again, so
 * nesting cannot grow exponentially; one big value referenced many times still
 * grows quadratically, which the budget stops.
 */
export class DeclaredEntities {
  private readonly values = new Map<string, string>();
  private charsLeft: number;
  private referencesLeft = MAX_DECLARED_REFERENCES;

  constructor(private readonly maxChars: number) {
    this.charsLeft = maxChars;
  }

  /** As XML says, the first declaration of a name wins. */
  define(name: string, value: string): void {
    if (!this.values.has(name)) this.values.set(name, value);
  }

  /** The value of a reference, spent from the budget; past it, the document is refused. */
  expand(name: string): string | undefined {
    const value = this.values.get(name);
    if (value === undefined) return undefined;
    if (--this.referencesLeft < 0) {
      throw new DigestError('FEED_PARSE', `refused: more than ${MAX_DECLARED_REFERENCES} references to entities declared in the DTD`);
    }
    this.charsLeft -= value.length;
    if (this.charsLeft < 0) {
      throw new DigestError('FEED_PARSE', `refused: entities declared in the DTD expand past ${this.maxChars} characters`);
    }
    return value;
  }
}

/** The expansion budget for a document of `inputLength` characters. */
export function expansionBudget(inputLength: number, maxChars = DEFAULT_MAX_EXPANDED_CHARS): number {
  return Math.min(EXPANSION_FACTOR * Math.max(inputLength, EXPANSION_FLOOR), maxChars);
}

/**
 * Decodes character and entity references. XML's five and numeric ones always;
 * HTML's named ones too, since feeds use `&nbsp;` and `&eacute;` without declaring
 * them; entities declared in the internal DTD subset; unknown names stay as written.
 */
export function decodeEntities(s: string, declared?: DeclaredEntities): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9._-]*);?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      if (!whole.endsWith(';')) return whole;
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(fixC1CodePoint(cp)) : '\ufffd';
    }
    if (!whole.endsWith(';')) return whole;
    const own = XML_ENTITIES.get(ref) ?? declared?.expand(ref) ?? HTML4_ENTITIES.get(ref);
    if (own !== undefined) return own;
    const html = decodeHTML(whole);
    return html === whole ? whole : html;
  });
}

const NAME = /[^\s/>=]+/y;
/** Deeper nesting is flattened: no feed needs it, and it keeps recursion and closing-tag search bounded. */
const MAX_DEPTH = 512;
const SPACE = /\s*/y;

/**
 * Hand-written on purpose: htmlparser2's XML mode, measured in its place, gave
 * the same feedparser-corpus output but a quadratic open-element stack (200,000
 * unclosed tags: 34 s against 1 s here) and slower parsing.
 *
 * A forgiving XML parser: it never loops, whatever the input, and throws only
 * a FEED_PARSE error when DTD entities would expand past `maxExpandedChars`
 * (see expansionBudget). Mis-nested and unclosed tags are closed at the nearest
 * matching ancestor, stray `<` and `&` become text, and every fault is
 * recorded. `knownPrefixes` gives the namespace of prefixes a document uses
 * without declaring them.
 */
export function parseXml(input: string, knownPrefixes: Record<string, string> = {}, maxExpandedChars = expansionBudget(input.length)): XmlDocument {
  const faults: string[] = [];
  const declared = new DeclaredEntities(maxExpandedChars);
  const top: XmlElement = { name: '#document', local: '#document', ns: '', attrs: {}, children: [] };
  const stack: { el: XmlElement; nsMap: Record<string, string> }[] = [{ el: top, nsMap: { ...knownPrefixes, xml: 'http://www.w3.org/XML/1998/namespace' } }];
  let i = 0;
  const n = input.length;
  let text = '';

  const flushText = () => {
    if (!text) return;
    const t = decodeEntities(text, declared);
    const parent = stack[stack.length - 1]!.el;
    if (parent === top) {
      if (t.trim()) faults.push('text outside the root element');
    } else {
      const last = parent.children[parent.children.length - 1];
      if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
      else parent.children.push(t);
    }
    text = '';
  };
  const pushRaw = (s: string) => {
    const parent = stack[stack.length - 1]!.el;
    if (parent === top) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + s;
    else parent.children.push(s);
  };

  while (i < n) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      text += input.slice(i);
      break;
    }
    text += input.slice(i, lt);
    i = lt;
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (input.startsWith('<![CDATA[', i)) {
      flushText();
      const end = input.indexOf(']]>', i + 9);
      if (end < 0) faults.push('unclosed CDATA section');
      pushRaw(input.slice(i + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (input.startsWith('<?', i)) {
      const end = input.indexOf('?>', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (input.startsWith('<!', i)) {
      i = skipDeclaration(input, i, declared);
      continue;
    }
    if (input[i + 1] === '/') {
      const m = /<\/\s*([^\s>]+)\s*>?/y;
      m.lastIndex = i;
      const r = m.exec(input);
      if (!r) {
        text += '<';
        i++;
        faults.push('stray "</"');
        continue;
      }
      flushText();
      i = m.lastIndex;
      closeTag(r[1]!);
      continue;
    }
    NAME.lastIndex = i + 1;
    const nm = /[A-Za-z_:]/.test(input[i + 1] ?? '') ? NAME.exec(input) : null;
    if (!nm) {
      text += '<';
      i++;
      faults.push('stray "<"');
      continue;
    }
    flushText();
    const tagName = nm[0];
    let j = NAME.lastIndex;
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      SPACE.lastIndex = j;
      SPACE.exec(input);
      j = SPACE.lastIndex;
      if (j >= n) break;
      const c = input[j];
      if (c === '>') {
        j++;
        break;
      }
      if (c === '/' && input[j + 1] === '>') {
        selfClosing = true;
        j += 2;
        break;
      }
      if (c === '<') {
        faults.push(`unclosed start tag <${tagName}>`);
        break;
      }
      NAME.lastIndex = j;
      const an = NAME.exec(input);
      if (!an) {
        j++;
        continue;
      }
      j = NAME.lastIndex;
      SPACE.lastIndex = j;
      SPACE.exec(input);
      let value = '';
      if (input[SPACE.lastIndex] === '=') {
        j = SPACE.lastIndex + 1;
        SPACE.lastIndex = j;
        SPACE.exec(input);
        j = SPACE.lastIndex;
        const q = input[j];
        if (q === '"' || q === "'") {
          const end = input.indexOf(q, j + 1);
          value = input.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          const m = /[^\s>]*/y;
          m.lastIndex = j;
          value = m.exec(input)![0];
          j = m.lastIndex;
        }
      }
      attrs[an[0]] = decodeEntities(value, declared).replace(/[\t\n\r]/g, ' ');
    }
    i = j;
    if (openTag(tagName, attrs) && selfClosing) stack.pop();
  }
  flushText();
  if (stack.length > 1) faults.push(`unclosed element <${stack[stack.length - 1]!.el.name}>`);
  const roots = top.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (roots.length > 1) faults.push('more than one root element');
  return { root: roots[0] ?? null, faults };

  /** Returns whether the element was pushed on the stack. */
  function openTag(name: string, attrs: Record<string, string>): boolean {
    const parentMap = stack[stack.length - 1]!.nsMap;
    let nsMap = parentMap;
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (nsMap === parentMap) nsMap = { ...parentMap };
        nsMap[k === 'xmlns' ? '' : k.slice(6)] = v.trim();
      }
    }
    const colon = name.indexOf(':');
    const prefix = colon > 0 ? name.slice(0, colon) : '';
    const local = (colon > 0 ? name.slice(colon + 1) : name).toLowerCase();
    // Namespace URIs compared case-insensitively: feeds write the iTunes one both ways.
    const el: XmlElement = { name, local, ns: (nsMap[prefix] ?? prefix).toLowerCase(), attrs, children: [] };
    if (stack.length === 1 && top.children.some((c) => typeof c !== 'string')) faults.push('more than one root element');
    stack[stack.length - 1]!.el.children.push(el);
    if (stack.length < MAX_DEPTH) {
      stack.push({ el, nsMap });
      return true;
    }
    faults.push('elements nested too deeply');
    return false;
  }

  function closeTag(name: string) {
    for (let k = stack.length - 1; k > 0; k--) {
      if (stack[k]!.el.name === name || stack[k]!.el.name.toLowerCase() === name.toLowerCase()) {
        if (k !== stack.length - 1) faults.push(`<${stack[stack.length - 1]!.el.name}> closed by </${name}>`);
        stack.length = k;
        return;
      }
    }
    faults.push(`stray </${name}>`);
  }
}

/** Skips `<!DOCTYPE ...>` (with its internal subset) and other declarations, collecting simple `<!ENTITY name "value">`. */
function skipDeclaration(input: string, i: number, declared: DeclaredEntities): number {
  let depth = 0;
  for (let j = i + 2; j < input.length; j++) {
    const c = input[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '"' || c === "'") {
      const end = input.indexOf(c, j + 1);
      if (end < 0) return input.length;
      j = end;
    } else if (c === '>' && depth <= 0) {
      const body = input.slice(i, j + 1);
      for (const m of body.matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
        declared.define(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
      }
      return j + 1;
    }
  }
  return input.length;
}

/** Concatenated text of a node and its descendants. */
export function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  let s = '';
  for (const c of node.children) s += textOf(c);
  return s;
}

export function elementChildren(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}
