// The shape of a language's date vocabulary (filled in by the date extractor's work).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DateLexicon {}
