import type { QuoteLexicon } from '../quote-lexicon.js';

// Quotation marks of English news (AP/Reuters style: double marks outside, single inside).
const marks: QuoteLexicon['marks'] = [
  { kind: 'double', open: ['"', '“', '”'], close: ['"', '”', '“'], nestedOnly: false },
  { kind: 'guillemet', open: ['«'], close: ['»'], nestedOnly: false },
  { kind: 'single', open: ['‘', "'", '’'], close: ['’', "'", '‘'], nestedOnly: true },
];

export const quotes: QuoteLexicon = {
  marks,
  // Attribution verbs after a quotation (AP stylebook: "said" first; the rest as wire copy uses them).
  postCues: [
    'said', 'says', 'told', 'added', 'adds', 'explained', 'stressed', 'noted', 'wrote', 'writes',
    'asked', 'replied', 'continued', 'insisted', 'argued', 'warned', 'claimed', 'admitted',
    'recalled', 'tweeted', 'concluded', 'remarked', 'declared', 'announced', 'stated',
  ],
  passiveCues: [],
  agentMarker: null,
  speakerSuffix: null,
  cueLeaders: [],
  clauseConnectives: [],
  pronounConnectives: [],
  subjectConnectives: [],
  // Verbs that report a clause (`X said (that) …`).
  clauseVerbs: [
    'said', 'says', 'told', 'added', 'stressed', 'noted', 'argued', 'warned', 'claimed',
    'admitted', 'insisted', 'explained', 'estimated', 'predicted', 'believes', 'believed',
    'denied', 'confirmed', 'stated', 'announced', 'urged', 'hoped', 'hopes', 'acknowledged',
  ],
  objectVerbs: ['described', 'reported', 'asked', 'urged'],
  requestVerbs: ['asked', 'urged', 'told'],
  clauseOpeners: ['that', 'will', 'would', 'has', 'had', 'is', 'was', 'are', 'were', 'could', 'can', 'should', 'must'],
  nominalisers: [],
  feelingWords: ['happy', 'proud', 'sad', 'glad', 'pleased', 'disappointed'],
  accordingTo: ['according to'],
  notSpeakerSources: ['data', 'report', 'reports', 'survey', 'study', 'figures', 'statistics', 'records', 'documents', 'the'],
  complementisers: ['that'],
  pronouns: ['he', 'she', 'they'],
  anaphoricDeterminers: [],
  subjectVerbFillers: ['also', 'later', 'then', 'previously', 'has', 'had', 'have'],
  speakerPhraseStops: ['told', 'said', 'in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'via', 'and', 'who', 'when', 'while', 'as', 'last', 'this', 'on'],
  roleHeads: ['Economist', 'Analyst', 'Official', 'Chairwoman', 'Spokesperson', 'Lawyer', 'Researcher', 'Deputy', 'President', 'Minister', 'Secretary', 'Chairman', 'Director', 'Head', 'Chief', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Governor', 'Mayor', 'Senator', 'CEO', 'Founder', 'Professor', 'Coach', 'Manager', 'Ambassador', 'Prime'],
  roleWords: ['Executive', 'Officer', 'General', 'Foreign', 'Finance', 'Affairs', 'of', 'Communications', 'Vice', 'Deputy', 'Senior', 'Minister', 'President', 'Director', 'Head', 'Chief'],
  roleConnectors: ['of', 'for', 'and', 'the'],
  organisationHeads: ['Ministry', 'Department', 'Bank', 'University', 'Agency', 'Commission', 'Council', 'Party'],
  organisationPrefixes: [],
  placeTriggers: ['in', 'at'],
  ministryOf: [['Minister of', 'Ministry of']],
  // Honorifics and ranks of English news copy.
  personTitles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sir', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.', 'Rev.'],
  nameParticles: ['van', 'von', 'de', 'der', 'bin', 'al'],
  nicknameMarkers: ['aka', 'alias', 'known as'],
  notNames: ['The', 'A', 'An', 'But', 'And', 'He', 'She', 'They', 'It', 'In', 'On', 'At', 'According', 'However', 'This', 'That', 'We', 'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  termNouns: ['program', 'programme', 'term', 'titled', 'called', 'dubbed', 'named', 'book', 'film', 'song', 'album', 'campaign', 'hashtag', 'slogan'],
};
