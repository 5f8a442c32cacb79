import type { LanguagePack } from './language-pack.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { it } from './it.js';
import { ms } from './ms.js';
import { nl } from './nl.js';
import { pt } from './pt.js';

/** Every supported language; English first, so it wins ties. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, id, ms, de, fr, es, pt, it, nl];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

export function languagePack(code: string | null | undefined): LanguagePack | undefined {
  return code ? byCode.get(code.toLowerCase().slice(0, 2)) : undefined;
}
