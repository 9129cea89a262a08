// The shape of a language's figure vocabulary (filled in by the figure extractor's work).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FigureLexicon {}
