import type { Command } from '../command.js';
import { int, str, UserError } from '../command.js';

export const command: Command = {
  name: 'search',
  summary: 'Full-text search over stored articles, best match first',
  help: `Usage: dyad search "query" [--limit N] [--offset N] [--db PATH] [--json]

Searches titles and texts of stored articles (SQLite FTS5, bm25 ranking; titles weigh double).
Words are stemmed ("sanctions" finds "sanctioned"). FTS5 syntax works: "exact phrase", OR, NOT,
prefix*, title:word. A query that is not valid FTS5 is searched as plain words.

Options:
  --limit N    hits to show (default 10)
  --offset N   hits to skip first, for paging (default 0)
  --db PATH    database file (default: $DYAD_DB, else ./dyad.db)
  --json       one JSON object per hit (JSON Lines): id, title, published, source, score, snippet
`,
  options: {
    limit: { type: 'string' },
    offset: { type: 'string' },
    db: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UserError('no query; try `dyad search "sanctions Iran"`');
    const limit = int(values.limit, 'limit') ?? 10;
    const offset = int(values.offset, 'offset') ?? 0;
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const hits = await store.search(query, { limit, offset });
      if (values.json) {
        for (const hit of hits) process.stdout.write(JSON.stringify(hit) + '\n');
      } else {
        hits.forEach((hit, i) => {
          const meta = [hit.published, hit.source, hit.duplicateOf && `copy of ${hit.duplicateOf}`].filter(Boolean).join(', ');
          process.stdout.write(`${offset + i + 1}. ${hit.id}  ${hit.title ?? '(no title)'}${meta ? `  (${meta})` : ''}\n`);
          process.stdout.write(`   ${hit.snippet.replace(/\s+/g, ' ')}\n`);
        });
        if (hits.length === 0) process.stderr.write(`no articles match "${query}"\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
