import { BilingualError } from '../protocol';

/** A small argv parser: positionals, `--flag value`, `--flag=value`, repeated flags, and boolean switches. */
export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string[]>;
}

const SWITCHES = new Set(['json', 'help', 'h', 'quiet']);
const ALIASES: Record<string, string> = { o: 'out', p: 'prompt', h: 'help' };

export function parseArgs(argv: string[]): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = /^--?([a-zA-Z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!flag) {
      positionals.push(arg);
      continue;
    }
    const name = ALIASES[flag[1]] ?? flag[1];
    let value = flag[2];
    if (value === undefined) value = SWITCHES.has(name) ? 'true' : argv[++i];
    if (value === undefined) throw new UsageError({ en: `--${name} needs a value.`, zh: `--${name} 需要一个值。` });
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { command: positionals.shift(), positionals, flags };
}

/** The command line was not understood: said in the run's language, followed by the usage. */
export class UsageError extends BilingualError {}

export const flag = (args: ParsedArgs, name: string): string | undefined => args.flags.get(name)?.at(-1);
export const flags = (args: ParsedArgs, name: string): string[] => args.flags.get(name) ?? [];

export function numberFlag(args: ParsedArgs, name: string): number | undefined {
  const value = flag(args, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new UsageError({ en: `--${name} must be a non-negative number.`, zh: `--${name} 必须是不小于 0 的数。` });
  return number;
}
