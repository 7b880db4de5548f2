import type { InsertTiming } from './build-databases';
import type { Comparison } from './measure-api';
import { percentile } from './stats';

/** A figure measured by an extension (e.g. time to first rows painted in Chromium). */
export interface BenchFigure {
  /** JSON key naming the figure and its unit, e.g. `first_rows_painted_p95_ms`. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /**
   * When `value` is the p95 of timed samples: their median, shown beside it
   * in the table and written to the JSON under its own key
   * (e.g. `first_rows_painted_p50_ms`). Without it, `value` is shown as one number.
   */
  readonly median?: { readonly key: string; readonly value: number };
  /** Human-readable target, e.g. "<= 500 ms". */
  readonly target?: string;
  readonly met?: boolean;
}

export interface BenchReport {
  readonly json: Record<string, number | string | boolean>;
  readonly table: string;
  readonly allTargetsMet: boolean;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

export function buildReport(
  sizes: { contacts: number; accounts: number },
  insert: { ours: InsertTiming; raw: InsertTiming },
  comparisons: readonly Comparison[],
  figures: readonly BenchFigure[],
): BenchReport {
  const json: Record<string, number | string | boolean> = { contacts: sizes.contacts, accounts: sizes.accounts };
  const rows: string[][] = [];
  let allMet = true;

  const oursRate = insert.ours.rows / (insert.ours.ms / 1000);
  const rawRate = insert.raw.rows / (insert.raw.ms / 1000);
  const insertRatio = oursRate / rawRate;
  const insertMet = insertRatio >= 0.8;
  allMet &&= insertMet;
  json['bulk_insert_rows_per_s'] = Math.round(oursRate);
  json['bulk_insert_raw_rows_per_s'] = Math.round(rawRate);
  json['bulk_insert_ratio_to_raw'] = round(insertRatio);
  json['bulk_insert_target_met'] = insertMet;
  rows.push([
    'bulk insert (rows/s)',
    Math.round(oursRate).toLocaleString('en'),
    '',
    Math.round(rawRate).toLocaleString('en'),
    '',
    `${insertRatio.toFixed(2)}x`,
    `>= 0.8x raw ${insertMet ? 'met' : 'MISSED'}`,
  ]);

  for (const c of comparisons) {
    const [o50, o95, r50, r95] = [
      percentile(c.ours, 50),
      percentile(c.ours, 95),
      percentile(c.raw, 50),
      percentile(c.raw, 95),
    ];
    const ratio = o95 / r95;
    json[`${c.key}_p50_ms`] = round(o50);
    json[`${c.key}_p95_ms`] = round(o95);
    json[`${c.key}_raw_p50_ms`] = round(r50);
    json[`${c.key}_raw_p95_ms`] = round(r95);
    json[`${c.key}_p95_ratio_to_raw`] = round(ratio);
    if (c.rawArrays && c.rawArrays.length > 0) json[`${c.key}_raw_arrays_p95_ms`] = round(percentile(c.rawArrays, 95));
    for (const [name, value] of Object.entries(c.extra)) json[`${c.key}_${name}`] = value;
    const targets: string[] = [];
    let met = true;
    if (c.targetP95Ms !== null) {
      met &&= o95 <= c.targetP95Ms;
      targets.push(`p95 <= ${c.targetP95Ms} ms`);
    }
    if (c.targetRatio !== null) {
      met &&= ratio <= c.targetRatio;
      targets.push(`<= ${c.targetRatio}x raw`);
    }
    if (targets.length > 0) {
      json[`${c.key}_target_met`] = met;
      allMet &&= met;
    }
    const extra = Object.entries(c.extra).map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`);
    rows.push([
      `${c.label} (ms)${extra.length ? ` [${extra.join(', ')}]` : ''}`,
      o50.toFixed(2),
      o95.toFixed(2),
      r50.toFixed(2),
      r95.toFixed(2),
      `${ratio.toFixed(2)}x`,
      targets.length ? `${targets.join(', ')} ${met ? 'met' : 'MISSED'}` : '',
    ]);
  }

  for (const f of figures) {
    json[f.key] = round(f.value);
    if (f.median) json[f.median.key] = round(f.median.value);
    if (f.met !== undefined) {
      json[`${f.key}_target_met`] = f.met;
      allMet &&= f.met;
    }
    rows.push([
      `${f.label} (${f.unit})`,
      f.median ? f.median.value.toFixed(2) : String(round(f.value)),
      f.median ? f.value.toFixed(2) : '',
      '',
      '',
      '',
      f.target ? `${f.target} ${f.met === false ? 'MISSED' : f.met ? 'met' : ''}` : '',
    ]);
  }

  const header = ['figure', 'p50', 'p95', 'raw p50', 'raw p95', 'p95 ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const table = [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => pad(r, widths)),
  ].join('\n');
  json['all_targets_met'] = allMet;
  return { json, table, allTargetsMet: allMet };
}
