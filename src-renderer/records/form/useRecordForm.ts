import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, FieldValue, RecordData, RecordValues } from '../../../src-shared/api';
import type { EntityDef } from '../../../src-shared/entities';
import { validateField } from '../../../src-shared/rules/records';
import { prepareWrite, withoutCommandFields } from '../../../src-shared/rules/write-rules';
import { isApiCallError, useApi } from '../../api';
import { useAppInfo } from '../../app/AppInfoContext';
import { notifyError, translateIssue } from '../../app/errors';
import { useUiStore } from '../../stores/ui-store';
import { changedValues, createValues, initialDraft, splitIssues } from './form-values';

export type FormTarget = { readonly id: string } | { readonly prefill: Readonly<Record<string, string>> };

/** A record just created here, handed to the form that opens at its URL so it need not load again. */
const justSaved = new Map<string, RecordData>();

function namesOf(record: RecordData): Record<string, string> {
  return Object.fromEntries(Object.entries(record.lookups).map(([field, ref]) => [field, ref.name]));
}

export interface RecordForm {
  readonly mode: 'create' | 'update';
  readonly status: 'loading' | 'ready' | 'failed';
  readonly loadError: unknown;
  readonly record: RecordData | null;
  readonly draft: RecordValues;
  readonly names: Readonly<Record<string, string>>;
  /** Names of the references (`"<entity>:<id>"`) that regarding and party fields hold. */
  readonly refNames: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, FieldIssue>>;
  readonly dirty: boolean;
  readonly saving: boolean;
  setField(name: string, value: FieldValue, lookupName?: string): void;
  setLookupName(name: string, lookupName: string): void;
  addRefNames(names: Readonly<Record<string, string>>): void;
  blurField(name: string): void;
  /**
   * Resolves to the saved record, or null when nothing was saved (invalid,
   * failed). `extra` values go with the draft's changes in the same save
   * (a command such as "Mark complete").
   */
  save(extra?: RecordValues): Promise<RecordData | null>;
  remove(): Promise<boolean>;
  reload(): Promise<void>;
}

