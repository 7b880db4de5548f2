import type { Language } from '../../api/app';
import type { FieldValue, RecordData } from '../../api/records';
import type { CompanyDetails, DocumentLine, DocumentLines } from '../../api/sales';
import { Dec, parseDecimal, toDecimalString } from '../pricing/money';
import { amountInWords } from './amount-words';
import type { PrintableEntity } from './printable-entities';
import { dateIn, formatAmount, formatDate, formatInteger, formatMoney, formatPercent, formatQuantity } from './format';

/**
 * The printed quote, order or invoice as data: every text the template
 * shows, already translated and formatted for the user's language, built
 * from what the API returns (the document record, its lines and totals, the
 * company details from the sales settings and the customer's record). The
 * template (src-renderer/print) only lays it out, so what an invoice says
 * is decided, and tested, here.
 */

export { isPrintableEntity, PRINTABLE_ENTITIES, type PrintableEntity } from './printable-entities';

/** Languages whose invoices write the amount payable in words below the total. */
export const AMOUNT_IN_WORDS_LANGUAGES: readonly Language[] = ['ru', 'fa'];

/** i18next-style translation: the message at `key` with `{{name}}` filled in; the key itself when it is missing. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export interface PrintSource {
  readonly entity: PrintableEntity;
  readonly document: RecordData;
  readonly lines: DocumentLines;
  readonly company: CompanyDetails;
  /** The customer's account or contact, or null when it could not be read (deleted, not shared). */
  readonly customer: RecordData | null;
  readonly language: Language;
  /** The user's time zone, for the date a document was created. */
  readonly timeZone: string;
  readonly t: Translate;
}

export interface PrintField {
  readonly label: string;
  readonly value: string;
}

export interface PrintParty {
  readonly label: string;
  readonly name: string;
  /** The account of a contact, then the address. */
  readonly lines: readonly string[];
  /** Phone and e-mail. */
  readonly contacts: readonly PrintField[];
}

export type PrintColumnKey = 'number' | 'product' | 'quantity' | 'price' | 'discount' | 'tax' | 'amount';

export interface PrintColumn {
  readonly key: PrintColumnKey;
  readonly label: string;
  /** Numbers align to the end of the cell. */
  readonly numeric: boolean;
}

export interface PrintLine {
  readonly id: string;
  readonly number: string;
  readonly product: string;
  /** Product number and the line's description, under the product's name. */
  readonly details: readonly string[];
  readonly quantity: string;
  readonly price: string;
  readonly discount: string;
  readonly tax: string;
  readonly amount: string;
}

export interface PrintTotal {
  readonly label: string;
  readonly value: string;
  /** The amount the customer pays, shown strongest. */
  readonly grand: boolean;
}

export interface PrintCompany {
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly contacts: readonly PrintField[];
  /** A `data:image/…` URL, or null. */
  readonly logo: string | null;
}

export interface PrintBlock {
  readonly label: string;
  readonly lines: readonly string[];
}

export interface Printable {
  readonly entity: PrintableEntity;
  readonly language: Language;
  readonly dir: 'ltr' | 'rtl';
  /** "Invoice", "Счёт", «فاکتور». */
  readonly title: string;
  readonly number: string;
  /** "Invoice INV-2026-00001": the title with the number, on every page. */
  readonly heading: string;
  /** The document's name (its topic). */
  readonly name: string;
  /** A file name without extension for the PDF: the heading without characters file systems refuse. */
  readonly fileName: string;
  readonly details: readonly PrintField[];
  readonly company: PrintCompany;
  readonly parties: readonly PrintParty[];
  readonly columns: readonly PrintColumn[];
  readonly lines: readonly PrintLine[];
  /** Shown instead of the table when the document has no lines. */
  readonly noLines: string;
  readonly totals: readonly PrintTotal[];
  readonly amountInWords: PrintField | null;
  readonly footer: readonly PrintBlock[];
  /** "Page {{page}} of {{pages}}" split around the two counters, for the page's margin. */
  readonly pageLabel: readonly [before: string, between: string, after: string];
}

