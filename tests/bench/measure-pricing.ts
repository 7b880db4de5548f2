import { documentTotals, priceLines, type LineInput, type PricingContext } from '../../src-shared/rules/pricing';
import type { DiscountList, PriceListItem, PricedProduct, PricingMethod } from '../../src-shared/rules/pricing';
import type { BenchFigure } from './report';
import { percentile, seededRandom, timeSync } from './stats';

/**
 * Pricing a 200-line quote with the pricing rules: every line's price from
 * the price list (all six pricing methods, rounding policies, units other
 * than the default, volume discounts), then the document totals. Beside it,
 * the floor: the same arithmetic in plain floating point with no checks,
 * which is what exact decimals and validation cost against.
 */

const LINES = 200;
const RUNS = 300;
const TARGET_LINES_PER_S = 100_000;
const METHODS: readonly PricingMethod[] = [
  'currency_amount',
  'percent_of_list',
  'markup_current_cost',
  'markup_standard_cost',
  'margin_current_cost',
  'margin_standard_cost',
];

export function pricingFixture(lines = LINES): { context: PricingContext; inputs: LineInput[] } {
  const random = seededRandom(4242);
  const unitGroup = {
    baseUnit: 'each',
    units: [
      { name: 'six', quantity: '6', of: 'each' },
      { name: 'case', quantity: '2', of: 'six' },
    ],
  };
  const products = new Map<string, PricedProduct>();
  const items: PriceListItem[] = [];
  const discount: DiscountList = {
    type: 'percentage',
    ranges: [
      { begin: '10', end: '49', value: '3' },
      { begin: '50', end: '99', value: '5' },
      { begin: '100', end: '100000', value: '8' },
    ],
  };
  const inputs: LineInput[] = [];
  for (let i = 0; i < lines; i++) {
    const id = `p${i}`;
    const cost = (5 + random() * 200).toFixed(2);
    products.set(id, {
      id,
      unitGroup,
      defaultUnit: 'each',
      currency: 'USD',
      listPrice: (Number(cost) * 1.6).toFixed(2),
      currentCost: cost,
      standardCost: (Number(cost) * 0.95).toFixed(2),
      quantityDecimals: i % 4 === 0 ? 2 : 0,
    });
    const unit = ['each', 'six', 'case'][i % 3] as string;
    const method = METHODS[i % METHODS.length] as PricingMethod;
    items.push({
      productId: id,
      unit,
      method,
      amount: method === 'currency_amount' ? (Number(cost) * 1.5).toFixed(2) : null,
      percent: method === 'currency_amount' ? null : String(10 + (i % 30)),
      rounding: i % 5 === 0 ? { policy: 'nearest', amount: '0.05' } : { policy: 'none' },
      discountListId: i % 2 === 0 ? 'volume' : null,
    });
    inputs.push({
      kind: 'catalog',
      productId: id,
      unit,
      quantity: String(1 + Math.floor(random() * 150)),
      manualDiscount: i % 7 === 0 ? '1.50' : null,
      tax: { percent: '20' },
    });
  }
  return {
    context: {
      currency: 'USD',
      date: '2026-05-01',
      priceList: { currency: 'USD', validFrom: '2026-01-01', validTo: '2026-12-31' },
      priceListItems: items,
      products,
      discountLists: new Map([['volume', discount]]),
    },
    inputs,
  };
}

/** The floor: the same steps on floats, no parsing of the stored decimals, no checks. */
function rawQuote(fixture: ReturnType<typeof pricingFixture>): number {
  let total = 0;
  for (const input of fixture.inputs) {
    if (input.kind !== 'catalog') continue;
    const product = fixture.context.products.get(input.productId);
    const price = Number(product?.listPrice ?? 0) * (input.unit === 'each' ? 1 : input.unit === 'six' ? 6 : 12);
    const quantity = Number(input.quantity);
    const base = Math.round(price * quantity * 100) / 100;
    const discounted = base - Math.round(base * (quantity >= 100 ? 0.08 : 0.03) * 100) / 100;
    total += discounted + Math.round(discounted * 20) / 100;
  }
  return total;
}

export function measurePricing(log: (line: string) => void = () => {}): BenchFigure[] {
  const fixture = pricingFixture();
  const quote = () => {
    const priced = priceLines(fixture.inputs, fixture.context);
    if (!priced.ok) throw new Error(`pricing failed: ${JSON.stringify(priced.issues[0])}`);
    const totals = documentTotals(priced.value, { discountPercent: '2', freight: '35' }, 'USD');
    if (!totals.ok) throw new Error('totals failed');
    return totals.value.totalAmount;
  };
  // Warm: the pricing code is compiled by the time a user prices their second quote.
  for (let i = 0; i < 300; i++) quote();
  // Throughput: quotes priced back to back, as a batch re-pricing does.
  const batchStart = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) quote();
  const batchMs = Number(process.hrtime.bigint() - batchStart) / 1e6;
  const rawStart = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) rawQuote(fixture);
  const rawMs = Number(process.hrtime.bigint() - rawStart) / 1e6;
  // Latency: each quote on its own.
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(timeSync(quote));
  const linesPerSecond = (LINES * RUNS) / (batchMs / 1000);
  const rawPerSecond = (LINES * RUNS) / (rawMs / 1000);
  log(`pricing: ${Math.round(linesPerSecond)} lines/s (raw floats ${Math.round(rawPerSecond)})`);
  return [
    {
      key: 'quote_200_lines_priced_p95_ms',
      label: 'pricing a 200-line quote (lines and totals)',
      value: percentile(times, 95),
      unit: 'ms',
      median: { key: 'quote_200_lines_priced_p50_ms', value: percentile(times, 50) },
    },
    {
      key: 'lines_priced_per_s',
      label: 'lines priced per second',
      value: linesPerSecond,
      unit: 'lines/s',
      target: `>= ${TARGET_LINES_PER_S.toLocaleString('en')} lines/s`,
      met: linesPerSecond >= TARGET_LINES_PER_S,
    },
    {
      key: 'lines_priced_raw_per_s',
      label: '  raw: the same arithmetic on floats, no checks',
      value: rawPerSecond,
      unit: 'lines/s',
    },
  ];
}

/** As a bench extension: pure computation, it needs nothing of the built database. */
export const measurePricingExtension = (ctx: { readonly log: (line: string) => void }): Promise<BenchFigure[]> =>
  Promise.resolve(measurePricing(ctx.log));