export function useRecordForm(entity: EntityDef, target: FormTarget): RecordForm {
  const api = useApi();
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const setFormDirty = useUiStore((s) => s.setFormDirty);
  const id = 'id' in target ? target.id : null;
  const prefill = 'prefill' in target ? target.prefill : null;

  const starting = useMemo(
    () => (prefill ? initialDraft(entity, prefill, info.currentUser?.id ?? null) : {}),
    [entity, prefill, info.currentUser],
  );
  const cached = id ? justSaved.get(id) : undefined;
  const [record, setRecord] = useState<RecordData | null>(cached ?? null);
  const [status, setStatus] = useState<RecordForm['status']>(id && !cached ? 'loading' : 'ready');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [original, setOriginal] = useState<RecordValues>(cached?.values ?? starting);
  const [draft, setDraft] = useState<RecordValues>(cached?.values ?? starting);
  const [names, setNames] = useState<Record<string, string>>(cached ? namesOf(cached) : {});
  const [refNames, setRefNames] = useState<Record<string, string>>(cached?.refNames ?? {});
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [saving, setSaving] = useState(false);

  const adopt = useCallback((next: RecordData) => {
    setRecord(next);
    setOriginal(next.values);
    setDraft(next.values);
    setNames(namesOf(next));
    setRefNames((known) => ({ ...known, ...next.refNames }));
    setErrors({});
    setStatus('ready');
  }, []);

  const fail = useCallback((error: unknown) => {
    setLoadError(error);
    setStatus('failed');
  }, []);

  const reload = useCallback(
    () => (id ? api.call('records.get', { entity: entity.name, id }).then(adopt, fail) : Promise.resolve()),
    [api, entity.name, id, adopt, fail],
  );

  useEffect(() => {
    if (!id) return;
    if (justSaved.has(id)) {
      justSaved.delete(id);
      return;
    }
    let live = true;
    api.call('records.get', { entity: entity.name, id }).then(
      (next) => live && adopt(next),
      (error: unknown) => live && fail(error),
    );
    return () => {
      live = false;
    };
  }, [api, entity.name, id, adopt, fail]);

  const dirty = useMemo(
    () => Object.keys(changedValues(entity, draft, original)).length > 0,
    [entity, draft, original],
  );
  useEffect(() => setFormDirty(dirty), [dirty, setFormDirty]);
  useEffect(() => () => setFormDirty(false), [setFormDirty]);

  // Someone else (another window, a restore) changed this record: show it, unless the user is editing.
  const onRecordChanged = useEffectEvent(() => {
    if (!dirty && !saving) void reload();
  });
  useEffect(
    () =>
      api.on('records-changed', (event) => {
        if (id && event.entities.includes(entity.name) && event.ids.includes(id)) onRecordChanged();
      }),
    [api, entity.name, id],
  );

  const setField = useCallback((name: string, value: FieldValue, lookupName?: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    if (lookupName !== undefined) setNames((n) => ({ ...n, [name]: lookupName }));
    setErrors((e) => {
      if (!(name in e)) return e;
      const { [name]: _, ...rest } = e;
      return rest;
    });
  }, []);

  const setLookupName = useCallback(
    (name: string, lookupName: string) => setNames((n) => ({ ...n, [name]: lookupName })),
    [],
  );

  const addRefNames = useCallback(
    (more: Readonly<Record<string, string>>) => setRefNames((known) => ({ ...known, ...more })),
    [],
  );

  const blurField = useCallback(
    (name: string) => {
      const field = entity.fields.find((f) => f.name === name);
      if (!field) return;
      const result = validateField(field, draft[name] ?? null);
      setErrors((e) => {
        if ('issue' in result) return { ...e, [name]: result.issue };
        if (!(name in e)) return e;
        const { [name]: _, ...rest } = e;
        return rest;
      });
    },
    [entity, draft],
  );

  const save = useCallback(
    async (extra: RecordValues = {}): Promise<RecordData | null> => {
      const mode = id ? 'update' : 'create';
      const values = {
        ...(id ? changedValues(entity, draft, original) : createValues(entity, draft)),
        ...extra,
      };
      if (id && Object.keys(values).length === 0 && record) return record;
      // The same checks and record rules as the backend, for instant feedback.
      const checked = prepareWrite(entity, values, mode, id ? original : null, Date.now());
      if (checked.issues.length > 0) {
        setErrors(splitIssues(checked.issues).byField);
        return null;
      }
      setSaving(true);
      try {
        const saved = id
          ? await api.call('records.update', {
              entity: entity.name,
              id,
              values: withoutCommandFields(entity, checked.values),
            })
          : await api.call('records.create', {
              entity: entity.name,
              values: withoutCommandFields(entity, checked.values),
            });
        adopt(saved);
        // The URL changes after a create; the form there starts from this record.
        if (!id) justSaved.set(saved.id, saved);
        setFormDirty(false);
        return saved;
      } catch (error) {
        if (isApiCallError(error) && error.error.code === 'VALIDATION' && error.error.issues) {
          const { byField, other } = splitIssues(error.error.issues);
          setErrors(byField);
          if (other.length > 0) notifyError(error, other.map((i) => translateIssue(t, i)).join(' '));
        } else {
          notifyError(error);
        }
        return null;
      } finally {
        setSaving(false);
      }
    },
    [api, entity, id, draft, original, record, adopt, setFormDirty, t],
  );

  const remove = useCallback(async () => {
    if (!id) return false;
    try {
      await api.call('records.delete', { entity: entity.name, id });
      setFormDirty(false);
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  }, [api, entity.name, id, setFormDirty]);

  return {
    mode: id ? 'update' : 'create',
    status,
    loadError,
    record,
    draft,
    names,
    refNames,
    errors,
    dirty,
    saving,
    setField,
    setLookupName,
    addRefNames,
    blurField,
    save,
    remove,
    reload,
  };
}
