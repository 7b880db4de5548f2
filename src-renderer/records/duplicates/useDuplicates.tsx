import { useCallback, useState, type ReactNode } from 'react';
import type { DuplicateMatches, MergeResult, RecordData, RecordValues } from '../../../src-shared/api';
import type { EntityDef, WorkArea } from '../../../src-shared/entities';
import { duplicateRulesOf, hasDuplicateRules } from '../../../src-shared/rules/duplicates';
import { validateValues } from '../../../src-shared/rules/records';
import { useApi } from '../../api';
import { navigate } from '../../app/navigation';
import { changedValues, createValues } from '../form/form-values';
import type { RecordForm } from '../form/useRecordForm';
import { DuplicatesDialog } from './DuplicatesDialog';
import { MergeDialog, type MergeRequest } from './MergeDialog';
import { forgetMerge, pendingMerge, rememberMerge } from './pending-merge';

/** What the form does after the duplicate check: save or not, and anything to do once saved. */
export interface SaveCheck {
  readonly proceed: boolean;
  readonly afterSave?: (saved: RecordData) => void;
}

interface Prompt {
  readonly groups: DuplicateMatches;
  readonly resolve: (check: SaveCheck) => void;
}

/**
 * The values the check looks at, and the rules it reports: all of them on
 * create; on update only rules over a field the user changed (a match the
 * record already had is not news). Null when there is nothing to check or
 * the values are invalid anyway (saving then shows the errors).
 */
function checkedValues(entity: EntityDef, form: RecordForm): { values: RecordValues; rules: Set<string> } | null {
  const rules = duplicateRulesOf(entity.name);
  if (form.mode === 'create') {
    const checked = validateValues(entity, createValues(entity, form.draft), 'create');
    return checked.issues.length > 0 ? null : { values: checked.values, rules: new Set(rules.map((r) => r.name)) };
  }
  if (!form.record) return null;
  const changes = changedValues(entity, form.draft, form.record.values);
  const touched = rules.filter((r) => r.fields.some((f) => f in changes));
  if (touched.length === 0) return null;
  const checked = validateValues(entity, changes, 'update');
  if (checked.issues.length > 0) return null;
  return { values: { ...form.record.values, ...checked.values }, rules: new Set(touched.map((r) => r.name)) };
}

/**
 * Duplicate detection on save, and the merge dialog it can lead to. The
 * form awaits `confirmSave()` before writing: it resolves at once when
 * nothing matches, otherwise when the user answers the dialog.
 */
export function useDuplicates(area: WorkArea, entity: EntityDef, form: RecordForm) {
  const api = useApi();
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const recordId = form.record?.id ?? null;
  // A merge asked for while this record was being created (the form of a new record starts with it).
  const [merge, setMerge] = useState<MergeRequest | null>(() => {
    const other = recordId ? pendingMerge(recordId) : null;
    return recordId && other ? { entity, masterId: other, otherId: recordId } : null;
  });
  const canMerge = hasDuplicateRules(entity.name);

  /** `closing`: Save & Close, after which there is no form left to merge from. */
  const [offerMerge, setOfferMerge] = useState(true);
  const confirmSave = useCallback(
    async (closing = false): Promise<SaveCheck> => {
      if (!canMerge) return { proceed: true };
      const check = checkedValues(entity, form);
      if (!check) return { proceed: true };
      let groups: DuplicateMatches;
      try {
        const found = await api.call('records.duplicates', {
          entity: entity.name,
          values: check.values,
          ...(recordId ? { excludeId: recordId } : {}),
        });
        groups = found.filter((g) => check.rules.has(g.rule));
      } catch {
        // The check only warns: failing to run it must not stop a save.
        return { proceed: true };
      }
      if (groups.length === 0) return { proceed: true };
      setOfferMerge(!closing);
      return new Promise<SaveCheck>((resolve) => setPrompt({ groups, resolve }));
    },
    [api, canMerge, entity, form, recordId],
  );

  const answer = (check: SaveCheck) => {
    prompt?.resolve(check);
    setPrompt(null);
  };

  const mergeWith = (otherId: string) =>
    answer({
      proceed: true,
      afterSave: (saved) => {
        // A new record's form reopens at its own URL and picks the merge up there.
        if (form.mode === 'create') rememberMerge(saved.id, otherId);
        else setMerge({ entity, masterId: otherId, otherId: saved.id });
      },
    });

  const closeMerge = () => {
    if (recordId) forgetMerge(recordId);
    setMerge(null);
  };

  const onMerged = (result: MergeResult) => {
    closeMerge();
    if (result.masterId !== recordId) navigate({ kind: 'record', area, entity, id: result.masterId }, { force: true });
  };

  const dialogs: ReactNode = (
    <>
      {prompt && (
        <DuplicatesDialog
          groups={prompt.groups}
          canMerge={offerMerge}
          onOpen={(id) => {
            answer({ proceed: false });
            navigate({ kind: 'record', area, entity, id });
          }}
          onMerge={mergeWith}
          onSaveAnyway={() => answer({ proceed: true })}
          onCancel={() => answer({ proceed: false })}
        />
      )}
      {merge && <MergeDialog request={merge} onClose={closeMerge} onMerged={onMerged} />}
    </>
  );

  return { confirmSave, dialogs };
}
