import type { BenchOptions } from './bench-options';
import { measureContactsListInChromium } from './list-in-chromium';
import { measureInvoicePdf } from './measure-invoice-pdf';
import { measurePricingExtension } from './measure-pricing';
import { measureTimeline } from './measure-timeline';
import { measureViews } from './measure-views';
import type { BenchFigure } from './report';

/** What an extension gets once the benchmark database is built (and closed). */
export interface BenchContext {
  /** Data folder holding the built `crm.sqlite`; hosts can be started on it. */
  readonly dataDir: string;
  readonly options: BenchOptions;
  readonly log: (line: string) => void;
}

/**
 * A measurement that needs more than the backend, run after the backend
 * figures on the same database; its figures join the table and the JSON.
 */
export type BenchExtension = (ctx: BenchContext) => Promise<readonly BenchFigure[]>;

/**
 * The extensions `npm run bench` runs: measurements through the UI, such as
 * the time until the contacts list paints its first rows in Chromium via the
 * browser host; advanced find and CSV export (measure-views.ts); the
 * timeline of a record with 10,000 activities (measure-timeline.ts, last,
 * since it adds that record to the database); pricing a 200-line quote
 * (measure-pricing.ts, pure computation); a 50-line invoice printed to PDF
 * in Chromium (measure-invoice-pdf.ts, which adds that invoice).
 */
export const BENCH_EXTENSIONS: readonly BenchExtension[] = [
  measureContactsListInChromium,
  measureViews,
  measureTimeline,
  measurePricingExtension,
  measureInvoicePdf,
];
