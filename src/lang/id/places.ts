// Named places news mentions that the idn-area-data package does not carry: countries with
// their Indonesian exonyms and the short forms news uses (Tiongkok/China, Amerika Serikat/AS),
// continents and world regions, foreign capitals and big cities, and Indonesian islands, regions
// and districts often named without a trigger word. Sources: KBBI/Badan Bahasa country names
// (Daftar Nama Negara), UN member list, the indosum corpus house styles.
// The first string is the canonical name, the rest are aliases of the same place.

export const placeGazetteer: readonly (readonly string[])[] = [
  // countries
  ['Indonesia', 'RI', 'Republik Indonesia', 'NKRI', 'Tanah Air'],
  ['Tiongkok', 'China', 'Cina', 'RRT', 'RRC', 'Republik Rakyat Tiongkok', 'Republik Rakyat China'],
  ['Amerika Serikat', 'AS', 'Amerika', 'USA', 'Paman Sam'],
  ['Jepang', 'Japan'], ['Korea Selatan', 'Korsel', 'South Korea'], ['Korea Utara', 'Korut', 'North Korea'],
  ['Malaysia', 'Negeri Jiran'], ['Singapura', 'Singapore'], ['Thailand'], ['Filipina', 'Philippines'],
  ['Vietnam'], ['Myanmar', 'Burma'], ['Kamboja'], ['Laos'], ['Brunei Darussalam', 'Brunei'],
  ['Timor Leste', 'Timor-Leste'], ['Papua Nugini', 'Papua New Guinea', 'PNG'], ['Australia'],
  ['Selandia Baru', 'New Zealand'], ['India'], ['Pakistan'], ['Bangladesh'], ['Sri Lanka'], ['Nepal'],
  ['Afghanistan'], ['Iran'], ['Irak', 'Iraq'], ['Suriah', 'Syria'], ['Lebanon', 'Libanon'],
  ['Yordania'], ['Israel'], ['Palestina'], ['Arab Saudi', 'Saudi Arabia', 'Saudi'], ['Yaman'],
  ['Oman'], ['Qatar'], ['Kuwait'], ['Bahrain'], ['Uni Emirat Arab', 'UEA'], ['Turki'], ['Mesir'],
  ['Libya'], ['Tunisia'], ['Aljazair'], ['Maroko'], ['Sudan'], ['Sudan Selatan'], ['Ethiopia'],
  ['Kenya'], ['Somalia'], ['Nigeria'], ['Ghana'], ['Afrika Selatan', 'Afsel'], ['Zimbabwe'],
  ['Uganda'], ['Tanzania'], ['Rwanda'], ['Kongo'], ['Kamerun'], ['Senegal'], ['Mali'], ['Niger'],
  ['Liberia'], ['Sierra Leone'], ['Guinea'], ['Pantai Gading'], ['Angola'], ['Mozambik'],
  ['Madagaskar'], ['Rusia', 'Russia'], ['Ukraina'], ['Belarus'], ['Polandia'], ['Jerman', 'Germany'],
  ['Prancis', 'Perancis', 'France'], ['Inggris', 'Britania Raya', 'Inggris Raya', 'United Kingdom'],
  ['Irlandia'], ['Skotlandia'], ['Belanda', 'Netherlands'], ['Belgia'], ['Luksemburg'], ['Swiss'],
  ['Austria'], ['Italia', 'Italy'], ['Spanyol', 'Spain'], ['Portugal'], ['Yunani'], ['Swedia'],
  ['Norwegia'], ['Denmark'], ['Finlandia'], ['Islandia'], ['Ceko'], ['Slovakia'], ['Hongaria'],
  ['Rumania'], ['Bulgaria'], ['Serbia'], ['Kroasia'], ['Bosnia'], ['Albania'], ['Georgia'],
  ['Armenia'], ['Azerbaijan'], ['Kazakhstan'], ['Uzbekistan'], ['Kirgistan'], ['Tajikistan'],
  ['Turkmenistan'], ['Mongolia'], ['Taiwan'], ['Hong Kong'], ['Makau'], ['Kanada'], ['Meksiko'],
  ['Kuba'], ['Venezuela'], ['Kolombia'], ['Brasil'], ['Argentina'], ['Chile'], ['Peru'],
  ['Ekuador'], ['Bolivia'], ['Uruguay'], ['Paraguay'], ['Fiji'], ['Vatikan'], ['Monako'],
  // (the rest of the UN member list, Badan Bahasa spellings; `Brazil` is the common spelling in news)
  ['Latvia'], ['Estonia'], ['Lituania', 'Lithuania'], ['Slovenia'], ['Montenegro'], ['Makedonia Utara', 'Makedonia'],
  ['Moldova'], ['Siprus'], ['Malta'], ['Liechtenstein'], ['Andorra'], ['San Marino'], ['Kosovo'],
  ['Republik Ceska', 'Ceska', 'Republik Ceko'], ['Maladewa'], ['Bhutan'], ['Timor Timur'], ['Eritrea'], ['Djibouti'],
  ['Chad'], ['Burkina Faso'], ['Benin'], ['Togo'], ['Gabon'], ['Namibia'], ['Botswana'], ['Zambia'],
  ['Malawi'], ['Lesotho'], ['Eswatini', 'Swaziland'], ['Mauritius'], ['Seychelles'], ['Gambia'], ['Mauritania'],
  ['Guinea-Bissau'], ['Guinea Khatulistiwa'], ['Tanjung Verde'], ['Komoro'], ['Burundi'], ['Republik Afrika Tengah'],
  ['Kosta Rika', 'Costa Rica'], ['Panama'], ['Jamaika'], ['Haiti'], ['Honduras'], ['Guatemala'], ['El Salvador'],
  ['Nikaragua'], ['Republik Dominika'], ['Trinidad dan Tobago'], ['Bahama'], ['Barbados'], ['Guyana'], ['Suriname'],
  ['Samoa'], ['Tonga'], ['Vanuatu'], ['Kepulauan Solomon'], ['Palau'], ['Nauru'], ['Tuvalu'], ['Kiribati'],
  ['Brazil'],
  // continents and world regions
  ['Asia'], ['Asia Tenggara'], ['Asia Timur'], ['Asia Selatan'], ['Asia Tengah'], ['Asia Pasifik'],
  ['Eropa'], ['Eropa Barat'], ['Eropa Timur'], ['Afrika'], ['Afrika Barat'], ['Afrika Utara'],
  ['Timur Tengah'], ['Amerika Latin'], ['Amerika Utara'], ['Amerika Selatan'], ['Oseania'],
  ['Skandinavia'], ['Balkan'], ['Semenanjung Korea'], ['Jalur Gaza', 'Gaza'], ['Tepi Barat'],
  ['Laut China Selatan', 'Laut Cina Selatan', 'Laut Tiongkok Selatan'], ['Samudra Hindia', 'Samudera Hindia'],
  ['Samudra Pasifik', 'Samudera Pasifik'], ['Selat Malaka'], ['Tanah Suci'],
  // foreign cities
  ['Beijing'], ['Shanghai'], ['Wuhan'], ['Tokyo'], ['Osaka'], ['Seoul'], ['Pyongyang'],
  ['Kuala Lumpur'], ['Bangkok'], ['Manila'], ['Hanoi'], ['Canberra'], ['Sydney'], ['Melbourne'],
  ['Washington'], ['New York'], ['Los Angeles'], ['San Francisco'], ['Chicago'], ['London'],
  ['Paris'], ['Berlin'], ['Moskow'], ['Kiev', 'Kyiv'], ['Roma'], ['Madrid'], ['Barcelona'],
  ['Amsterdam'], ['Brussel'], ['Jenewa'], ['Wina'], ['Istanbul'], ['Ankara'], ['Teheran'],
  ['Baghdad'], ['Damaskus'], ['Beirut'], ['Yerusalem'], ['Tel Aviv'], ['Kairo'], ['Riyadh'],
  ['Mekkah', 'Makkah', 'Mekah'], ['Madinah'], ['Jeddah'], ['Dubai'], ['Abu Dhabi'], ['Doha'],
  ['New Delhi'], ['Mumbai'], ['Islamabad'], ['Kabul'], ['Dhaka'], ['Nairobi'], ['Tripoli'],
  ['Johannesburg'], ['Davos'], ['Hollywood'],
  // Indonesian islands, regions and well-known districts named without a trigger
  ['Jawa'], ['Sumatera', 'Sumatra'], ['Kalimantan'], ['Sulawesi'], ['Papua'], ['Bali'], ['Lombok'],
  ['Madura'], ['Flores'], ['Sumba'], ['Timor'], ['Nusa Tenggara'], ['Halmahera'], ['Natuna'],
  ['Batam'], ['Bintan'], ['Nias'], ['Mentawai'], ['Raja Ampat'], ['Labuan Bajo'], ['Komodo'],
  ['Jabodetabek'], ['Jabodebek'], ['Jabotabek'], ['Pantura'], ['Pantai Utara Jawa'],
  ['Senayan'], ['Menteng'], ['Kuningan'], ['Cikini'], ['Kemayoran'], ['Monas'], ['Tanah Abang'],
  ['Kebayoran Baru'], ['Cilincing'], ['Tanjung Priok'], ['Kelapa Gading'], ['Cibubur'], ['Cikeas'],
  ['Cikarang'], ['Serpong'], ['Puncak'], ['Ibu Kota Nusantara', 'IKN', 'Nusantara'],
];

