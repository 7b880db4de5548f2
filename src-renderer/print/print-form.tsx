import { isPrintableEntity } from '../../src-shared/rules/print/printable-entities';
import type { FormExtension, FormExtensionProps } from '../records/form/extensions';
import { PrintButtons } from './PrintButtons';

function PrintCommands({ entity, form }: FormExtensionProps) {
  if (!isPrintableEntity(entity.name) || form.mode !== 'update' || !form.record) return null;
  return <PrintButtons entity={entity.name} id={form.record.id} dirty={form.dirty || form.saving} />;
}

/** Quotes, orders and invoices: "Print" and "Save as PDF" beside Save. */
export const printForm: FormExtension = { Commands: PrintCommands };

/** The print commands for a record type that prints, none for the others. */
export function printExtensionsOf(entity: string): readonly FormExtension[] {
  return isPrintableEntity(entity) ? [printForm] : [];
}
