import { CUE_PREPOSITIONS } from '../../coding/quote-cues.js';
import { listedSpeaker } from '../../store/quote-listing.js';
import { type Command, dateOption, int, str } from '../command.js';

/** Cues that stand before their speaker. */
const PREPOSITION = new RegExp(`^(?:${CUE_PREPOSITIONS.join('|')})$`, 'i');

export const command: Command = {
  name: 'quotes',
  summary: 'List stored quotations by speaker, organisation, date and words',
  help: `Usage: dyad quotes [WORDS…] [--words TEXT] [--speaker NAME] [--org NAME] [--since D] [--until D] [--limit N] [--db PATH] [--json]

Lists quotations and reported statements from stored articles, newest article first: the
speaker, the organisation they speak for (from the actor layer), the article and its date,
and the words. WORDS given as arguments are the same as --words. Reported statements with no
speaker in the text (hearsay: "is said to"), with only a pronoun the actor layer could not
resolve ("he said" with no "he" before it), or with a cue that reports no speech, belief or
stance ("X met the minister") are left out; dyad show has them with their article.

Options:
  --words TEXT     quotations containing all these words (full-text, so "sanction" finds "sanctions")
  --speaker NAME   speakers whose name contains NAME (case-insensitive)
  --org NAME       quotes by an organisation, or by people speaking for one, whose name contains NAME
  --since D        articles published on or after D (YYYY-MM-DD)
  --until D        articles published on or before D (YYYY-MM-DD)
  --limit N        quotations to show (default 20)
  --db PATH        database file (default: $DYAD_DB, else ./dyad.db)
  --json           one JSON object per quotation (JSON Lines): articleId, title, published,
                   speakerName, affiliation {id, name}, quote (the contract's quote object)
`,
  options: {
    words: { type: 'string' }, speaker: { type: 'string' }, org: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
    limit: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const words = [str(values.words), ...positionals].filter(Boolean).join(' ');
    const filter = {
      ...(words && { words }),
      speaker: str(values.speaker), org: str(values.org),
      since: dateOption(values.since, 'since'), until: dateOption(values.until, 'until'),
    };
    const limit = int(values.limit, 'limit') ?? 20;
    const { openStore, storeLocation } = await import('../../store/index.js');
    const store = await openStore(storeLocation(str(values.db)), { mustExist: true });
    try {
      const listed = await store.listQuotes(filter, { limit });
      for (const l of listed) {
        if (values.json) {
          process.stdout.write(JSON.stringify(l) + '\n');
          continue;
        }
        const who = `${listedSpeaker(l) ?? '(unknown speaker)'}${l.affiliation ? ` (${l.affiliation.name})` : ''}`;
        const cue = l.quote.cueText ?? '';
        // "according to X" reads in that order; a verb follows its speaker ("X said").
        const attribution = PREPOSITION.test(cue) ? `${cue} ${who}` : `${who}${cue && ` ${cue}`}`;
        process.stdout.write(`${l.published ?? '----------'}  ${attribution}: ${l.quote.text.replace(/\s+/g, ' ')}\n`);
        process.stdout.write(`            ${l.articleId}  ${l.title ?? '(no title)'}\n`);
      }
      if (listed.length === 0) process.stderr.write('no quotations match\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
