import { IconPackage } from '@tabler/icons-react';
import type { FormExtension, FormTab } from '../records/form/extensions';
import { isSalesRecordLocked } from './commands';
import { LinesPanel } from './LinesPanel';
import { SalesCommands } from './SalesCommands';

/** Read-only while the record's status keeps it as it is (a qualified lead, an active quote, a paid invoice…). */
const locked = (form: Parameters<NonNullable<FormExtension['locked']>>[0]) =>
  form.record !== null && isSalesRecordLocked(form.record.entity, form.record.values);

const productsTab: FormTab = { key: 'products', label: 'sales_form.lines.tab', icon: IconPackage, Panel: LinesPanel };

/** Leads on the record form: Qualify, Disqualify, Reactivate; read-only once closed. */
export const leadForm: FormExtension = { Commands: SalesCommands, locked };

/** Opportunities, quotes, orders and invoices: their lifecycle commands and a "Products" tab with their lines. */
export const salesDocumentForm: FormExtension = { Commands: SalesCommands, locked, tabs: [productsTab] };
