export { createRenderer, TEMPLATE_FILES } from './renderer.js';
export type {
  ConfirmationData,
  PersonalMail,
  ReaderFields,
  RenderContext,
  RenderedEdition,
  Renderer,
  RendererOptions,
  ValidationLevel,
} from './render-types.js';
export type { EditionView, FigureView, QuoteView, SectionView, StoryView } from './edition-view.js';
export { formatFigure } from './number-format.js';
export type { FormattedFigure } from './number-format.js';
