import type { EntityDef } from './types';

export const VIEW_SCOPES = ['personal', 'system'] as const;
export type ViewScope = (typeof VIEW_SCOPES)[number];

/** Longest JSON a view's criteria may take when stored. */
export const MAX_VIEW_CRITERIA_JSON = 60_000;

/**
 * A saved view: a user's own view of a record type (or one an administrator
 * shares as a system view), with its columns, sort and advanced-find
 * criteria stored as JSON. Views are user data: they are synced records,
 * written through the same path as accounts and contacts, so they reach the
 * user's other devices later. They are not a business record type: no list,
 * form, search or site-map entry of their own (see INTERNAL_RECORD_TYPES).
 */
export const savedView: EntityDef = {
  name: 'saved_view',
  route: 'saved-views',
  label: 'entity.saved_view.one',
  pluralLabel: 'entity.saved_view.many',
  icon: 'filter',
  siteMap: [],
  displayName: ['name'],
  sections: ['summary'],
  fields: [
    {
      name: 'entity',
      type: 'text',
      label: 'field.saved_view.entity',
      required: true,
      maxLength: 64,
      section: 'summary',
    },
    {
      name: 'name',
      type: 'text',
      label: 'field.saved_view.name',
      required: true,
      maxLength: 100,
      sortable: true,
      searchable: true,
      section: 'summary',
    },
    {
      name: 'scope',
      type: 'choice',
      label: 'field.saved_view.scope',
      choices: VIEW_SCOPES,
      choiceSet: 'view_scope',
      required: true,
      section: 'summary',
    },
    { name: 'columns', type: 'multiline', label: 'field.saved_view.columns', maxLength: 5_000, section: 'summary' },
    { name: 'sort', type: 'text', label: 'field.saved_view.sort', maxLength: 200, section: 'summary' },
    {
      name: 'criteria',
      type: 'multiline',
      label: 'field.saved_view.criteria',
      maxLength: MAX_VIEW_CRITERIA_JSON,
      section: 'summary',
    },
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'summary' },
  ],
  listColumns: ['entity', 'scope'],
  detailFields: ['entity'],
  relatedLists: [],
};
