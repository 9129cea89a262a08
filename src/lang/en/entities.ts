import type { EntityLexicon } from '../entity-lexicon.js';

export const entities: EntityLexicon = {};
