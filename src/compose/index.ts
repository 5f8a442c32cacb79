export { composeDigest, storyCount } from './compose-digest.js';
export type { ComposeOptions } from './compose-digest.js';
export { rankArticles, scoreParts, storyScore, type RankedArticle, type ScoreParts } from './rank-stories.js';
export { pickStories, DEFAULT_MAX_PER_FEED, type GroupBy, type PickOptions, type Picks } from './pick-stories.js';
export { countNonArticles, nonArticle, type NonArticle } from './non-article.js';
export { explainPicks, type ExplainOptions, type PickExplanation, type PickVerdict } from './explain-picks.js';
export { filterStories, type FilterTally, type Filtered } from './filter-stories.js';
export { storyUpdate } from './story-update.js';
