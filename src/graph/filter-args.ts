import { UserError } from '../cli/command.js';
import { PLOVER_TYPES, type PloverType } from '../model/index.js';
import type { Coder } from './relations.js';

// Command-line values of the relation filters, checked, with one-line errors naming the option.

/** A country or organisation code as the store keeps it: three letters, upper case. */
export function countryArg(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new UserError(`${option}: expected a three-letter country code such as IRN, got "${value}"`);
  return code;
}

/** `A-B` (or `A:B`) as a pair of codes. */
export function dyadArg(value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[-:]/);
  if (parts.length !== 2) throw new UserError(`--dyad: expected two country codes as A-B, such as USA-IRN, got "${value}"`);
  return [countryArg(parts[0], '--dyad') as string, countryArg(parts[1], '--dyad') as string];
}

export function coderArg(value: string | undefined): Coder | undefined {
  if (value === undefined) return undefined;
  if (value !== 'dyad' && value !== 'gdelt') throw new UserError(`--coder: expected dyad or gdelt, got "${value}"`);
  return value;
}

/** Comma-separated PLOVER types, any case. */
export function typesArg(value: string | undefined): PloverType[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((t) => {
    const type = t.trim().toUpperCase();
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) {
      throw new UserError(`--type: "${t}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
    }
    return type as PloverType;
  });
}
