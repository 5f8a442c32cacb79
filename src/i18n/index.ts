export { formatLabel } from './format-label.js';
export { describeLabelGap, loadLabelCatalog } from './label-catalog.js';
export type { LabelCatalog, LabelGap, LabelSet, LabelUse } from './label-catalog.js';
export { PAGE_KEYS, REPLY_KEYS } from './label-keys.js';
export type { PageKey } from './label-keys.js';
export { formatDate, formatNumber, numberFormat } from './locale-format.js';
export { pageText } from './page-text.js';
export type { PageText } from './page-text.js';
