#!/usr/bin/env node
// The only place that touches process exit state: run the CLI, set the exit code.
import { run } from './index.js';

process.exitCode = await run(process.argv.slice(2));
