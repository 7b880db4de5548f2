import { describe, expect, it } from 'vitest';
import type { Language } from '../../api/app';
import type { RecordData } from '../../api/records';
import type { CompanyDetails, DocumentLine, DocumentLines } from '../../api/sales';
import { CATALOGS, messageAt } from '../../i18n';
import { formatDate, formatMoney, formatPercent } from './format';
import { addressLinesOf, buildPrintable, safeFileName, type PrintSource, type Translate } from './printable';

/** The catalogs with i18next's `{{name}}` interpolation, as the renderer translates. */
function translator(language: Language): Translate {
  return (key, params) => {
    const message = messageAt(CATALOGS[language], key);
    if (message === undefined) return key;
    return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}

const CUSTOMER = 'account:0190a000-0000-7000-8000-000000000001';
const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

function record(entity: string, values: RecordData['values'], extra: Partial<RecordData> = {}): RecordData {
  return {
    id: '0190a000-0000-7000-8000-0000000000aa',
    entity,
    display_name: String(values['name'] ?? ''),
    values,
    lookups: {},
    system: {
      created_at: '2026-03-20T22:30:00.000Z',
      created_by: { id: 'u', name: 'Anna' },
      modified_at: '2026-03-20T22:30:00.000Z',
      modified_by: { id: 'u', name: 'Anna' },
      deleted_at: null,
    },
    ...extra,
  };
}

function line(n: number, extra: Partial<DocumentLine> = {}): DocumentLine {
  return {
    id: `line-${n}`,
    lineNumber: n,
    kind: 'write_in',
    productId: null,
    productName: `Product ${n}`,
    productNumber: null,
    unitId: null,
    unitName: null,
    quantity: '2',
    pricePerUnit: '1000.5',
    listedPrice: null,
    priceOverridden: false,
    priceOverride: null,
    baseAmount: '2001',
    volumeDiscount: '0',
    manualDiscount: '0',
    amount: '2001',
    taxPercent: '10',
    tax: '200.1',
    extendedAmount: '2201.1',
    description: null,
    ...extra,
  };
}

const COMPANY: CompanyDetails = {
  name: 'Northwind Traders',
  address: '1 Market Street\n\nSpringfield',
  taxId: 'US-12-3456789',
  phone: '+1 555 0100',
  email: 'billing@northwind.example',
  bankDetails: 'Bank of Springfield\nIBAN US00 0000 0000',
  terms: 'Payment within 30 days.',
  logo: LOGO,
};

function lines(items: DocumentLine[], currency = 'USD', totals: Partial<DocumentLines['totals']> = {}): DocumentLines {
  return {
    document: 'invoice:0190a000-0000-7000-8000-0000000000aa',
    currency,
    editable: true,
    lines: items,
    totals: {
      detailAmount: '4402.2',
      discountPercent: '0',
      totalDiscount: '0',
      preFreightAmount: '4402.2',
      freightAmount: '0',
      totalTax: '400.2',
      totalAmount: '4402.2',
      totalAmountBase: '4402.2',
      ...totals,
    },
  };
}

function source(overrides: Partial<PrintSource> = {}): PrintSource {
  const language = overrides.language ?? 'en';
  return {
    entity: 'invoice',
    document: record(
      'invoice',
      {
        invoice_number: 'INV-2026-00042',
        name: 'Chairs for the office',
        customer: CUSTOMER,
        invoice_date: '2026-03-21',
        due_date: '2026-04-20',
        payment_terms: 'net_30',
        status: 'active',
        bill_to: '',
        ship_to: 'Warehouse 3\nDock B',
        amount_paid: null,
      },
      { refNames: { [CUSTOMER]: 'Contoso Ltd' }, lookups: { order_id: { id: 'o', name: 'ORD-2026-00007' } } },
    ),
    lines: lines([line(2), line(1, { productNumber: 'CH-100', description: 'Oak, black\nassembled' })]),
    company: COMPANY,
    customer: record('account', {
      name: 'Contoso Ltd',
      phone: '+1 555 0199',
      email: 'ap@contoso.example',
      address_street: '5 Harbour Road',
      address_city: 'Portland',
      address_state: 'OR',
      address_postal_code: '97201',
      address_country: 'USA',
    }),
    language,
    timeZone: 'UTC',
    t: translator(language),
    ...overrides,
  };
}

describe('buildPrintable (English invoice)', () => {
  const printable = buildPrintable(source());

  it('titles the document with its number', () => {
    expect(printable.title).toBe('Invoice');
    expect(printable.number).toBe('INV-2026-00042');
    expect(printable.heading).toBe('Invoice INV-2026-00042');
    expect(printable.fileName).toBe('Invoice INV-2026-00042');
    expect(printable.name).toBe('Chairs for the office');
    expect(printable.dir).toBe('ltr');
  });

  it('lists the invoice’s dates, terms, order, currency and status', () => {
    expect(printable.details).toEqual([
      { label: 'Invoice date', value: 'March 21, 2026' },
      { label: 'Due date', value: 'April 20, 2026' },
      { label: 'Order', value: 'ORD-2026-00007' },
      { label: 'Payment terms', value: messageAt(CATALOGS.en, 'choice.payment_terms.net_30') ?? 'net_30' },
      { label: 'Currency', value: 'USD' },
      { label: 'Status', value: messageAt(CATALOGS.en, 'choice.invoice_status.active') ?? 'active' },
    ]);
  });

  it('shows the company with its address, tax id, phone, e-mail and logo', () => {
    expect(printable.company).toEqual({
      name: 'Northwind Traders',
      addressLines: ['1 Market Street', 'Springfield'],
      contacts: [
        { label: 'Tax ID', value: 'US-12-3456789' },
        { label: 'Phone', value: '+1 555 0100' },
        { label: 'Email', value: 'billing@northwind.example' },
      ],
      logo: LOGO,
    });
    expect(printable.footer).toEqual([
      { label: 'Bank details', lines: ['Bank of Springfield', 'IBAN US00 0000 0000'] },
      { label: 'Terms and conditions', lines: ['Payment within 30 days.'] },
    ]);
  });

  it('bills the customer at its address when the invoice has none, and ships where the invoice says', () => {
    expect(printable.parties).toEqual([
      {
        label: 'Bill to',
        name: 'Contoso Ltd',
        lines: ['5 Harbour Road', '97201, Portland, OR', 'USA'],
        contacts: [
          { label: 'Phone', value: '+1 555 0199' },
          { label: 'Email', value: 'ap@contoso.example' },
        ],
      },
      { label: 'Ship to', name: 'Contoso Ltd', lines: ['Warehouse 3', 'Dock B'], contacts: [] },
    ]);
  });

  it('lists the lines in order with money in the currency’s decimals and no empty discount column', () => {
    expect(printable.columns.map((c) => c.key)).toEqual(['number', 'product', 'quantity', 'price', 'tax', 'amount']);
    expect(printable.lines).toEqual([
      {
        id: 'line-1',
        number: '1',
        product: 'Product 1',
        details: ['CH-100', 'Oak, black', 'assembled'],
        quantity: '2',
        price: '1,000.50',
        discount: '0.00',
        tax: '200.10',
        amount: '2,201.10',
      },
      expect.objectContaining({ id: 'line-2', number: '2', details: [] }),
    ]);
  });

  it('adds up the totals with the currency, and writes no amount in words in English', () => {
    expect(printable.totals).toEqual([
      { label: 'Subtotal', value: '$4,402.20', grand: false },
      { label: 'Discount', value: '$0.00', grand: false },
      { label: 'Total before freight', value: '$4,402.20', grand: false },
      { label: 'Freight', value: '$0.00', grand: false },
      { label: 'Tax', value: '$400.20', grand: false },
      { label: 'Total', value: '$4,402.20', grand: true },
    ]);
    expect(printable.amountInWords).toBeNull();
    expect(printable.pageLabel).toEqual(['Page ', ' of ', '']);
  });
});

describe('buildPrintable: other documents and cases', () => {
  it('shows a percentage discount, the discount column, the payment made and the balance due', () => {
    const base = source();
    const printable = buildPrintable({
      ...base,
      document: {
        ...base.document,
        values: { ...base.document.values, amount_paid: '1000', bill_to: 'Accounts\nPO Box 9' },
      },
      lines: lines([line(1, { manualDiscount: '1.5', volumeDiscount: '2' })], 'USD', {
        discountPercent: '5',
        totalDiscount: '110.06',
        totalAmount: '4292.14',
      }),
    });
    expect(printable.columns.map((c) => c.key)).toContain('discount');
    expect(printable.lines[0]?.discount).toBe('3.50');
    expect(printable.totals[1]).toEqual({ label: 'Discount (5%)', value: '$110.06', grand: false });
    expect(printable.totals.slice(-3)).toEqual([
      { label: 'Total', value: '$4,292.14', grand: false },
      { label: 'Amount paid', value: '$1,000.00', grand: false },
      { label: 'Balance due', value: '$3,292.14', grand: true },
    ]);
    expect(printable.parties[0]?.lines.slice(0, 2)).toEqual(['Accounts', 'PO Box 9']);
  });

  it('prints a quote with its revision, its date in the user’s time zone and its validity', () => {
    const printable = buildPrintable({
      ...source(),
      entity: 'quote',
      timeZone: 'Asia/Tehran',
      document: record('quote', {
        quote_number: 'Q-2026-00001',
        revision: 2,
        name: 'Proposal',
        effective_from: '2026-03-01',
        effective_to: '2026-03-31',
        status: 'draft',
        customer: CUSTOMER,
      }),
    });
    expect(printable.heading).toBe('Quote Q-2026-00001');
    expect(printable.details.slice(0, 4)).toEqual([
      { label: 'Revision', value: '2' },
      // 22:30 UTC on the 20th is already the 21st in Tehran.
      { label: 'Date', value: 'March 21, 2026' },
      { label: 'Valid from', value: 'March 1, 2026' },
      { label: 'Valid until', value: 'March 31, 2026' },
    ]);
  });

  it('prints an order with its quote and requested delivery', () => {
    const printable = buildPrintable({
      ...source(),
      entity: 'sales_order',
      document: record(
        'sales_order',
        { order_number: 'ORD-2026-00007', requested_delivery: '2026-04-02', customer: CUSTOMER },
        { lookups: { quote_id: { id: 'q', name: 'Q-2026-00001' } } },
      ),
    });
    expect(printable.title).toBe(messageAt(CATALOGS.en, 'print.title.sales_order'));
    expect(printable.details.slice(0, 3)).toEqual([
      { label: 'Order date', value: 'March 20, 2026' },
      { label: 'Quote', value: 'Q-2026-00001' },
      { label: 'Requested delivery', value: 'April 2, 2026' },
    ]);
  });

  it('names a contact’s account, leaves out a logo that is not an image, and copes with no customer record', () => {
    const contact = record(
      'contact',
      { first_name: 'Ivan', email: 'ivan@example.ru', business_phone: '+7 495 000 00 00' },
      { display_name: 'Ivan Petrov', lookups: { account_id: { id: 'a', name: 'Romashka LLC' } } },
    );
    const base = source();
    const withContact = buildPrintable({
      ...base,
      document: { ...base.document, refNames: {} },
      customer: contact,
      company: { ...COMPANY, logo: 'javascript:alert(1)' },
    });
    expect(withContact.parties[0]).toEqual({
      label: 'Bill to',
      name: 'Ivan Petrov',
      lines: ['Romashka LLC'],
      contacts: [
        { label: 'Phone', value: '+7 495 000 00 00' },
        { label: 'Email', value: 'ivan@example.ru' },
      ],
    });
    expect(withContact.company.logo).toBeNull();
    const without = buildPrintable({ ...base, customer: null });
    expect(without.parties[0]).toEqual({ label: 'Bill to', name: 'Contoso Ltd', lines: [], contacts: [] });
  });
});

describe('buildPrintable in Russian and Persian', () => {
  it('writes the Russian invoice with «№» and the amount payable in words', () => {
    const printable = buildPrintable(
      source({ language: 'ru', lines: lines([line(1)], 'RUB', { totalAmount: '1234.56' }) }),
    );
    expect(printable.heading).toBe('Счёт № INV-2026-00042');
    expect(printable.totals.at(-1)).toEqual({
      label: 'Итого',
      value: formatMoney('ru', '1234.56', 'RUB'),
      grand: true,
    });
    expect(printable.totals.at(-1)?.value).toBe('1\u00a0234,56\u00a0₽');
    expect(printable.amountInWords).toEqual({
      label: 'Всего к оплате',
      value: 'Одна тысяча двести тридцать четыре рубля 56 копеек',
    });
    expect(printable.details[0]).toEqual({ label: 'Дата счёта', value: '21 марта 2026 г.' });
  });

  it('lays the Persian invoice right to left, in Persian digits and calendar, with the amount in words', () => {
    const printable = buildPrintable(
      source({
        language: 'fa',
        lines: lines([line(1), line(2, { unitName: 'Box' })], 'IRR', {
          totalAmount: '1500000',
          detailAmount: '1500000',
        }),
      }),
    );
    expect(printable.dir).toBe('rtl');
    // A Latin unit name is isolated so that "۲ Box" keeps its reading order beside Persian digits.
    expect(printable.lines[1]?.quantity).toBe('۲ \u2068Box\u2069');
    expect(printable.heading).toBe('فاکتور شماره INV-2026-00042');
    expect(printable.details[0]).toEqual({ label: 'تاریخ فاکتور', value: '۱ فروردین ۱۴۰۵' });
    expect(printable.lines[0]?.number).toBe('۱');
    expect(printable.lines[0]?.quantity).toBe('۲');
    // Whole rials: no decimals.
    expect(printable.lines[0]?.price).toBe('۱٬۰۰۱');
    expect(printable.totals.at(-1)?.value).toContain('۱٬۵۰۰٬۰۰۰');
    expect(printable.amountInWords).toEqual({ label: 'مبلغ به حروف', value: 'یک میلیون و پانصد هزار ریال' });
    expect(printable.pageLabel).toEqual(['صفحه ', ' از ', '']);
  });
});

describe('print formats and helpers', () => {
  it('formats percentages exactly and dates without a time-zone shift', () => {
    expect(formatPercent('en', '7.5')).toBe('7.5%');
    expect(formatPercent('en', '100')).toBe('100%');
    expect(formatPercent('en', '0.125')).toBe('0.125%');
    expect(formatPercent('fa', '5')).toBe('۵٪');
    expect(formatDate('en', '2026-01-01')).toBe('January 1, 2026');
    expect(formatDate('en', 'soon')).toBe('soon');
  });

  it('formats money of unknown codes with the code', () => {
    expect(formatMoney('en', '12.5', 'EUR')).toBe('€12.50');
    expect(formatMoney('en', '12.5', 'ZZZ')).toMatch(/12\.50/);
  });

  it('makes a file name any system accepts', () => {
    expect(safeFileName('Invoice INV/2026:01*?')).toBe('Invoice INV 2026 01');
    expect(safeFileName('...')).toBe('document');
  });

  it('composes an address from the record’s parts, skipping empty ones', () => {
    expect(addressLinesOf({ address_city: 'Moscow', address_country: 'Russia' })).toEqual(['Moscow', 'Russia']);
    expect(addressLinesOf({})).toEqual([]);
  });
});
