// warta's public API.
export { analyze, toIsoDate } from './engine/pipeline.js';
export { ArticleDoc } from './engine/document.js';
export { detectLanguage } from './extractors/language.js';
export * from './types.js';
