// Indonesian word formation shared by the language pack's sections.

/** Nominal circumfixes (KBBI; Sneddon, Indonesian Reference Grammar 1.7): ke-an, pe(N)-an and
 *  per-an make abstract and common nouns (`pernyataan`, `kedatangan`, `perindustrian`). */
export const nounCircumfixes: readonly (readonly [string, string])[] = [['per', 'an'], ['pen', 'an'], ['pem', 'an'], ['peng', 'an'], ['peny', 'an'], ['pe', 'an'], ['ke', 'an']];
