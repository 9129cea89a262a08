// Pathological articles for batch runs over archives (issue 8): what scrapers and broken
// archives really produce, at any size. Used by test/batch/pathological.test.ts and by
// scripts/pathological.mjs (which times each extractor on them at growing sizes).

/** A deterministic pseudo-random generator (LCG), so the inputs are the same on every run. */
function lcg(seed) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}

function repeatTo(unit, chars) {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Name → text of about `chars` UTF-16 units. */
export function pathologicalInputs(chars) {
  const sentence =
    'Menteri Keuangan Sri Mulyani Indrawati mengatakan anggaran pendidikan naik 12,5 persen menjadi Rp 665 triliun pada 2024, Rabu (26/7/2023). "Kami optimistis target tercapai," katanya di Jakarta. ';
  return {
    // A whole archive glued into one line: no paragraph or line break at all.
    'single-line': repeatTo(sentence, chars),
    // Thousands of stray straight and curly quotation marks that never pair up.
    'stray-quotes': repeatTo('" kata dia “ ujar ” menurut " ” “ ', chars),
    // Quotation marks opened and never closed, each before a speech verb.
    'open-quotes': repeatTo('“Kami akan terus berupaya, kata Budi. ', chars),
    // Numbers, dates and currency glued together: food for the figure and date grammars.
    'number-soup': repeatTo('Rp1.000.000,00-2.000.000 26/7/2023 10.00 WIB 12,5% 3 juta 2024-2025 ', chars),
    // One word as long as the article, and long runs of punctuation.
    'no-spaces': repeatTo('a', Math.floor(chars / 2)) + repeatTo('.-,;:!?', chars - Math.floor(chars / 2)),
    // Capitalised words without end: food for name and organisation grammars.
    'capitals': repeatTo('Kementerian Koperasi Dan Usaha Kecil Menengah Republik Indonesia Jakarta Pusat ', chars),
    // Random code points from all planes (no lone surrogates), spaces now and then.
    'random-unicode': (() => {
      const next = lcg(20260728);
      const parts = [];
      let length = 0;
      while (length < chars) {
        const r = next();
        let cp = r % 0x30000;
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp) + (r % 7 === 0 ? ' ' : '') + (r % 97 === 0 ? '\n\n' : '');
        parts.push(ch);
        length += ch.length;
      }
      return parts.join('');
    })(),
  };
}
