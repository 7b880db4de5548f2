import { validationError, type FieldIssue } from '../../../src-shared/api';
import type { SaveChoiceListInput } from '../../../src-shared/api/customization';
import { builtInChoices, planChoiceList, type Customizations } from '../../../src-shared/customization';
import { issueAt } from '../../../src-shared/query/issues';
import type { SqlDb } from '../../db';
import { activated, requireAdministrator, type SchemaContext } from './change-schema';
import { readCustomizations } from './definitions';

/**
 * Saving an edited choice list (Settings › Customization › Choice lists,
 * and the stage editor of Settings › Sales): every option of the set, in
 * its new order, in one transaction; then the metadata and labels are made
 * effective and the windows told.
 */

/**
 * How many records still need a value offered: hiding it would leave them
 * where the user cannot move them on. Only sets with such a need are listed.
 */
const RECORDS_NEEDING_VALUE: Readonly<Record<string, (db: SqlDb, value: string) => number>> = {
  // An open opportunity at a hidden stage would drop off the pipeline board.
  sales_stage: (db, value) =>
    (
      db
        .stmt("SELECT COUNT(*) AS n FROM opportunity WHERE deleted_at IS NULL AND status = 'open' AND sales_stage = ?")
        .get(value) as { n: number }
    ).n,
};

export function saveChoiceList(ctx: SchemaContext, input: SaveChoiceListInput): Customizations {
  requireAdministrator(ctx);
  const { db } = ctx.writer;
  const stored = readCustomizations(db).choiceLists.filter((o) => o.choiceSet === input.choiceSet);
  const { options, issues } = planChoiceList(input.choiceSet, builtInChoices(input.choiceSet), stored, input.options);
  const inUse = RECORDS_NEEDING_VALUE[input.choiceSet];
  const guardIssues: FieldIssue[] = [];
  if (inUse) {
    options.forEach((option, index) => {
      const wasHidden = stored.find((o) => o.value === option.value)?.hidden ?? false;
      if (!option.hidden || wasHidden) return;
      const count = inUse(db, option.value);
      if (count > 0)
        guardIssues.push(issueAt(['options', index], `choice_lists.error.in_use_${input.choiceSet}`, { count }));
    });
  }
  if (issues.length > 0 || guardIssues.length > 0) throw validationError([...issues, ...guardIssues]);

  const w = ctx.writer;
  const at = new Date(w.now()).toISOString();
  const ids = new Map(stored.map((o) => [o.value, o.id]));
  db.transaction(() => {
    options.forEach((option, position) => {
      const labels = JSON.stringify(option.labels);
      const hidden = option.hidden ? 1 : 0;
      const id = ids.get(option.value);
      if (id) {
        db.stmt(
          `UPDATE choice_option SET labels = ?, hidden = ?, position = ?, modified_at = ?, modified_by = ?, _clk = ?
           WHERE id = ?`,
        ).run(labels, hidden, position, at, w.userId(), w.clock.stamp(), id);
      } else {
        db.stmt(
          `INSERT INTO choice_option (id, choice_set, value, labels, hidden, position, created_at, created_by,
            modified_at, modified_by, _clk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          w.newId(),
          input.choiceSet,
          option.value,
          labels,
          hidden,
          position,
          at,
          w.userId(),
          at,
          w.userId(),
          w.clock.stamp(),
        );
      }
    });
    w.clock.persist();
  });
  return activated(ctx);
}
