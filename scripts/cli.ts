/**
 * Every script's command line, read by node:util's parseArgs (`--name value`, `--name=value`, flags): an
 * unknown option, a missing value or a stray word is refused, saying what the script accepts and what it
 * received, instead of being ignored.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` (the command line after the script) against `options`; `usage` is what the error says is accepted. */
export function readArgs<O extends CliOptions, P extends boolean = false>(
  usage: string,
  options: O,
  {allowPositionals, args = process.argv.slice(2)}: {allowPositionals?: P; args?: readonly string[]} = {},
) {
  try {
    return parseArgs({args: [...args], options, allowPositionals: (allowPositionals ?? false) as P, strict: true});
  } catch (e) {
    const why = (e as Error).message.split(/\.\s/)[0];
    throw new Error(`${why}: expected ${usage}, received ${args.join(' ') || 'nothing'}`, {cause: e});
  }
}
