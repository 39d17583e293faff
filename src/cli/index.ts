#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { registerExtract } from './extract-command.js';
import { registerIngest } from './ingest-command.js';
import { registerEvents, registerSearch, registerStats } from './query-commands.js';
import { registerExport } from './export-command.js';
import { registerEval } from './eval-command.js';
import { registerStart } from './start-command.js';

const program = new Command('sitrep')
  .description('Turn dated conflict reports into a geolocated, source-attributed record of events.')
  .option('--db <path>', 'SQLite database (default: $SITREP_DB or ./sitrep.db)')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)');

for (const register of [registerStart, registerExtract, registerIngest, registerSearch, registerEvents, registerStats, registerExport, registerEval]) {
  register(program);
}
const COMMANDS_WITHOUT_DATABASE = new Set(['extract', 'eval']);
for (const command of program.commands) {
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
  if (!COMMANDS_WITHOUT_DATABASE.has(command.name())) command.option('--db <path>', 'SQLite database (default: $SITREP_DB or ./sitrep.db)');
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander printed its message already
  if (error instanceof UsageError) return report(error.message, 2);
  if (error instanceof InputError) return report(error.message, 1);
  if (isBrokenPipe(error)) return 0;
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.SITREP_DEBUG && error instanceof Error) process.stderr.write(String(error.stack) + '\n');
  return report(message, 1);
}

function report(message: string, code: number): number {
  process.stderr.write(`sitrep: ${message}\n`);
  return code;
}

function isBrokenPipe(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'EPIPE';
}
