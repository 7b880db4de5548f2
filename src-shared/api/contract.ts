import { z } from 'zod';
import {
  reminderInput,
  snoozeInput,
  timeReportInput,
  timeSpentInput,
  type RemindersDue,
  type TimeReport,
  type TimeSpent,
} from './activities';
import {
  createInput,
  deleteInput,
  deletedInput,
  getInput,
  listInput,
  lookupInput,
  searchInput,
  updateInput,
  type DeletedItem,
  type HistoryEntry,
  type ListPage,
  type LookupItem,
  type RecordData,
  type SearchGroup,
} from './records';
import {
  attachmentsAddInput,
  idInput,
  noteCreateInput,
  noteUpdateInput,
  timelineListInput,
  type AttachmentContent,
  type NoteData,
  type TimelinePage,
} from './timeline';
import { duplicatesInput, mergeInput, type DuplicateMatches, type MergeResult } from './duplicates';
import {
  restoreBackupInput,
  settingsPatch,
  type AppInfo,
  type BackupInfo,
  type SampleResult,
  type Settings,
  type UserSummary,
} from './app';
import {
  exportCancelInput,
  exportStartInput,
  viewDeleteInput,
  viewRenameInput,
  viewSaveInput,
  viewsListInput,
  type ExportProgress,
  type ExportStarted,
  type ViewDefinition,
} from './views';
import {
  addFieldInput,
  saveActivityTypeInput,
  saveChoiceListInput,
  setFieldHiddenInput,
  upcomingDatesInput,
  type UpcomingDate,
} from './customization';
import type { Customizations } from '../customization/types';
import { dashboardSummaryInput, type DashboardSummary } from './dashboard';
import {
  calendarConflictsInput,
  calendarMoveInput,
  calendarRangeInput,
  type CalendarConflicts,
  type CalendarMoved,
  type CalendarRange,
} from './calendar';
import {
  assignInput,
  setCurrentUserInput,
  shareInput,
  sharesInput,
  teamCreateInput,
  teamIdInput,
  teamMemberInput,
  teamUpdateInput,
  unshareInput,
  userCreateInput,
  userIdInput,
  userUpdateInput,
  type RecordShare,
  type TeamSummary,
} from './users';
import {
  closeOpportunityInput,
  deleteLineInput,
  disqualifyLeadInput,
  fromOpportunityInput,
  fulfillOrderInput,
  idOnly,
  linesInput,
  moveStageInput,
  qualifyLeadInput,
  recordPaymentInput,
  salesSettingsPatch,
  saveLineInput,
  type CloseOpportunityResult,
  type CreatedDocument,
  type DocumentLines,
  type QualifyResult,
  type SalesSettings,
  type WonQuote,
} from './sales';
import {
  competitorDealsInput,
  forecastInput,
  funnelInput,
  leadSourcesInput,
  pipelineInput,
  productTrendInput,
  targetsInput,
  type CompetitorDeals,
  type Forecast,
  type Funnel,
  type LeadSources,
  type Pipeline,
  type ProductTrend,
  type TargetsReport,
} from './sales-reports';

/**
 * THE contract between the UI and the backend: every method the renderer may
 * call, with the zod schema its input must pass and the type of its result.
 * Main validates every call against it; a test proves every method here has
 * exactly one handler and every handler a method here.
 */

interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const none = z.object({}).strict();
const empty = z.union([none, z.undefined()]);

