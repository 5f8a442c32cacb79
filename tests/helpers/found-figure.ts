import type { FoundFigure } from '../../src/summarize/find-figures.js';

/** A figure as findFigures gives it, every flag off unless `over` sets it: input for rankFigures. */
export const foundFigure = (value: number, unit: string, kind: FoundFigure['kind'], over: Partial<FoundFigure> = {}): FoundFigure => ({
  value,
  unit,
  kind,
  text: `${value} ${unit}`,
  approx: null,
  counts: unit,
  at: 0,
  aside: false,
  compared: false,
  perUnit: false,
  part: false,
  toll: false,
  difference: false,
  ...over,
});