/** Heads of administrative areas and islands (`Kabupaten Poso`, `Pulau Seram`); lower case, the
 *  entity pack's place nouns take them too (`kota kecil`, `desa`). */
export const areaHeads: readonly string[] = ['Provinsi', 'Kabupaten', 'Kota', 'Kecamatan', 'Kelurahan', 'Desa', 'Dusun', 'Kampung', 'Distrik', 'Pulau'];

/** Words that, capitalised, start a place name and stay part of it (`Kabupaten Poso`, `Jalan Cianjur`). */
export const placeHeads: readonly string[] = [
  ...areaHeads,
  'Kotamadya', 'Nagari', 'Gampong', 'Jalan', 'Jl.', 'Jln.', 'Gang', 'Kepulauan', 'Gunung',
  'Pegunungan', 'Danau', 'Sungai', 'Kali', 'Selat', 'Teluk', 'Tanjung', 'Pantai', 'Laut', 'Samudra',
  'Lembah', 'Bukit', 'Pelabuhan', 'Bandara',
  'Bandar Udara', 'Kabupaten Administrasi', 'Kota Administrasi', 'Dukuh', 'Banjar',
];

/** Place heads that often name a venue or organisation rather than an area when nothing follows. */
export const placeTriggers: readonly string[] = ['di', 'ke', 'dari', 'asal', 'menuju', 'wilayah', 'daerah', 'kawasan', 'sekitar'];

/** Compass and size words that extend a place name (`Jakarta Pusat`, `Kalimantan Timur`). */
export const placeModifiers: readonly string[] = [
  'Utara', 'Selatan', 'Barat', 'Timur', 'Tengah', 'Pusat', 'Raya', 'Laut', 'Daya', 'Tenggara', 'Barat Daya', 'Barat Laut', 'Timur Laut',
];
