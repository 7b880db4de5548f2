import { z } from 'zod';
import {
  ACTIVITY_TYPE_ICON_CHOICES,
  CUSTOM_FIELD_TYPES,
  EDITABLE_CHOICE_SETS,
  MAX_FIELD_NAME_LENGTH,
} from '../customization';
import { entityName, recordId } from './records';

/** Input schemas of the customization methods (custom fields and activity types). */

const labelText = z
  .object({
    en: z.string().trim().max(100).optional(),
    ru: z.string().trim().max(100).optional(),
    fa: z.string().trim().max(100).optional(),
  })
  .strict();

export const customChoiceInput = z
  .object({
    /** Stored value; derived from the label when absent. */
    value: z.string().trim().max(40).optional(),
    labels: labelText,
  })
  .strict();

export const addFieldInput = z
  .object({
    entity: entityName,
    /** Without the `cf_` prefix; see `fieldNameProblem`. */
    name: z.string().max(MAX_FIELD_NAME_LENGTH + 20),
    type: z.enum(CUSTOM_FIELD_TYPES),
    labels: labelText,
    required: z.boolean().optional(),
    searchable: z.boolean().optional(),
    inList: z.boolean().optional(),
    section: z.string().max(40).optional(),
    choices: z.array(customChoiceInput).max(200).optional(),
    target: z.string().max(64).optional(),
    /** Contact date fields: list it among the upcoming important dates. */
    importantDate: z.boolean().optional(),
    /** For activity fields: the custom activity type (`ct_…`) the field belongs to. */
    activityType: z.string().max(64).optional(),
  })
  .strict();
export type AddFieldInput = z.infer<typeof addFieldInput>;

export const setFieldHiddenInput = z.object({ id: recordId, hidden: z.boolean() }).strict();

export const saveActivityTypeInput = z
  .object({
    /** Edits this type; creates one when absent. */
    id: recordId.optional(),
    labels: labelText,
    icon: z.enum(ACTIVITY_TYPE_ICON_CHOICES),
    hidden: z.boolean().optional(),
  })
  .strict();
export type SaveActivityTypeInput = z.infer<typeof saveActivityTypeInput>;

export const saveChoiceListInput = z
  .object({
    choiceSet: z.enum(EDITABLE_CHOICE_SETS),
    /** The whole list in its new order: every value it holds now, plus rows without a value to add. */
    options: z
      .array(
        z
          .object({
            value: z.string().max(64).optional(),
            labels: labelText,
            hidden: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type SaveChoiceListInput = z.infer<typeof saveChoiceListInput>;

export const upcomingDatesInput = z
  .object({
    days: z.number().int().min(1).max(366).optional(),
    /** IANA zone "today" is taken in; defaults to UTC. */
    timeZone: z.string().max(64).optional(),
  })
  .strict();

/** A contact's birthday or other important date falling in the next days. */
export interface UpcomingDate {
  readonly contactId: string;
  readonly contactName: string;
  /** `birthday` or the name of the custom date field flagged as an important date. */
  readonly kind: string;
  /** The stored date, `YYYY-MM-DD`. */
  readonly date: string;
  /** When it next falls, `YYYY-MM-DD`. */
  readonly next: string;
  readonly daysAway: number;
}
