import type { LineInputData, RecordValues } from '../../../src-shared/api';
import { recordState, SampleRandom, seedState } from '../../sample/random';
import { mutateRecord } from '../records/mutate-record';
import type { WriteContext } from '../records/write-context';
import { activate, invoiceFromOrder, documentFromOpportunity, markPaid, pay, win } from './document-commands';
import { disqualify, qualify } from './lead-commands';
import { saveLine } from './lines';
import { closeOpportunity } from './opportunity-commands';

/**
 * The sales side of the sample company: a small catalog (two unit groups,
 * a dozen products, a volume discount, this year's price list), competitors,
 * two campaigns, leads from every source, opportunities at every stage with
 * product lines, and the quotes, orders and invoices of the deals already
 * won. Written through the sales commands, so numbers, prices and totals are
 * exactly what a user doing the same would get. Deterministic for a seed and
 * a day.
 */

const STREAM_SALES = 6;
const DAY = 86_400_000;

interface ProductSpec {
  readonly number: string;
  readonly name: string;
  readonly group: 'units' | 'time';
  readonly unit: string;
  readonly price: string;
  readonly cost: string;
  readonly type: 'goods' | 'service';
}

const PRODUCTS: readonly ProductSpec[] = [
  { number: 'LAP-14', name: 'Laptop 14"', group: 'units', unit: 'Each', price: '1150', cost: '820', type: 'goods' },
  {
    number: 'LAP-16',
    name: 'Laptop 16" Pro',
    group: 'units',
    unit: 'Each',
    price: '1890',
    cost: '1350',
    type: 'goods',
  },
  { number: 'MON-27', name: 'Monitor 27"', group: 'units', unit: 'Each', price: '329', cost: '210', type: 'goods' },
  {
    number: 'DOC-USB',
    name: 'USB-C docking station',
    group: 'units',
    unit: 'Each',
    price: '189',
    cost: '115',
    type: 'goods',
  },
  {
    number: 'KEY-WL',
    name: 'Wireless keyboard and mouse',
    group: 'units',
    unit: 'Each',
    price: '59',
    cost: '31',
    type: 'goods',
  },
  {
    number: 'HDS-01',
    name: 'Headset with microphone',
    group: 'units',
    unit: 'Each',
    price: '79',
    cost: '44',
    type: 'goods',
  },
  { number: 'PAP-A4', name: 'Printer paper A4', group: 'units', unit: 'Box', price: '42', cost: '27', type: 'goods' },
  {
    number: 'TON-BK',
    name: 'Toner cartridge, black',
    group: 'units',
    unit: 'Each',
    price: '96',
    cost: '58',
    type: 'goods',
  },
  {
    number: 'SRV-INST',
    name: 'Installation and setup',
    group: 'time',
    unit: 'Hour',
    price: '85',
    cost: '40',
    type: 'service',
  },
  {
    number: 'SRV-TRN',
    name: 'On-site training',
    group: 'time',
    unit: 'Day',
    price: '640',
    cost: '300',
    type: 'service',
  },
  {
    number: 'SRV-SUP',
    name: 'Support contract, per month',
    group: 'time',
    unit: 'Month',
    price: '250',
    cost: '90',
    type: 'service',
  },
  { number: 'SRV-AUD', name: 'IT audit', group: 'time', unit: 'Day', price: '720', cost: '310', type: 'service' },
];

const COMPETITORS = [
  {
    name: 'Contoso Systems',
    website: 'contoso.example',
    strengths: 'Low prices on hardware',
    weaknesses: 'Slow support',
  },
  {
    name: 'Fabrikam Solutions',
    website: 'fabrikam.example',
    strengths: 'Strong brand',
    weaknesses: 'Few local engineers',
  },
  { name: 'Litware Office', website: 'litware.example', strengths: 'Fast delivery', weaknesses: 'Narrow catalog' },
];

const LEAD_SOURCES = [
  'website',
  'campaign',
  'trade_show',
  'social_media',
  'pay_per_click',
  'purchased_list',
  'referral',
  'other',
];
const FIRST = ['Anna', 'Pavel', 'Maryam', 'John', 'Elena', 'Reza', 'Sofia', 'Dmitry', 'Sara', 'Ali', 'Irina', 'Mark'];
const LAST = ['Kuznetsova', 'Orlov', 'Ahmadi', 'Walker', 'Volkova', 'Karimi', 'Rossi', 'Sokolov', 'Hill', 'Moradi'];
const TOPICS = [
  'New laptops for the sales team',
  'Office monitors upgrade',
  'IT audit before the move',
  'Support contract renewal',
  'Training for new staff',
  'Printer supplies for the year',
  'Headsets for the call centre',
  'Docking stations for hot desks',
];

