import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { activityForm } from '../../activities/activity-form';
import { customerForm } from '../../activities/customer-form';
import { duplicatesForm } from '../duplicates/duplicates-form';
import { printExtensionsOf } from '../../print/print-form';
import { leadForm, salesDocumentForm } from '../../sales/sales-form';
import { competitorForm } from '../../sales-reports/competitor-form';
import { ownershipForm } from '../../users/ownership-form';
import type { RecordForm } from './useRecordForm';

export interface FormExtensionProps {
  readonly area: WorkArea;
  readonly entity: EntityDef;
  readonly form: RecordForm;
}

/** A tab of its own on a saved record's form (a document's product lines), after General. */
export interface FormTab {
  readonly key: string;
  /** i18n key of the title. */
  readonly label: string;
  readonly icon: ComponentType<{ size?: number }>;
  readonly Panel: ComponentType<FormExtensionProps>;
}

/**
 * What a record type adds to the generic form: commands beside Save, a
 * notice above the fields, something beside the type in the header, tabs,
 * and whether the record may only change through those commands.
 */
export interface FormExtension {
  readonly Commands?: ComponentType<FormExtensionProps>;
  readonly Notice?: ComponentType<FormExtensionProps>;
  readonly HeaderExtra?: ComponentType<FormExtensionProps>;
  readonly tabs?: readonly FormTab[];
  readonly locked?: (form: RecordForm) => boolean;
  /** The title of a new, unnamed record (e.g. "New appointment"). */
  readonly newTitle?: (t: TFunction, form: RecordForm) => string | null;
}

const EXTENSIONS: Readonly<Record<string, readonly FormExtension[]>> = {
  activity: [activityForm],
  account: [customerForm, duplicatesForm],
  contact: [customerForm, duplicatesForm],
  lead: [leadForm],
  competitor: [competitorForm],
  opportunity: [salesDocumentForm],
  quote: [salesDocumentForm],
  sales_order: [salesDocumentForm],
  invoice: [salesDocumentForm],
};

const withOwnership = new Map<string, readonly FormExtension[]>();

/** The record type's own extensions, then "Assign" and "Share" when its records have an owner. */
export function formExtensionsOf(entity: EntityDef): readonly FormExtension[] {
  let list = withOwnership.get(entity.name);
  if (!list) {
    const own = [...(EXTENSIONS[entity.name] ?? []), ...printExtensionsOf(entity.name)];
    list = entity.fields.some((f) => f.name === 'owner_id' && f.type === 'user') ? [...own, ownershipForm] : own;
    withOwnership.set(entity.name, list);
  }
  return list;
}
