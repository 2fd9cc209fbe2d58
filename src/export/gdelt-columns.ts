// The GDELT 2.0 event table: 61 tab-separated columns, in this order (GDELT 2.0 Event Codebook).

const actor = (n: 1 | 2) => [
  'Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code',
].map((f) => `Actor${n}${f}`);

const geo = (prefix: string) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((f) => `${prefix}Geo_${f}`);

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actor(1),
  ...actor(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geo('Actor1'),
  ...geo('Actor2'),
  ...geo('Action'),
  'DATEADDED', 'SOURCEURL',
];

/** Column position by name. */
export const GDELT_COLUMN = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, i])) as Readonly<Record<string, number>>;
