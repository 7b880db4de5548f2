import { parseBenchArgs } from './bench-options';
import { runBench } from './bench';
import { BENCH_EXTENSIONS } from './extensions';

/** `npm run bench -- [--contacts N] [--accounts N] [--out FILE] ...` (see scripts/bench.mjs). */
try {
  await runBench(parseBenchArgs(process.argv.slice(2)), BENCH_EXTENSIONS);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
