import { useState } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, FieldValue, RecordValues } from '../../src-shared/api';
import { getEntity, getField, type WorkArea } from '../../src-shared/entities';
import { appointmentProposal, type ConflictProposal } from '../../src-shared/rules/calendar';
import { prepareWrite } from '../../src-shared/rules/write-rules';
import { isApiCallError, useApi } from '../api';
import { notifyError, notifySuccess, translateIssue } from '../app/errors';
import { navigate } from '../app/navigation';
import { FieldInput } from '../records/fields/FieldInput';
import { splitIssues } from '../records/form/form-values';

const activity = getEntity('activity');
/** The fields a quick appointment asks for, in this order; the rest is on the full form. */
const FIELDS = ['subject', 'scheduled_start', 'scheduled_end', 'owner_id', 'required_attendees', 'location'] as const;
const WIDE = new Set<string>(['subject', 'required_attendees']);

export interface QuickCreateRequest {
  readonly start: string;
  readonly end: string;
  /** Whose calendar the slot was in: the person of a team column, else the current user. */
  readonly ownerId: string;
  readonly ownerName: string;
}

interface Props {
  readonly area: WorkArea;
  readonly request: QuickCreateRequest;
  /** Asks about clashes before saving; false: the user went back. */
  confirmNoConflict(proposal: ConflictProposal): Promise<boolean>;
  onClose(): void;
}

/**
 * A new appointment in a free slot: subject, times, owner, attendees and
 * place, saved straight from the calendar after the conflict check; "More
 * details…" carries what was typed over to the full activity form.
 */
export function QuickCreateDialog({ area, request, confirmNoConflict, onClose }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RecordValues>({
    activity_type: 'appointment',
    subject: '',
    scheduled_start: request.start,
    scheduled_end: request.end,
    owner_id: request.ownerId,
    required_attendees: [],
    location: '',
  });
  const [names, setNames] = useState<Record<string, string>>({ owner_id: request.ownerName });
  const [refNames, setRefNames] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, FieldIssue>>({});
  const [saving, setSaving] = useState(false);

  const set = (name: string, value: FieldValue, lookupName?: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    if (lookupName !== undefined) setNames((n) => ({ ...n, [name]: lookupName }));
    setErrors((e) => {
      const { [name]: _, ...rest } = e;
      return rest;
    });
  };

  function given(): RecordValues {
    return Object.fromEntries(
      Object.entries(draft).filter(
        ([, v]) => v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0),
      ),
    );
  }

  async function save() {
    const checked = prepareWrite(activity, given(), 'create', null, Date.now());
    if (checked.issues.length > 0) return setErrors(splitIssues(checked.issues).byField);
    const proposal = appointmentProposal({ status: 'open', ...checked.values }, null, Date.now());
    setSaving(true);
    try {
      if (proposal && !(await confirmNoConflict(proposal))) return;
      const saved = await api.call('records.create', { entity: 'activity', values: checked.values });
      notifySuccess(t('calendar.quick.saved', { name: saved.display_name }));
      onClose();
    } catch (error) {
      if (isApiCallError(error) && error.error.issues) {
        const { byField, other } = splitIssues(error.error.issues);
        setErrors(byField);
        if (other.length > 0) notifyError(error, other.map((i) => translateIssue(t, i)).join(' '));
      } else notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  function moreDetails() {
    const prefill: Record<string, string> = {};
    for (const [name, value] of Object.entries(given())) {
      prefill[name] = Array.isArray(value) ? value.join(',') : String(value);
    }
    onClose();
    navigate({ kind: 'new', area, entity: activity, prefill });
  }

  return (
    <Modal opened onClose={onClose} title={t('calendar.quick.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {FIELDS.map((name) => {
              const field = getField(activity, name);
              if (!field) return null;
              return (
                <div key={name} style={WIDE.has(name) ? { gridColumn: '1 / -1' } : undefined}>
                  <FieldInput
                    field={field}
                    value={draft[name] ?? null}
                    label={t(field.label)}
                    error={errors[name] ? translateIssue(t, errors[name]) : undefined}
                    lookupName={names[name]}
                    onChange={(value, lookupName) => set(name, value, lookupName)}
                    onBlur={() => undefined}
                    onLookupName={(n) => setNames((all) => ({ ...all, [name]: n }))}
                    values={draft}
                    refNames={refNames}
                    onRefNames={(more) => setRefNames((known) => ({ ...known, ...more }))}
                  />
                </div>
              );
            })}
          </SimpleGrid>
          <Group justify="space-between" gap="sm">
            <Button variant="subtle" onClick={moreDetails}>
              {t('calendar.quick.more')}
            </Button>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('calendar.quick.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
