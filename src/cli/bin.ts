#!/usr/bin/env node
// The only place that touches process exit state: run the CLI, set the exit code.
import { run } from './index.js';

// A reader that stops early (`soundbite extract … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2));
