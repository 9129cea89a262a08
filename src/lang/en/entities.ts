// English entity vocabulary: a small set (titles and connectors); no gazetteers or model yet.
import type { EntityLexicon } from '../entity-lexicon.js';

export const entities: EntityLexicon = {
  organisations: [],
  organisationHeads: ['Ministry', 'Department', 'Bank', 'University', 'Institute', 'Commission', 'Council', 'Agency', 'Party'],
  organisationSuffixes: ['Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'LLC', 'Group'],
  nameConnectors: ['of', 'and', 'for', 'the', '&'],
  productWords: [],
  notOrganisations: ['Government'],
  venues: ['City Hall'],
  venueHeads: ['Building', 'Hotel', 'Stadium'],
  places: [],
  minorPlaces: [],
  placeHeads: ['Lake', 'Mount', 'River', 'Street'],
  placeTriggers: ['in', 'at', 'from', 'to'],
  placeModifiers: ['North', 'South', 'East', 'West', 'Central'],
  personTitles: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sir', 'Lord', 'Lady'],
  personDegrees: ['Jr.', 'Sr.', 'PhD', 'Ph.D.'],
  positions: ['President', 'Minister', 'Prime Minister', 'Governor', 'Mayor', 'Chairman', 'CEO', 'Director'],
  personAliases: [],
  ambiguousWords: ['May', 'June'],
  nameBreakers: ['We', 'I', 'The', 'However', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nameParticles: ['van', 'von', 'de', 'da', 'bin'],
  taggerModel: null,
};