export interface SampleSalesResult {
  readonly products: number;
  readonly opportunities: number;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function create(ctx: WriteContext, entity: string, values: RecordValues, command = false): string {
  return mutateRecord(ctx, { op: 'create', entity, values, command }).id;
}

export function writeSampleSales(
  ctx: WriteContext,
  accountIds: readonly string[],
  today: number,
  seed = 20_240_304,
): SampleSalesResult {
  const rng = new SampleRandom(recordState(seedState(seed), 0, STREAM_SALES));
  const year = new Date(today).getUTCFullYear();

  // Catalog, in the order the UI enforces.
  const units = create(ctx, 'unit_group', { name: 'Units', base_unit_name: 'Each' });
  const time = create(ctx, 'unit_group', { name: 'Time', base_unit_name: 'Hour' });
  const unitIds = new Map<string, string>();
  const baseOf = (group: string) =>
    (ctx.db.stmt('SELECT id FROM unit WHERE unit_group_id = ? AND is_base = 1').get(group) as { id: string }).id;
  unitIds.set('Each', baseOf(units));
  unitIds.set('Hour', baseOf(time));
  unitIds.set(
    'Box',
    create(ctx, 'unit', { name: 'Box', unit_group_id: units, quantity: 10, base_unit_id: unitIds.get('Each') ?? null }),
  );
  unitIds.set(
    'Day',
    create(ctx, 'unit', { name: 'Day', unit_group_id: time, quantity: 8, base_unit_id: unitIds.get('Hour') ?? null }),
  );
  unitIds.set(
    'Month',
    create(ctx, 'unit', { name: 'Month', unit_group_id: time, quantity: 20, base_unit_id: unitIds.get('Day') ?? null }),
  );

  const volume = create(ctx, 'discount_list', { name: 'Volume discount', discount_type: 'percentage' });
  for (const [begin, end, amount] of [
    ['5', '19', '3'],
    ['20', '49', '5'],
    ['50', '100000', '8'],
  ] as const)
    create(ctx, 'discount_range', { discount_list_id: volume, begin_quantity: begin, end_quantity: end, amount });
  const priceList = create(ctx, 'price_list', {
    name: 'Standard prices',
    currency: 'USD',
    valid_from: `${year}-01-01`,
    valid_to: `${year + 1}-12-31`,
  });

  const products: { id: string; unit: string; goods: boolean }[] = [];
  for (const spec of PRODUCTS) {
    const unit = unitIds.get(spec.unit) as string;
    const id = create(ctx, 'product', {
      product_number: spec.number,
      name: spec.name,
      unit_group_id: spec.group === 'units' ? units : time,
      default_unit_id: unit,
      currency: 'USD',
      list_price: spec.price,
      standard_cost: spec.cost,
      current_cost: spec.cost,
      status: 'active',
      product_type: spec.type,
    });
    create(ctx, 'price_list_item', {
      price_list_id: priceList,
      product_id: id,
      unit_id: unit,
      pricing_method: 'percent_of_list',
      percent: '100',
      ...(spec.type === 'goods' ? { discount_list_id: volume } : {}),
    });
    products.push({ id, unit, goods: spec.type === 'goods' });
  }

  const competitors = COMPETITORS.map((c) => create(ctx, 'competitor', c));
  const campaigns = [
    create(ctx, 'campaign', {
      name: 'Spring office refresh',
      code: `CMP-${year}-01`,
      campaign_type: 'direct_marketing',
      status: 'launched',
      proposed_start: `${year}-03-01`,
      proposed_end: `${year}-05-31`,
      budget: '4000',
    }),
    create(ctx, 'campaign', {
      name: 'Trade fair stand',
      code: `CMP-${year}-02`,
      campaign_type: 'event',
      status: 'completed',
      proposed_start: `${year}-02-10`,
      proposed_end: `${year}-02-12`,
      budget: '9000',
    }),
  ];

  const lineFor = (): LineInputData => {
    const product = rng.pick(products);
    return {
      kind: 'catalog',
      productId: product.id,
      unitId: product.unit,
      quantity: String(product.goods ? rng.between(1, 40) : rng.between(1, 12)),
      taxPercent: '0',
    };
  };

  // Leads: most open, some disqualified; a few qualified into opportunities on existing accounts.
  const qualifiedAccounts = accountIds.slice(0, 6);
  for (let i = 0; i < 28; i++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    const source = rng.pick(LEAD_SOURCES);
    const lead = create(ctx, 'lead', {
      topic: rng.pick(TOPICS),
      first_name: first,
      last_name: last,
      company_name: `${last} ${rng.pick(['Group', 'Partners', 'Trading', 'Studio'])}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
      lead_source: source,
      ...(source === 'campaign' ? { source_campaign_id: rng.pick(campaigns) } : {}),
      rating: rng.pick(['hot', 'warm', 'cold']),
      estimated_value: String(rng.between(5, 80) * 100),
      estimated_close_date: isoDay(today + rng.between(10, 150) * DAY),
      ...(i % 3 === 0 ? { status: 'contacted' } : {}),
    });
    if (i < qualifiedAccounts.length) {
      qualify(ctx, {
        id: lead,
        account: { mode: 'existing', id: qualifiedAccounts[i] as string },
        contact: { mode: 'new' },
        createOpportunity: true,
      });
    } else if (i % 7 === 0) {
      disqualify(ctx, lead, rng.pick(['lost', 'cannot_contact', 'no_longer_interested']));
    }
  }

  // Opportunities at every stage, on the first accounts, with product lines.
  const stages = ['qualify', 'develop', 'propose', 'close'];
  const opportunities: string[] = [];
  for (let i = 0; i < 36; i++) {
    const account = accountIds[(i * 5) % Math.max(1, accountIds.length)] as string;
    const id = create(ctx, 'opportunity', {
      name: rng.pick(TOPICS),
      customer: `account:${account}`,
      price_list_id: priceList,
      sales_stage: stages[i % 4] ?? 'qualify',
      revenue_mode: 'calculated',
      estimated_close_date: isoDay(today + rng.between(-20, 170) * DAY),
      purchase_timeframe: rng.pick(['this_quarter', 'next_quarter', 'this_year']),
      lead_source: rng.pick(LEAD_SOURCES),
      ...(rng.chance(0.5) ? { competitors: [`competitor:${rng.pick(competitors)}`] } : {}),
    });
    const ref = `opportunity:${id}`;
    for (let n = rng.between(1, 4); n > 0; n--) saveLine(ctx, ref, lineFor());
    opportunities.push(id);
  }

  // Deals of the last months: quoted, won into orders and invoices, some paid; some lost.
  for (let i = 0; i < 12; i++) {
    const id = opportunities[i] as string;
    const closeDay = isoDay(today - rng.between(3, 170) * DAY);
    if (i % 4 === 3) {
      closeOpportunity(ctx, {
        outcome: 'lost',
        id,
        reason: rng.chance(0.6) ? 'out_sold' : 'canceled',
        competitorId: rng.pick(competitors),
        actualCloseDate: closeDay,
        closeQuotes: true,
      });
      continue;
    }
    const quote = documentFromOpportunity(ctx, id, 'quote');
    activate(ctx, quote.id);
    const won = win(ctx, quote.id);
    closeOpportunity(ctx, { outcome: 'won', id, actualCloseDate: closeDay, closeQuotes: true });
    const invoice = invoiceFromOrder(ctx, won.order.id);
    if (i % 3 === 0) markPaid(ctx, invoice.id, closeDay);
    else if (i % 3 === 1) {
      const total = ctx.db.stmt('SELECT total_amount FROM invoice WHERE id = ?').get(invoice.id) as {
        total_amount: number;
      };
      const half = Math.floor(total.total_amount / 20_000) / 100;
      if (half > 0) pay(ctx, invoice.id, half.toFixed(2), closeDay);
    }
  }
  // Two open quotes waiting for an answer.
  for (const id of opportunities.slice(12, 14)) activate(ctx, documentFromOpportunity(ctx, id, 'quote').id);

  // This quarter's targets for the current user.
  const quarterStart = new Date(Date.UTC(year, Math.floor(new Date(today).getUTCMonth() / 3) * 3, 1));
  for (let m = 0; m < 3; m++) {
    const start = new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + m, 1));
    create(ctx, 'sales_target', {
      name: `Target ${isoDay(start.getTime()).slice(0, 7)}`,
      owner_id: ctx.userId(),
      period_type: 'month',
      period_start: isoDay(start.getTime()),
      target_revenue: '25000',
      target_count: 4,
    });
  }
  return { products: products.length, opportunities: opportunities.length };
}
