// The shape of a language's entity vocabulary (filled in by the entity extractor's work).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EntityLexicon {}