export const contract = {
  'app.info': method<AppInfo>()(empty),
  'app.startEmpty': method<AppInfo>()(empty),
  'app.loadSample': method<SampleResult>()(empty),
  'settings.get': method<Settings>()(empty),
  'settings.update': method<Settings>()(settingsPatch),
  'users.list': method<UserSummary[]>()(empty),
  'users.create': method<UserSummary>()(userCreateInput),
  'users.update': method<UserSummary>()(userUpdateInput),
  'users.deactivate': method<UserSummary>()(userIdInput),
  'users.activate': method<UserSummary>()(userIdInput),
  'session.setCurrentUser': method<AppInfo>()(setCurrentUserInput),
  'teams.list': method<TeamSummary[]>()(empty),
  'teams.create': method<TeamSummary>()(teamCreateInput),
  'teams.update': method<TeamSummary>()(teamUpdateInput),
  'teams.delete': method<{ id: string }>()(teamIdInput),
  'teams.addMember': method<TeamSummary>()(teamMemberInput),
  'teams.removeMember': method<TeamSummary>()(teamMemberInput),
  'db.backups': method<BackupInfo[]>()(empty),
  'db.restoreBackup': method<AppInfo>()(restoreBackupInput),
  'db.startOver': method<AppInfo>()(empty),
  'records.list': method<ListPage>()(listInput),
  'records.get': method<RecordData>()(getInput),
  'records.create': method<RecordData>()(createInput),
  'records.update': method<RecordData>()(updateInput),
  'records.delete': method<{ id: string }>()(deleteInput),
  'records.restore': method<RecordData>()(deleteInput),
  'records.deleted': method<DeletedItem[]>()(deletedInput),
  'records.lookup': method<LookupItem[]>()(lookupInput),
  'records.history': method<HistoryEntry[]>()(getInput),
  'records.assign': method<RecordData>()(assignInput),
  'records.share': method<RecordShare[]>()(shareInput),
  'records.unshare': method<RecordShare[]>()(unshareInput),
  'records.shares': method<RecordShare[]>()(sharesInput),
  'records.duplicates': method<DuplicateMatches>()(duplicatesInput),
  'records.merge': method<MergeResult>()(mergeInput),
  'search.global': method<SearchGroup[]>()(searchInput),
  'activities.timeSpent': method<TimeSpent>()(timeSpentInput),
  'activities.timeReport': method<TimeReport>()(timeReportInput),
  'reminders.due': method<RemindersDue>()(empty),
  'reminders.snooze': method<RemindersDue>()(snoozeInput),
  'reminders.dismiss': method<RemindersDue>()(reminderInput),
  'calendar.range': method<CalendarRange>()(calendarRangeInput),
  'calendar.conflicts': method<CalendarConflicts>()(calendarConflictsInput),
  'calendar.move': method<CalendarMoved>()(calendarMoveInput),
  'views.list': method<ViewDefinition[]>()(viewsListInput),
  'views.save': method<ViewDefinition>()(viewSaveInput),
  'views.rename': method<ViewDefinition>()(viewRenameInput),
  'views.delete': method<{ id: string }>()(viewDeleteInput),
  'export.start': method<ExportStarted>()(exportStartInput),
  'export.cancel': method<{ jobId: string }>()(exportCancelInput),
  'customization.get': method<Customizations>()(empty),
  'customization.addField': method<Customizations>()(addFieldInput),
  'customization.setFieldHidden': method<Customizations>()(setFieldHiddenInput),
  'customization.saveActivityType': method<Customizations>()(saveActivityTypeInput),
  /** Lead sources, sales stages: add, rename, reorder and hide values. */
  'customization.saveChoiceList': method<Customizations>()(saveChoiceListInput),
  'contacts.upcomingDates': method<UpcomingDate[]>()(upcomingDatesInput),
  'dashboard.summary': method<DashboardSummary>()(dashboardSummaryInput),
  'timeline.list': method<TimelinePage>()(timelineListInput),
  'notes.create': method<NoteData>()(noteCreateInput),
  'notes.update': method<NoteData>()(noteUpdateInput),
  'notes.delete': method<{ id: string }>()(idInput),
  'attachments.add': method<NoteData>()(attachmentsAddInput),
  'attachments.get': method<AttachmentContent>()(idInput),
  'attachments.delete': method<NoteData>()(idInput),
  'sales.settings': method<SalesSettings>()(empty),
  'sales.updateSettings': method<SalesSettings>()(salesSettingsPatch),
  'leads.qualify': method<QualifyResult>()(qualifyLeadInput),
  'leads.disqualify': method<RecordData>()(disqualifyLeadInput),
  'leads.reactivate': method<RecordData>()(idOnly),
  'opportunities.close': method<CloseOpportunityResult>()(closeOpportunityInput),
  'opportunities.reopen': method<RecordData>()(idOnly),
  'opportunities.moveStage': method<RecordData>()(moveStageInput),
  'quotes.fromOpportunity': method<CreatedDocument>()(fromOpportunityInput),
  'quotes.activate': method<RecordData>()(idOnly),
  'quotes.win': method<WonQuote>()(idOnly),
  'quotes.lose': method<RecordData>()(idOnly),
  'quotes.close': method<RecordData>()(idOnly),
  'quotes.revise': method<CreatedDocument>()(idOnly),
  'orders.fromOpportunity': method<CreatedDocument>()(fromOpportunityInput),
  'orders.lockPrices': method<RecordData>()(idOnly),
  'orders.unlockPrices': method<RecordData>()(idOnly),
  'orders.fulfill': method<RecordData>()(fulfillOrderInput),
  'orders.cancel': method<RecordData>()(idOnly),
  'orders.createInvoice': method<CreatedDocument>()(idOnly),
  'invoices.recordPayment': method<RecordData>()(recordPaymentInput),
  'invoices.markPaid': method<RecordData>()(idOnly),
  'invoices.cancel': method<RecordData>()(idOnly),
  'lines.list': method<DocumentLines>()(linesInput),
  'lines.save': method<DocumentLines>()(saveLineInput),
  'lines.delete': method<DocumentLines>()(deleteLineInput),
  'salesReports.pipeline': method<Pipeline>()(pipelineInput),
  'salesReports.funnel': method<Funnel>()(funnelInput),
  'salesReports.forecast': method<Forecast>()(forecastInput),
  'salesReports.leadSources': method<LeadSources>()(leadSourcesInput),
  'salesReports.targets': method<TargetsReport>()(targetsInput),
  'salesReports.productTrend': method<ProductTrend>()(productTrendInput),
  'salesReports.competitorDeals': method<CompetitorDeals>()(competitorDealsInput),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from the backend to every window. */
export interface EventPayloads {
  'records-changed': { readonly entities: readonly string[]; readonly ids: readonly string[] };
  'app-state-changed': { readonly state: AppInfo['state'] };
  /** The current user's due reminders, sent whenever that list changes. */
  'reminders-due': RemindersDue;
  'export-progress': ExportProgress;
  /** Custom fields, activity types or choice lists changed: fetch `customization.get` and re-render. */
  'schema-changed': { readonly generation: number };
  /** Users or teams changed, or another current user was chosen: re-read `app.info`, users and teams. */
  'users-changed': { readonly currentUserId: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'records-changed',
  'app-state-changed',
  'export-progress',
  'reminders-due',
  'schema-changed',
  'users-changed',
];
