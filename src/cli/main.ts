import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Command, UserError, argsProblem } from './command.js';

const commandsDir = new URL('./commands/', import.meta.url);

async function loadCommands(): Promise<Map<string, Command>> {
  const files = readdirSync(commandsDir).filter((f) => f.endsWith('.js')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(new URL(file, commandsDir).href)) as { command?: Command };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

function overview(commands: Map<string, Command>): string {
  const width = Math.max(...[...commands.keys()].map((n) => n.length));
  const lines = [...commands.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'dyad: turn news into political event data (who did what to whom, when, who said what).',
    '',
    'Usage: dyad <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `dyad <command> --help` for a command\'s options.',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. User errors print one line; only bugs print a stack. */
export async function run(argv: string[]): Promise<number> {
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview(commands) + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  const command = commands.get(name);
  if (!command) {
    process.stderr.write(`dyad: unknown command "${name}"; run \`dyad --help\` for the list\n`);
    return 2;
  }
  const wantsHelp = command.rawArgs ? rest.length === 0 || rest[0] === '--help' || rest[0] === '-h' : rest.includes('--help') || rest.includes('-h');
  if (wantsHelp) {
    process.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    const args = command.rawArgs
      ? { values: {}, positionals: rest }
      : parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(args as Parameters<Command['run']>[0]);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`dyad ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    const problem = argsProblem(err);
    if (problem) {
      process.stderr.write(`dyad ${name}: ${problem}; see \`dyad ${name} --help\`\n`);
      return 2;
    }
    if ((err as { code?: string }).code === 'EPIPE') return 0;
    throw err;
  }
}
