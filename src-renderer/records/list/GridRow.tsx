import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordRow } from '../../../src-shared/api';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { linkProps, navigate } from '../../app/navigation';
import { useLocale } from '../../i18n/useLocale';
import { formatFieldValue } from '../fields/display';
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

const NUMERIC = new Set(['integer', 'money']);

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
        const text = formatFieldValue(field, row.values[field.name], row.lookups[field.name]?.name, { t, locale });
        return (
          <div
            role="cell"
            key={field.name}
            className={classes.cell}
            dir={NUMERIC.has(field.type) ? undefined : 'auto'}
            data-numeric={NUMERIC.has(field.type) || undefined}
            title={text || undefined}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
