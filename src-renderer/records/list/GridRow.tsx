import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordRow } from '../../../src-shared/api';
import { getEntity, isEntityName, type EntityDef, type FieldDef, type WorkArea } from '../../../src-shared/entities';
import { EntityIcon } from '../../app/icons';
import { linkProps, navigate } from '../../app/navigation';
import { useLocale } from '../../i18n/useLocale';
import { formatFieldValue, refEntity } from '../fields/display';
import type { ListColumn } from './columns';
import classes from './RecordGrid.module.css';

interface GridRowProps {
  readonly area: WorkArea;
  readonly entity: EntityDef;
  readonly row: RecordRow;
  readonly index: number;
  readonly columns: readonly ListColumn[];
  readonly template: string;
  readonly style: CSSProperties;
}

const NUMERIC = new Set(['integer', 'money', 'duration']);

/** The icon a cell shows before its text: a type's (an activity's phone or mail), a referenced record's type. */
function cellIcon(field: FieldDef, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (field.type === 'choice') return field.icons?.[value] ?? null;
  if (field.type === 'regarding') {
    const entity = refEntity(value);
    return isEntityName(entity) ? getEntity(entity).icon : null;
  }
  return null;
}

/** One list row: the name is a real link; the whole row opens the record on click or Enter. */
export const GridRow = memo(function GridRow({ area, entity, row, index, columns, template, style }: GridRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const target = { kind: 'record' as const, area, entity, id: row.id };
  const open = () => navigate(target);

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      tabIndex={-1}
      className={classes.row}
      style={{ ...style, gridTemplateColumns: template }}
      data-odd={index % 2 === 1 || undefined}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) open();
      }}
    >
      {columns.map(({ field }, i) => {
        if (i === 0) {
          return (
            <div role="cell" key={field.name} className={classes.cell} dir="auto">
              <a
                {...linkProps(target)}
                className={classes.nameLink}
                onClick={(e) => {
                  e.stopPropagation();
                  linkProps(target).onClick(e);
                }}
              >
                {row.display_name || t('list.unnamed')}
              </a>
            </div>
          );
        }
        const value = row.values[field.name];
        const text = formatFieldValue(field, value, row.lookups[field.name]?.name, {
          t,
          locale,
          refNames: row.refNames,
        });
        const icon = text ? cellIcon(field, value) : null;
        return (
          <div
            role="cell"
            key={field.name}
            className={classes.cell}
            // Numbers and choices (in the UI's language) follow the UI; names and free text their own script.
            dir={NUMERIC.has(field.type) || field.type === 'choice' ? undefined : 'auto'}
            data-numeric={NUMERIC.has(field.type) || undefined}
            title={text || undefined}
          >
            {icon ? (
              <span className={classes.iconCell}>
                <EntityIcon name={icon} size={16} />
                <span className={classes.iconText}>{text}</span>
              </span>
            ) : (
              text
            )}
          </div>
        );
      })}
    </div>
  );
});
