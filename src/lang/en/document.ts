import type { DocumentLexicon } from '../document-lexicon.js';

// English abbreviations that keep their full stop (titles, company suffixes, months);
// after the AP Stylebook's abbreviation entries.
export const abbreviations = [
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.',
  'Sgt.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'Bros.', 'No.',
  'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'U.S.', 'U.K.', 'e.g.', 'i.e.',
  'etc.', 'vs.', 'approx.',
] as const;

export const sentenceFinalAbbreviations = ['Inc.', 'Ltd.', 'Corp.', 'Co.', 'Bros.', 'etc.', 'U.S.', 'U.K.'] as const;

export const boilerplate = [
  { id: 'en.boilerplate.read-more', pattern: /^(read more|read also|see also|related)\s*[:.\-–—]/i },
  { id: 'en.boilerplate.watch-video', pattern: /^(watch|see) (the )?video\b/i },
  { id: 'en.boilerplate.advertisement', pattern: /^(advertisement|scroll to continue with content)$/i },
  { id: 'en.boilerplate.back-to-top', pattern: /^back to top( button)?$/i },
  { id: 'en.boilerplate.share', pattern: /^share( this article)?\s*:?$/i },
] as const;

export const sectionLabels = [
  'News', 'World', 'Business', 'Markets', 'Market', 'Politics', 'Sport', 'Sports', 'Tech',
  'Technology', 'Opinion', 'Lifestyle', 'Health', 'Science', 'Travel', 'Asia', 'Indonesia',
] as const;

// Wire-service datelines: `JAKARTA (Reuters) -`, `LONDON, March 3 (AP) —`.
export const datelines = [/^[\p{Lu} .,]{2,40}(?:, [\p{L}\d .]{1,20})?\s*\((?:Reuters|AP|AFP|Bloomberg|UPI)\)\s*[-–—]/u] as const;

export const document: DocumentLexicon = {
  abbreviations,
  sentenceFinalAbbreviations,
  boilerplate,
  sectionLabels,
  datelines,
};
