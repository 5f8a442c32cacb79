export { composeDigest, keepTopStories, storyCount } from './compose-digest.js';
export type { ComposeOptions } from './compose-digest.js';
export { rankArticles, storyScore } from './rank-stories.js';
export { explainPicks, type ExplainOptions, type PickExplanation, type PickVerdict } from './explain-picks.js';
