// Words written before or after a person's name that are not part of the name: honorifics,
// police and military ranks, academic, religious and noble titles, and post-nominal degrees.
// Shared by the entity, quote-speaker and eval code: import { personTitles, personDegrees }.
// Name-forming words (Andi, Teuku, Cut, Raden, Sultan) are part of the name and not listed.
// Sources: Polri rank list (Perkap 2016), TNI ranks (UU 34/2004), Indonesian academic degree
// abbreviations (Permendikbud 154/2014), and the house styles of indosum outlets.

/** Pre-nominal titles, longest forms first where they share a prefix (`Ajun Komisaris Besar`). */
export const personTitles: readonly string[] = [
  // honorifics and forms of address
  'Bapak', 'Pak', 'Ibu', 'Bu', 'Saudara', 'Saudari', 'Sdr.', 'Sdri.', 'Tuan', 'Nyonya', 'Nona',
  'Mas', 'Mbak', 'Bang', 'Kak', 'Om', 'Tante', 'Bung', 'Cak', 'Kang', 'Teh', 'Uda', 'Uni',
  'Mr.', 'Mrs.', 'Ms.', 'Sir', 'Madame', 'Yth.',
  // academic
  'Prof.', 'Prof', 'Profesor', 'Dr.', 'Dr', 'dr.', 'drg.', 'Drs.', 'Dra.', 'Ir.', 'Ir', 'Hj.', 'H.',
  // religious and noble
  'Haji', 'Hajjah', 'KH.', 'KH', 'Kiai', 'Kyai', 'Habib', 'Ustaz', 'Ustadz', 'Ustad', 'Uztad', 'Ustazah', 'Gus', 'Syekh',
  'Pastor', 'Pendeta', 'Pdt.', 'Romo', 'Biksu', 'Bhikkhu', 'Mgr.', 'Uskup', 'Kardinal', 'Paus',
  'Sri Paduka', 'GKR', 'KGPH', 'KGPAA', 'Datuk', 'Dato', "Dato'", 'Tun', 'Tan Sri',
  // police ranks (full and abbreviated), highest first
  'Jenderal Polisi', 'Komisaris Jenderal Polisi', 'Komisaris Jenderal', 'Komjen Pol.', 'Komjen Pol', 'Komjen',
  'Inspektur Jenderal Polisi', 'Inspektur Jenderal', 'Irjen Pol.', 'Irjen Pol', 'Irjen',
  'Brigadir Jenderal Polisi', 'Brigjen Pol.', 'Brigjen Pol', 'Brigjen',
  'Komisaris Besar Polisi', 'Komisaris Besar', 'Kombes Pol.', 'Kombes Pol', 'Kombes',
  'Ajun Komisaris Besar Polisi', 'Ajun Komisaris Besar', 'AKBP',
  'Komisaris Polisi', 'Kompol', 'Ajun Komisaris Polisi', 'Ajun Komisaris', 'AKP',
  'Inspektur Polisi Satu', 'Inspektur Satu', 'Iptu', 'Inspektur Polisi Dua', 'Inspektur Dua', 'Ipda',
  'Ajun Inspektur Polisi Satu', 'Aiptu', 'Ajun Inspektur Polisi Dua', 'Aipda',
  'Brigadir Polisi Kepala', 'Bripka', 'Brigadir Polisi', 'Brigadir', 'Brigpol',
  'Brigadir Polisi Satu', 'Briptu', 'Brigadir Polisi Dua', 'Bripda',
  'Ajun Brigadir Polisi', 'Abrip', 'Abriptu', 'Abripda', 'Bharaka', 'Bharatu', 'Bharada',
  // military ranks (TNI AD/AL/AU), highest first
  // (a title word that ends a position, `Direktur Jenderal`, is not read as a title)
  'Jenderal TNI', 'Jenderal', 'Jend.', 'Laksamana TNI', 'Laksamana', 'Marsekal TNI', 'Marsekal',
  'Letnan Jenderal TNI', 'Letnan Jenderal', 'Letjen TNI', 'Letjen', 'Laksamana Madya', 'Laksdya',
  'Marsekal Madya', 'Marsdya', 'Mayor Jenderal TNI', 'Mayor Jenderal', 'Mayjen TNI', 'Mayjen',
  'Laksamana Muda', 'Laksda', 'Marsekal Muda', 'Marsda', 'Brigadir Jenderal TNI', 'Brigadir Jenderal',
  'Brigjen TNI', 'Laksamana Pertama', 'Laksma', 'Marsekal Pertama', 'Marsma',
  'Kolonel', 'Kol.', 'Letnan Kolonel', 'Letkol', 'Mayor', 'Kapten', 'Kapt.',
  'Letnan Satu', 'Lettu', 'Letnan Dua', 'Letda', 'Pembantu Letnan Satu', 'Peltu', 'Pelda',
  'Sersan Mayor', 'Serma', 'Sersan Kepala', 'Serka', 'Sersan Satu', 'Sertu', 'Sersan Dua', 'Serda',
  'Kopral Kepala', 'Kopka', 'Kopral Satu', 'Koptu', 'Kopral Dua', 'Kopda',
  'Prajurit Kepala', 'Praka', 'Prajurit Satu', 'Pratu', 'Prajurit Dua', 'Prada',
  'Laksamana TNI (Purn)', '(Purn)', '(Purn.)', 'Purn.',
];

/** Post-nominal degrees and titles, written after the name (often after a comma). */
export const personDegrees: readonly string[] = [
  'S.H.', 'SH', 'S.E.', 'SE', 'S.Sos.', 'S.Sos', 'S.Pd.', 'S.Pd', 'S.Ag.', 'S.Ag', 'S.IP.', 'S.IP',
  'S.Kom.', 'S.Kom', 'S.T.', 'ST', 'S.Psi.', 'S.Ked.', 'S.Kep.', 'S.Farm.', 'S.Hut.', 'S.P.', 'S.Pt.',
  'S.Si.', 'S.Si', 'S.Sn.', 'S.S.', 'S.Ak.', 'S.I.Kom.', 'S.IK', 'S.I.K.', 'SIK',
  'M.Si.', 'M.Si', 'M.Sc.', 'M.Sc', 'M.M.', 'MM', 'M.H.', 'MH', 'M.Hum.', 'M.Hum', 'M.Pd.', 'M.Pd',
  'M.Ag.', 'M.Ag', 'M.A.', 'MA', 'M.Kes.', 'M.Kes', 'M.T.', 'MT', 'M.Kom.', 'M.E.', 'M.Ec.', 'M.Eng.',
  'M.Phil.', 'M.P.', 'M.IP.', 'M.Psi.', 'M.Han.', 'MBA', 'M.B.A.', 'MPA', 'MPP', 'LL.M.', 'LLM',
  'Ph.D.', 'Ph.D', 'PhD', 'Sp.A', 'Sp.A.', 'Sp.PD', 'Sp.OG', 'Sp.B', 'Sp.JP', 'Sp.KJ', 'Sp.M',
  'Lc.', 'Lc', 'MA.', 'CPA', 'Ak.', 'Akt.', 'CA', 'CFA', 'SpA', 'SpOG', 'Jr.', 'Sr.',
];
