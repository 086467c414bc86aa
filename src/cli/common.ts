// Shared pieces of the CLI commands: argument parsing and the error type that becomes a one-line message.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliCommand {
  help: string;
  run(args: readonly string[]): Promise<number>;
}

/** An expected failure (bad input, missing file): printed as one line, exits with `exitCode`. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export type ParsedCommandArgs<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** parseArgs that turns its errors into a CliError (exit 2, usage error). */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}
