import { UserError } from '../cli/command.js';
import { isPostgresUrl } from '../store/index.js';

/** The PostgreSQL database the queue commands use: `--db`, else $DATABASE_URL. */
export function postgresLocation(option?: string): string {
  const url = option ?? process.env.DATABASE_URL;
  if (url === undefined) throw new UserError('no database; give --db postgres://… or set DATABASE_URL');
  if (!isPostgresUrl(url)) throw new UserError(`${url}: the queue needs a PostgreSQL database (postgres://…), not a SQLite file`);
  return url;
}
