// The shape of a language's quote vocabulary (filled in by the quote extractor's work).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QuoteLexicon {}
