import { getField, type EntityDef, type FieldDef, type TextField } from '../../../src-shared/entities';

/** `display_name` behaves like a sortable, filterable text field in lists. */
export const DISPLAY_NAME_FIELD: TextField = {
  name: 'display_name',
  type: 'text',
  label: 'list.name',
  maxLength: 400,
  sortable: true,
  section: '',
};

export interface ListColumn {
  readonly field: FieldDef;
  /** Relative width (fr) and minimum width in px of the grid column. */
  readonly grow: number;
  readonly min: number;
}

const WIDTHS: Partial<Record<FieldDef['type'], [number, number]>> = {
  boolean: [0.6, 90],
  date: [0.8, 120],
  integer: [0.7, 100],
  money: [0.9, 130],
  phone: [1, 150],
  choice: [0.9, 120],
  email: [1.4, 180],
  datetime: [1, 170],
  duration: [0.7, 110],
  multichoice: [1.1, 150],
  regarding: [1.3, 170],
  parties: [1.4, 180],
};

/** Room for the sort and filter buttons and the cell padding beside a header's text. */
const HEADER_CHROME = 64;
/** A rough width per character of a header label, so its longest word is never cut. */
const CHAR_WIDTH = 8;

/**
 * The list's columns: the display name first, then the view's columns
 * (by default the entity's declared list columns). A header may wrap onto two lines between words; each
 * column is at least as wide as its label's longest word in this language.
 */
export function listColumnsOf(
  entity: EntityDef,
  labelOf: (field: FieldDef) => string,
  names: readonly string[] = entity.listColumns,
): ListColumn[] {
  const fields = names.map((name) => getField(entity, name)).filter((f): f is FieldDef => f !== undefined);
  const fitLabel = (field: FieldDef, min: number) => {
    const longestWord = Math.max(
      ...labelOf(field)
        .split(/\s+/)
        .map((w) => w.length),
    );
    return Math.max(min, longestWord * CHAR_WIDTH + HEADER_CHROME);
  };
  return [
    { field: DISPLAY_NAME_FIELD, grow: 1.4, min: fitLabel(DISPLAY_NAME_FIELD, 200) },
    ...fields.map((field) => {
      const [grow, min] = WIDTHS[field.type] ?? [1.1, 120];
      return { field, grow, min: fitLabel(field, min) };
    }),
  ];
}

export function gridTemplateOf(columns: readonly ListColumn[]): string {
  return columns.map((c) => `minmax(${c.min}px, ${c.grow}fr)`).join(' ');
}

export function fieldOfColumn(entity: EntityDef, name: string): FieldDef | undefined {
  return name === DISPLAY_NAME_FIELD.name ? DISPLAY_NAME_FIELD : getField(entity, name);
}
