import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';

/** Readability is loaded on the first page extracted: a command that extracts nothing never pays for it. */
const load = createRequire(import.meta.url);
let readabilityClass: typeof ReadabilityModule.Readability | undefined;

/** NodeFilter.SHOW_ELEMENT, which linkedom has no global for. */
const SHOW_ELEMENT = 1;

/**
 * Readability finds elements by tag through querySelectorAll("p,div,..."),
 * and linkedom compiles the selector anew on every call: about an eighth of
 * extraction's time. The same elements in the same document order (what
 * querySelectorAll returns) come from one walk comparing tag names.
 */
export function elementsWithTag(root: Element | Document, tagNames: readonly string[]): Element[] {
  // linkedom matches a capitalised name against either case, and one name needs no walk of its own.
  if (tagNames.length === 1) return Array.from(root.getElementsByTagName(tagNames[0]!.toUpperCase()));
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  // Readability names some tags in capitals; HTML selectors ignore case.
  const wanted = tagNames.map((tag) => tag.toLowerCase());
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (wanted.includes((node as Element).localName.toLowerCase())) found.push(node as Element);
  }
  return found;
}

/** Readability, finding elements by tag without a selector. */
export function linkedomReadability(): typeof ReadabilityModule.Readability {
  if (!readabilityClass) {
    const { Readability } = load('@mozilla/readability') as typeof ReadabilityModule;
    readabilityClass = class extends Readability<Element> {
      // Overrides Readability's own (untyped) lookup; see elementsWithTag.
      _getAllNodesWithTag(root: Element | Document, tagNames: readonly string[]): Element[] {
        return elementsWithTag(root, tagNames);
      }
    } as typeof Readability;
  }
  return readabilityClass;
}
