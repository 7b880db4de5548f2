import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options';
import { buildDatabases } from './build-databases';
import type { BenchExtension } from './extensions';
import { measureApi } from './measure-api';
import { buildReport, type BenchFigure, type BenchReport } from './report';

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The whole benchmark: build the database (beside the raw baseline), measure
 * the backend's reads beside raw SQL, run the extensions, print the table and
 * write the JSON. Not a timed test: it reports figures and whether the
 * targets were met.
 */
export async function runBench(
  options: BenchOptions,
  extensions: readonly BenchExtension[],
  log: (line: string) => void = (line) => console.log(line),
): Promise<BenchReport> {
  const root = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  try {
    log(
      `Building ${options.contacts.toLocaleString('en')} contacts and ${options.accounts.toLocaleString('en')} accounts ` +
        `through the bulk path and the raw baseline (batches of ${options.batch.toLocaleString('en')}) in ${root}`,
    );
    const built = await buildDatabases(root, options, log);
    collectGarbage();
    log('Measuring reads through backend.call beside raw SQL');
    const comparisons = await measureApi(built.dataDir, options, log);
    const figures: BenchFigure[] = [];
    for (const extension of extensions) {
      collectGarbage();
      figures.push(...(await extension({ dataDir: built.dataDir, options, log })));
    }
    const report = buildReport(options, built, comparisons, figures);
    log('');
    log(report.table);
    if (options.out) {
      writeFileSync(options.out, `${JSON.stringify(report.json, null, 2)}\n`);
      log(`\nWrote ${options.out}`);
    }
    return report;
  } finally {
    if (options.keep) log(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
