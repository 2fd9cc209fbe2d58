import { parseArgs } from 'node:util';
import { type Command, str, UserError } from '../command.js';

const HELP = `Usage: dyad dict <import|stats> [options]

  dyad dict import --petrarch FILE… [--db PATH]    PETRARCH/Phoenix actor and agent dictionaries
  dyad dict import --countryinfo FILE [--db PATH]  CountryInfo.txt: nationalities, capitals, cities, office-holders
  dyad dict stats [--db PATH] [--json]             what has been imported

Dictionaries are stored in the dyad database (--db, else $DYAD_DB, else ./dyad.db) and used when
actors are coded, with the article's date. Importing a file again changes nothing; a new version
of a file (same name) replaces the old one. Unreadable lines are reported as FILE:LINE: problem and
the rest of the file is imported.
`;

export const command: Command = {
  name: 'dict',
  summary: 'Import actor dictionaries (PETRARCH/Phoenix, CountryInfo) and list what is imported',
  help: HELP,
  options: {},
  rawArgs: true,
  async run({ positionals }) {
    const [sub, ...rest] = positionals;
    const { storeLocation } = await import('../../store/index.js');
    const { DictionaryStore } = await import('../../lexicon/dictionary-store.js');
    if (sub === 'import') {
      const { values, tokens } = parseArgs({
        args: rest, allowPositionals: true, strict: true, tokens: true,
        options: { petrarch: { type: 'string', multiple: true }, countryinfo: { type: 'string', multiple: true }, db: { type: 'string' } },
      });
      // `--petrarch A B C`: a file after an option's own value takes that option's format.
      const jobs: { file: string; format: 'petrarch' | 'countryinfo' }[] = [];
      let format: 'petrarch' | 'countryinfo' | undefined;
      for (const t of tokens) {
        if (t.kind === 'option' && (t.name === 'petrarch' || t.name === 'countryinfo')) {
          format = t.name;
          jobs.push({ file: t.value!, format });
        } else if (t.kind === 'positional') {
          if (!format) throw new UserError(`${t.value}: say which format with --petrarch or --countryinfo`);
          jobs.push({ file: t.value, format });
        }
      }
      if (!jobs.length) throw new UserError('nothing to import; give --petrarch FILE… or --countryinfo FILE');
      const { existsSync } = await import('node:fs');
      for (const j of jobs) if (!existsSync(j.file)) throw new UserError(`${j.file}: no such file`);
      const { importDictionaryFile } = await import('../../lexicon/import-dictionary.js');
      const store = DictionaryStore.open(storeLocation(str(values.db)));
      try {
        for (const j of jobs) {
          const r = importDictionaryFile(store, j.file, j.format);
          for (const p of r.problems) process.stderr.write(`${r.file}:${p.line}: ${p.problem}\n`);
          process.stdout.write(`${r.file}: ${r.status}, ${r.entries} entries, ${r.names} names, ${r.problems.length} lines skipped, ${(r.milliseconds / 1000).toFixed(2)}s\n`);
        }
      } finally {
        store.close();
      }
      return 0;
    }
    if (sub === 'stats') {
      const { values } = parseArgs({ args: rest, strict: true, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
      const path = storeLocation(str(values.db));
      const { existsSync } = await import('node:fs');
      if (!existsSync(path)) throw new UserError(`${path}: no database here; import with \`dyad dict import\``);
      const store = DictionaryStore.open(path, { mustExist: true });
      const stats = store.stats();
      store.close();
      if (values.json) {
        process.stdout.write(JSON.stringify(stats) + '\n');
        return 0;
      }
      if (!stats.length) process.stdout.write('no dictionaries imported\n');
      for (const s of stats) {
        const kinds = Object.entries(s.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
        process.stdout.write(`${s.source} (${s.format}): ${s.entries} entries (${kinds}), ${s.names} names, ${s.problems} lines skipped, imported ${s.importedAt}\n`);
      }
      return 0;
    }
    throw new UserError(`unknown subcommand "${sub}"; expected import or stats`);
  },
};
