import type { EntityDef, FieldDef } from './types';

/**
 * Activities: every kind of interaction with a customer in one table, told
 * apart by `activity_type`. Each type shows only its own fields (see
 * `appliesTo`); the rules in src-shared/rules/activities keep status,
 * durations, reminders and recurring series consistent.
 */

export const ACTIVITY_TYPES = [
  'phone_call',
  'email',
  'task',
  'appointment',
  'recurring_appointment',
  'letter',
  'fax',
  'service_activity',
  'campaign_response',
  'campaign_activity',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Icon of each type, in lists, menus and the form header. */
export const ACTIVITY_TYPE_ICONS: Readonly<Record<ActivityType, string>> = {
  phone_call: 'phone',
  email: 'mail',
  task: 'checkbox',
  appointment: 'calendar-event',
  recurring_appointment: 'calendar-repeat',
  letter: 'letter',
  fax: 'printer',
  service_activity: 'tool',
  campaign_response: 'message-reply',
  campaign_activity: 'speakerphone',
};

/** Types planned by a start and an end; the others have a due date. */
export const SCHEDULED_TYPES = [
  'appointment',
  'recurring_appointment',
  'service_activity',
  'campaign_activity',
] as const satisfies readonly ActivityType[];
export const DUE_TYPES = ACTIVITY_TYPES.filter(
  (t) => !(SCHEDULED_TYPES as readonly string[]).includes(t),
) as readonly ActivityType[];
/** Everything but the series itself, which only holds the pattern. */
const SINGLE_TYPES = ACTIVITY_TYPES.filter((t) => t !== 'recurring_appointment');
const CORRESPONDENCE = ['phone_call', 'email', 'letter', 'fax'] as const;
const MEETINGS = ['appointment', 'recurring_appointment'] as const;

export const ACTIVITY_STATUSES = ['open', 'completed', 'canceled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const STATUS_REASONS: Readonly<Record<ActivityStatus, readonly string[]>> = {
  open: ['open', 'in_progress', 'waiting', 'scheduled'],
  completed: ['completed', 'made', 'received', 'sent'],
  canceled: ['canceled'],
};

export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const DIRECTIONS = ['outgoing', 'incoming'] as const;

/** How long before the start (or due time) a reminder fires. */
export const REMINDER_OFFSETS = {
  at_start: 0,
  '5m': 5,
  '10m': 10,
  '15m': 15,
  '30m': 30,
  '1h': 60,
  '2h': 120,
  '1d': 1440,
  '2d': 2880,
  '1w': 10_080,
} as const;
export type ReminderOffset = keyof typeof REMINDER_OFFSETS;

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
/** ISO order, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const RECURRENCE_MONTHLY_BY = ['day_of_month', 'weekday'] as const;
export const RECURRENCE_ENDS = ['never', 'count', 'until'] as const;
export const CAMPAIGN_CHANNELS = ['phone', 'email', 'letter', 'fax', 'appointment', 'other'] as const;
export const RESPONSE_CODES = ['interested', 'not_interested', 'do_not_send', 'error'] as const;

/** Record types an activity can be about. Later record types (leads, cases…) add themselves here. */
export const REGARDING_TARGETS = [
  'account',
  'contact',
  'lead',
  'opportunity',
  'competitor',
  'quote',
  'sales_order',
  'invoice',
  'campaign',
] as const;
const PEOPLE = ['contact', 'account', 'user'] as const;

const forTypes = (...values: readonly string[]) => ({ field: 'activity_type', values });

function parties(name: string, types: readonly string[], targets: readonly string[] = PEOPLE): FieldDef {
  return {
    name,
    type: 'parties',
    label: `field.activity.${name}`,
    targets,
    section: 'summary',
    appliesTo: forTypes(...types),
  };
}

const recurring = forTypes('recurring_appointment');

export const activity: EntityDef = {
  name: 'activity',
  route: 'activities',
  label: 'entity.activity.one',
  pluralLabel: 'entity.activity.many',
  icon: 'activity',
  siteMap: [
    { area: 'sales', group: 'my-work', order: 1 },
    { area: 'service', group: 'my-work', order: 1 },
    { area: 'marketing', group: 'my-work', order: 1 },
  ],
  displayName: ['subject'],
  typeField: 'activity_type',
  sections: ['summary', 'schedule', 'actual', 'recurrence', 'details', 'description'],
  fields: [
    {
      name: 'activity_type',
      type: 'choice',
      label: 'field.activity.activity_type',
      choices: ACTIVITY_TYPES,
      choiceSet: 'activity_type',
      icons: ACTIVITY_TYPE_ICONS,
      required: true,
      sortable: true,
      section: 'summary',
    },
    {
      name: 'subject',
      type: 'text',
      label: 'field.activity.subject',
      required: true,
      maxLength: 200,
      sortable: true,
      searchable: true,
      section: 'summary',
    },
    {
      name: 'regarding',
      type: 'regarding',
      label: 'field.activity.regarding',
      targets: REGARDING_TARGETS,
      section: 'summary',
    },
    parties('from', [...CORRESPONDENCE, 'campaign_response']),
    parties('to', CORRESPONDENCE),
    parties('cc', ['email']),
    parties('organizer', MEETINGS, ['user']),
    parties('required_attendees', MEETINGS),
    parties('optional_attendees', MEETINGS),
    parties('customers', ['service_activity']),
    {
      name: 'direction',
      type: 'choice',
      label: 'field.activity.direction',
      choices: DIRECTIONS,
      choiceSet: 'activity_direction',
      defaultValue: 'outgoing',
      section: 'summary',
      appliesTo: forTypes(...CORRESPONDENCE),
    },
    {
      name: 'phone_number',
      type: 'phone',
      label: 'field.activity.phone_number',
      maxLength: 50,
      searchable: true,
      section: 'summary',
      appliesTo: forTypes('phone_call'),
    },
    {
      name: 'fax_number',
      type: 'phone',
      label: 'field.activity.fax_number',
      maxLength: 50,
      section: 'summary',
      appliesTo: forTypes('fax'),
    },
    {
      name: 'address',
      type: 'multiline',
      label: 'field.activity.address',
      maxLength: 1000,
      section: 'summary',
      appliesTo: forTypes('letter', 'fax'),
    },
    {
      name: 'location',
      type: 'text',
      label: 'field.activity.location',
      maxLength: 200,
      section: 'summary',
      appliesTo: forTypes(...MEETINGS, 'service_activity'),
    },
    {
      name: 'channel',
      type: 'choice',
      label: 'field.activity.channel',
      choices: CAMPAIGN_CHANNELS,
      choiceSet: 'campaign_channel',
      section: 'summary',
      appliesTo: forTypes('campaign_activity', 'campaign_response'),
    },
    {
      name: 'response_code',
      type: 'choice',
      label: 'field.activity.response_code',
      choices: RESPONSE_CODES,
      choiceSet: 'response_code',
      section: 'summary',
      appliesTo: forTypes('campaign_response'),
    },
    {
      name: 'due_date',
      type: 'datetime',
      label: 'field.activity.due_date',
      sortable: true,
      section: 'schedule',
      appliesTo: forTypes(...DUE_TYPES),
    },
    {
      name: 'scheduled_start',
      type: 'datetime',
      label: 'field.activity.scheduled_start',
      sortable: true,
      section: 'schedule',
      appliesTo: forTypes(...SCHEDULED_TYPES),
    },
    {
      name: 'scheduled_end',
      type: 'datetime',
      label: 'field.activity.scheduled_end',
      sortable: true,
      section: 'schedule',
      appliesTo: forTypes(...SCHEDULED_TYPES),
    },
    {
      name: 'scheduled_duration',
      type: 'duration',
      label: 'field.activity.scheduled_duration',
      section: 'schedule',
    },
    {
      name: 'actual_start',
      type: 'datetime',
      label: 'field.activity.actual_start',
      section: 'actual',
      appliesTo: forTypes(...SINGLE_TYPES),
    },
    {
      name: 'actual_end',
      type: 'datetime',
      label: 'field.activity.actual_end',
      sortable: true,
      section: 'actual',
      appliesTo: forTypes(...SINGLE_TYPES),
    },
    {
      name: 'actual_duration',
      type: 'duration',
      label: 'field.activity.actual_duration',
      sortable: true,
      section: 'actual',
      appliesTo: forTypes(...SINGLE_TYPES),
    },
    {
      name: 'reminder',
      type: 'choice',
      label: 'field.activity.reminder',
      choices: Object.keys(REMINDER_OFFSETS),
      choiceSet: 'reminder',
      section: 'schedule',
    },
    {
      name: 'reminder_at',
      type: 'datetime',
      label: 'field.activity.reminder_at',
      readOnly: true,
      section: 'schedule',
      appliesTo: forTypes(...SINGLE_TYPES),
    },
    {
      name: 'recurrence_frequency',
      type: 'choice',
      label: 'field.activity.recurrence_frequency',
      choices: RECURRENCE_FREQUENCIES,
      choiceSet: 'recurrence_frequency',
      required: true,
      defaultValue: 'weekly',
      section: 'recurrence',
      appliesTo: recurring,
    },
    {
      name: 'recurrence_interval',
      type: 'integer',
      label: 'field.activity.recurrence_interval',
      min: 1,
      max: 99,
      defaultValue: 1,
      section: 'recurrence',
      appliesTo: recurring,
    },
    {
      name: 'recurrence_weekdays',
      type: 'multichoice',
      label: 'field.activity.recurrence_weekdays',
      choices: WEEKDAYS,
      choiceSet: 'weekday',
      section: 'recurrence',
      appliesTo: { field: 'recurrence_frequency', values: ['weekly'] },
    },
    {
      name: 'recurrence_monthly_by',
      type: 'choice',
      label: 'field.activity.recurrence_monthly_by',
      choices: RECURRENCE_MONTHLY_BY,
      choiceSet: 'recurrence_monthly_by',
      section: 'recurrence',
      appliesTo: { field: 'recurrence_frequency', values: ['monthly', 'yearly'] },
    },
    {
      name: 'recurrence_end',
      type: 'choice',
      label: 'field.activity.recurrence_end',
      choices: RECURRENCE_ENDS,
      choiceSet: 'recurrence_end',
      defaultValue: 'never',
      section: 'recurrence',
      appliesTo: recurring,
    },
    {
      name: 'recurrence_count',
      type: 'integer',
      label: 'field.activity.recurrence_count',
      min: 1,
      max: 999,
      required: true,
      section: 'recurrence',
      appliesTo: { field: 'recurrence_end', values: ['count'] },
    },
    {
      name: 'recurrence_until',
      type: 'date',
      label: 'field.activity.recurrence_until',
      required: true,
      section: 'recurrence',
      appliesTo: { field: 'recurrence_end', values: ['until'] },
    },
    {
      name: 'time_zone',
      type: 'text',
      label: 'field.activity.time_zone',
      maxLength: 64,
      readOnly: true,
      section: 'recurrence',
      appliesTo: recurring,
    },
    {
      // Local dates (YYYY-MM-DD, space-separated) whose occurrence was deleted: the series leaves them out.
      name: 'recurrence_skipped',
      type: 'text',
      label: 'field.activity.recurrence_skipped',
      maxLength: 20_000,
      hidden: true,
      section: 'recurrence',
      appliesTo: recurring,
    },
    {
      name: 'series_id',
      type: 'lookup',
      target: 'activity',
      label: 'field.activity.series_id',
      readOnly: true,
      section: 'recurrence',
      appliesTo: forTypes('appointment'),
    },
    {
      name: 'original_start',
      type: 'datetime',
      label: 'field.activity.original_start',
      readOnly: true,
      section: 'recurrence',
      appliesTo: forTypes('appointment'),
    },
    {
      name: 'is_exception',
      type: 'boolean',
      label: 'field.activity.is_exception',
      readOnly: true,
      section: 'recurrence',
      appliesTo: forTypes('appointment'),
    },
    {
      name: 'status',
      type: 'choice',
      label: 'field.activity.status',
      choices: ACTIVITY_STATUSES,
      choiceSet: 'activity_status',
      readOnly: true,
      sortable: true,
      defaultValue: 'open',
      section: 'details',
    },
    {
      name: 'status_reason',
      type: 'choice',
      label: 'field.activity.status_reason',
      choices: [...new Set(Object.values(STATUS_REASONS).flat())],
      choiceSet: 'activity_status_reason',
      dependsOn: { field: 'status', choices: STATUS_REASONS },
      section: 'details',
    },
    {
      name: 'priority',
      type: 'choice',
      label: 'field.activity.priority',
      choices: PRIORITIES,
      choiceSet: 'priority',
      sortable: true,
      defaultValue: 'normal',
      section: 'details',
    },
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'details' },
    {
      name: 'body',
      type: 'multiline',
      label: 'field.activity.body',
      maxLength: 50_000,
      section: 'description',
      appliesTo: forTypes('email'),
    },
    {
      name: 'description',
      type: 'multiline',
      label: 'field.common.description',
      maxLength: 20_000,
      section: 'description',
      appliesTo: forTypes(...ACTIVITY_TYPES.filter((t) => t !== 'email')),
    },
  ],
  listColumns: ['activity_type', 'regarding', 'status', 'priority', 'due_date', 'scheduled_start', 'owner_id'],
  detailFields: [],
  relatedLists: [
    {
      entity: 'activity',
      via: 'series_id',
      label: 'related.activity.occurrences',
      appliesTo: recurring,
      columns: ['scheduled_start', 'scheduled_end', 'status', 'is_exception'],
      sort: { field: 'scheduled_start', dir: 'asc' },
    },
  ],
};
