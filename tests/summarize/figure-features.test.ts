/**
 * What the key-figure model reads of what a story is about: the figure's counted
 * noun in the headline, in the lead and in other paragraphs, the first figure of
 * its unit, the first sentence with a figure, the lead's main actor in the
 * figure's sentence.
 */
import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { buildDocument } from '../../src/summarize/document.js';
import { findFigures, withHeadlineFigures } from '../../src/summarize/find-figures.js';
import { articleFrame } from '../../src/summarize/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { figureSignals } from '../../src/summarize/rank-figures.js';
import type { FeatureName } from '../../src/summarize/figure-features.js';
import { FEATURE_NAMES, figureFeatures } from '../../src/summarize/figure-features.js';

/** Each candidate's value and the named feature, in reading order. */
function feature(text: string, title: string, name: FeatureName): [number, number][] {
  const lex = lexiconFor(languagePack('en')!);
  const doc = buildDocument(text, 'en');
  const frame = articleFrame(doc, title);
  const sig = figureSignals(withHeadlineFigures(findFigures(doc, lex), title, doc, lex), frame, doc.text, lex);
  const j = FEATURE_NAMES.indexOf(name);
  return figureFeatures(sig, frame, doc.text, lex).map((row, i) => [sig.candidates[i]!.value, row[j]!]);
}

const TEXT = [
  'Mayor Okonkwo opened a new depot on Monday. She said it would house 240 buses and employ 1,300 drivers.',
  'Okonkwo added that the depot cost £85 million. Another 60 buses will follow next year, and 400 cyclists can park there.',
].join('\n\n');
const TITLE = 'City depot to house hundreds of buses';

describe('features of what the story is about', () => {
  it('tells a figure whose counted noun the headline names, however inflected', () => {
    const f = new Map(feature(TEXT, TITLE, 'countsInHeadline'));
    expect(f.get(240)).toBe(1);
    expect(f.get(1300)).toBe(0);
  });

  it('tells the first figure of its unit from a later one', () => {
    const f = new Map(feature(TEXT, TITLE, 'firstOfUnit'));
    expect(f.get(240)).toBe(1);
    expect(f.get(60)).toBe(0);
  });

  it('tells the figures of the first sentence holding any', () => {
    const f = new Map(feature(TEXT, TITLE, 'firstFigureSentence'));
    expect(f.get(240)).toBe(1);
    expect(f.get(1300)).toBe(1);
    expect(f.get(85e6)).toBe(0);
  });

  it("tells a sentence naming the lead's main actor", () => {
    const f = new Map(feature(TEXT, TITLE, 'leadActorInSentence'));
    expect(f.get(85e6)).toBe(1);
    expect(f.get(400)).toBe(0);
  });

  const FLOOD = [
    'Floods cut off villages along the river on Sunday and forced families from their homes, the regional government said.',
    'Rescuers moved 420 families to shelters overnight.',
    'Officials said repairs would take months. The families may return next week, when 15 bridges reopen.',
  ].join('\n\n');

  it('tells a figure whose counted noun the lead names outside its own sentence', () => {
    const f = new Map(feature(FLOOD, 'River floods cut off villages', 'countsInLead'));
    expect(f.get(420)).toBe(1);
    expect(f.get(15)).toBe(0);
  });

  it('tells how many other paragraphs name what a figure counts', () => {
    const f = new Map(feature(FLOOD, 'River floods cut off villages', 'countsRepeated'));
    expect(f.get(420)).toBe(0.5);
    expect(f.get(15)).toBe(0);
  });
});

describe("features of the story's scale and its setting", () => {
  const TOWN = [
    'The council of Alderford, a town of 46,000 inhabitants, approved a £12 million plan on Monday to rebuild 300 homes lost in the floods.',
    'The insurers put the damage at £85 million. The 300 homes will be rebuilt by the end of next year, and the 2,000 members of the rowing club will help.',
  ].join('\n\n');
  const TITLE_TOWN = 'Alderford approves flood rebuild';

  it('tells the largest sum of money in the article, and only it', () => {
    const f = new Map(feature(TOWN, TITLE_TOWN, 'largestMoney'));
    expect(f.get(85e6)).toBe(1);
    expect(f.get(12e6)).toBe(0);
    expect(f.get(300)).toBe(0);
  });

  it('tells a value the article tells more than once', () => {
    const f = new Map(feature(TOWN, TITLE_TOWN, 'toldAgain'));
    expect(f.get(300)).toBeGreaterThan(0);
    expect(f.get(12e6)).toBe(0);
  });

  it("tells a count of a place's or a body's standing population from a count of what happened", () => {
    const f = new Map(feature(TOWN, TITLE_TOWN, 'standingCount'));
    expect(f.get(46000)).toBe(1);
    expect(f.get(2000)).toBe(1);
    expect(f.get(300)).toBe(0);
  });
});
