import {
  CUSTOM_FIELD_TYPES,
  type ChoiceListOption,
  type CustomActivityType,
  type CustomFieldDefinition,
  type CustomFieldType,
  type Customizations,
  type LabelText,
} from '../../../src-shared/customization';
import type { SqlDb } from '../../db';

/** Reading the stored customizations of the open data file. */

interface FieldRow {
  id: string;
  entity: string;
  name: string;
  type: string;
  labels: string;
  required: number;
  searchable: number;
  in_list: number;
  section: string;
  choices: string;
  target: string | null;
  activity_type: string | null;
  important_date: number;
  hidden: number;
}

interface OptionRow {
  id: string;
  choice_set: string;
  value: string;
  labels: string;
  hidden: number;
}

interface TypeRow {
  id: string;
  value: string;
  labels: string;
  icon: string;
  hidden: number;
}

function fieldFromRow(row: FieldRow): CustomFieldDefinition | null {
  // A type this version does not know (written by a newer one, later via sync) is skipped, not guessed at.
  if (!(CUSTOM_FIELD_TYPES as readonly string[]).includes(row.type)) return null;
  return {
    id: row.id,
    entity: row.entity,
    name: row.name,
    type: row.type as CustomFieldType,
    labels: JSON.parse(row.labels) as LabelText,
    required: row.required === 1,
    searchable: row.searchable === 1,
    inList: row.in_list === 1,
    section: row.section,
    choices: JSON.parse(row.choices) as CustomFieldDefinition['choices'],
    target: row.target,
    activityType: row.activity_type,
    importantDate: row.important_date === 1,
    hidden: row.hidden === 1,
  };
}

export function readCustomizations(db: SqlDb): Customizations {
  const fields = (db.stmt('SELECT * FROM custom_field ORDER BY position, created_at').all() as FieldRow[])
    .map(fieldFromRow)
    .filter((f): f is CustomFieldDefinition => f !== null);
  const activityTypes = (
    db.stmt('SELECT id, value, labels, icon, hidden FROM custom_activity_type ORDER BY position').all() as TypeRow[]
  ).map((row): CustomActivityType => ({
    id: row.id,
    value: row.value,
    labels: JSON.parse(row.labels) as LabelText,
    icon: row.icon,
    hidden: row.hidden === 1,
  }));
  const choiceLists = (
    db
      .stmt('SELECT id, choice_set, value, labels, hidden FROM choice_option ORDER BY choice_set, position')
      .all() as OptionRow[]
  ).map((row): ChoiceListOption => ({
    id: row.id,
    choiceSet: row.choice_set,
    value: row.value,
    labels: JSON.parse(row.labels) as LabelText,
    hidden: row.hidden === 1,
  }));
  return { fields, activityTypes, choiceLists };
}