const TEXT = (value: FieldValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function dec(value: string | null | undefined): Dec {
  return (value ? parseDecimal(value) : undefined) ?? new Dec(0);
}

/** A translation that falls back to `fallback` when the catalog has no message for `key`. */
function labelOr(t: Translate, key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

const TITLE_KEYS: Readonly<Record<PrintableEntity, string>> = {
  quote: 'print.title.quote',
  sales_order: 'print.title.sales_order',
  invoice: 'print.title.invoice',
};

const NUMBER_FIELDS: Readonly<Record<PrintableEntity, string>> = {
  quote: 'quote_number',
  sales_order: 'order_number',
  invoice: 'invoice_number',
};

const STATUS_SETS: Readonly<Record<PrintableEntity, string>> = {
  quote: 'quote_status',
  sales_order: 'order_status',
  invoice: 'invoice_status',
};

/** Characters Windows, macOS or Linux refuse in a file name. */
export function safeFileName(text: string): string {
  const cleaned = [...text]
    .map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 120) || 'document';
}

function details(source: PrintSource): PrintField[] {
  const { entity, document, language, t } = source;
  const values = document.values;
  const out: PrintField[] = [];
  const date = (label: string, value: FieldValue | undefined) => {
    const text = TEXT(value);
    if (text) out.push({ label: t(label), value: formatDate(language, text) });
  };
  const created = dateIn(document.system.created_at, source.timeZone);

  if (entity === 'quote') {
    const revision = values['revision'];
    if (typeof revision === 'number')
      out.push({ label: t('print.revision'), value: formatInteger(language, revision) });
    if (created) date('print.date', created);
    date('print.valid_from', values['effective_from']);
    date('print.valid_until', values['effective_to']);
  } else if (entity === 'sales_order') {
    if (created) date('print.order_date', created);
    const quote = document.lookups['quote_id']?.name;
    if (quote) out.push({ label: t('print.quote_ref'), value: quote });
    date('print.requested_delivery', values['requested_delivery']);
  } else {
    date('print.invoice_date', TEXT(values['invoice_date']) || created || '');
    date('print.due_date', values['due_date']);
    const order = document.lookups['order_id']?.name;
    if (order) out.push({ label: t('print.order_ref'), value: order });
  }
  const terms = TEXT(values['payment_terms']);
  if (terms) out.push({ label: t('print.payment_terms'), value: labelOr(t, `choice.payment_terms.${terms}`, terms) });
  out.push({ label: t('print.currency'), value: source.lines.currency });
  const status = TEXT(values['status']);
  if (status)
    out.push({ label: t('print.status'), value: labelOr(t, `choice.${STATUS_SETS[entity]}.${status}`, status) });
  return out;
}

function company(source: PrintSource): PrintCompany {
  const { company: details, t } = source;
  const contacts: PrintField[] = [];
  if (details.taxId.trim()) contacts.push({ label: t('print.tax_id'), value: details.taxId.trim() });
  if (details.phone.trim()) contacts.push({ label: t('print.phone'), value: details.phone.trim() });
  if (details.email.trim()) contacts.push({ label: t('print.email'), value: details.email.trim() });
  const logo = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(details.logo) ? details.logo : null;
  return { name: details.name.trim(), addressLines: linesOf(details.address), contacts, logo };
}

/** The customer's postal address from its record: street, then city, region and postcode, then country. */
export function addressLinesOf(values: Readonly<Record<string, FieldValue>>): string[] {
  const place = [TEXT(values['address_postal_code']), TEXT(values['address_city']), TEXT(values['address_state'])]
    .filter(Boolean)
    .join(', ');
  return [...linesOf(TEXT(values['address_street'])), place, TEXT(values['address_country'])].filter(Boolean);
}

function parties(source: PrintSource): PrintParty[] {
  const { document, customer, t } = source;
  const ref = TEXT(document.values['customer']);
  const name = (ref && document.refNames?.[ref]) || customer?.display_name || '';
  const billTo: string[] = [];
  if (customer?.entity === 'contact') {
    const account = customer.lookups['account_id']?.name;
    if (account) billTo.push(account);
  }
  const typed = linesOf(TEXT(document.values['bill_to']));
  billTo.push(...(typed.length > 0 ? typed : customer ? addressLinesOf(customer.values) : []));
  const contacts: PrintField[] = [];
  if (customer) {
    const phone = TEXT(customer.values['phone']) || TEXT(customer.values['business_phone']);
    const email = TEXT(customer.values['email']);
    if (phone) contacts.push({ label: t('print.phone'), value: phone });
    if (email) contacts.push({ label: t('print.email'), value: email });
  }
  const out: PrintParty[] = [{ label: t('print.bill_to'), name, lines: billTo, contacts }];
  const shipTo = linesOf(TEXT(document.values['ship_to']));
  if (shipTo.length > 0) out.push({ label: t('print.ship_to'), name, lines: shipTo, contacts: [] });
  return out;
}

/**
 * A Latin unit name beside Persian digits is reordered by the bidi algorithm
 * ("Box ۳۲"); isolating it keeps "۳۲ Box" in reading order. Left-to-right
 * languages need no marks (and their PDFs keep plain text).
 */
function isolate(language: PrintSource['language'], text: string): string {
  return language === 'fa' ? `\u2068${text}\u2069` : text;
}

function printLine(source: PrintSource, line: DocumentLine): PrintLine {
  const { language, lines } = source;
  const money = (value: string) => formatAmount(language, value, lines.currency);
  const quantity = formatQuantity(language, line.quantity);
  const discount = dec(line.volumeDiscount).plus(dec(line.manualDiscount));
  return {
    id: line.id,
    number: formatInteger(language, line.lineNumber),
    product: line.productName,
    details: [line.productNumber ?? '', ...linesOf(line.description ?? '')].filter(Boolean),
    quantity: line.unitName ? `${quantity} ${isolate(language, line.unitName)}` : quantity,
    price: money(line.pricePerUnit),
    discount: money(toDecimalString(discount)),
    tax: money(line.tax),
    amount: money(line.extendedAmount),
  };
}

function totals(source: PrintSource): PrintTotal[] {
  const { language, t, lines, entity, document } = source;
  const { totals: sums, currency } = lines;
  const money = (value: string) => formatMoney(language, value, currency);
  const row = (key: string, value: string, grand = false, params?: Record<string, string>): PrintTotal => ({
    label: t(key, params),
    value: money(value),
    grand,
  });
  const percent = dec(sums.discountPercent);
  const out: PrintTotal[] = [
    row('print.totals.detail', sums.detailAmount),
    percent.isZero()
      ? row('print.totals.discount', sums.totalDiscount)
      : row('print.totals.discount_percent', sums.totalDiscount, false, {
          percent: formatPercent(language, toDecimalString(percent)),
        }),
    row('print.totals.pre_freight', sums.preFreightAmount),
    row('print.totals.freight', sums.freightAmount),
    row('print.totals.tax', sums.totalTax),
  ];
  const paid = entity === 'invoice' ? dec(TEXT(document.values['amount_paid']) || null) : new Dec(0);
  if (paid.isZero()) out.push(row('print.totals.total', sums.totalAmount, true));
  else {
    out.push(row('print.totals.total', sums.totalAmount));
    out.push(row('print.totals.paid', toDecimalString(paid)));
    out.push(row('print.totals.balance', toDecimalString(dec(sums.totalAmount).minus(paid)), true));
  }
  return out;
}

function footer(source: PrintSource): PrintBlock[] {
  const { company: details, t } = source;
  const out: PrintBlock[] = [];
  const bank = linesOf(details.bankDetails);
  const terms = linesOf(details.terms);
  if (bank.length > 0) out.push({ label: t('print.bank_details'), lines: bank });
  if (terms.length > 0) out.push({ label: t('print.terms'), lines: terms });
  return out;
}

function pageLabel(t: Translate): readonly [string, string, string] {
  const text = t('print.page', { page: '\u0000', pages: '\u0000' });
  const [before = '', between = '', after = ''] = text.split('\u0000');
  return [before, between, after];
}

/** The printable document; pure, so the same record always prints the same. */
export function buildPrintable(source: PrintSource): Printable {
  const { entity, document, lines, language, t } = source;
  const title = t(TITLE_KEYS[entity]);
  const number = TEXT(document.values[NUMBER_FIELDS[entity]]);
  const heading = number ? t('print.heading', { title, number }) : title;
  const total = lines.totals.totalAmount;
  const words = AMOUNT_IN_WORDS_LANGUAGES.includes(language) ? amountInWords(language, total, lines.currency) : null;
  // A discount column of zeros says nothing: it is left out when no line has a discount.
  const discounted = lines.lines.some((l) => !dec(l.volumeDiscount).plus(dec(l.manualDiscount)).isZero());
  const columns: PrintColumn[] = [
    { key: 'number', label: t('print.columns.number'), numeric: true },
    { key: 'product', label: t('print.columns.product'), numeric: false },
    { key: 'quantity', label: t('print.columns.quantity'), numeric: true },
    { key: 'price', label: t('print.columns.price'), numeric: true },
    ...(discounted ? [{ key: 'discount' as const, label: t('print.columns.discount'), numeric: true }] : []),
    { key: 'tax', label: t('print.columns.tax'), numeric: true },
    { key: 'amount', label: t('print.columns.amount'), numeric: true },
  ];
  return {
    entity,
    language,
    dir: language === 'fa' ? 'rtl' : 'ltr',
    title,
    number,
    heading,
    name: TEXT(document.values['name']) || document.display_name,
    fileName: safeFileName(heading),
    details: details(source),
    company: company(source),
    parties: parties(source),
    columns,
    lines: [...lines.lines].sort((a, b) => a.lineNumber - b.lineNumber).map((line) => printLine(source, line)),
    noLines: t('print.no_lines'),
    totals: totals(source),
    amountInWords: words ? { label: t('print.amount_in_words'), value: words } : null,
    footer: footer(source),
    pageLabel: pageLabel(t),
  };
}
