import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QualifyResult, RecordData, RecordValues } from '../../src-shared/api';
import type { LookupField } from '../../src-shared/entities';
import { useApi } from '../api';
import { LookupFieldInput } from '../records/fields/LookupFieldInput';
import { matchesByRecord, type RecordMatch } from '../records/duplicates/matches';
import { failureText } from './feedback';
import {
  accountValuesOfLead,
  contactValuesOfLead,
  initialQualifyChoice,
  leadPersonName,
  qualifyInputOf,
  type LinkChoice,
  type LinkMode,
  type QualifyChoice,
} from './qualify';
import classes from './Sales.module.css';

interface QualifyLeadDialogProps {
  readonly lead: RecordData;
  onQualified(result: QualifyResult): void;
  onClose(): void;
}

const lookup = (name: string, target: string, label: string): LookupField => ({
  name,
  type: 'lookup',
  target,
  label,
  section: 'summary',
  required: true,
});
const ACCOUNT_FIELD = lookup('account', 'account', 'sales_form.qualify.account_pick');
const CONTACT_FIELD = lookup('contact', 'contact', 'sales_form.qualify.contact_pick');

/**
 * Qualify: one dialog that creates or links an account (with the accounts
 * that may already be this company offered), creates or links a contact
 * (likewise), and creates an opportunity carrying the lead's data.
 */
export function QualifyLeadDialog({ lead, onQualified, onClose }: QualifyLeadDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const values = lead.values;
  const company = typeof values['company_name'] === 'string' ? values['company_name'].trim() : '';
  const person = leadPersonName(values);
  const [choice, setChoice] = useState<QualifyChoice>(() => initialQualifyChoice(values));
  const [names, setNames] = useState<{ account?: string; contact?: string }>({});
  const [errors, setErrors] = useState<{ account?: string; contact?: string; opportunity?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const accounts = usePossibleDuplicates('account', accountValuesOfLead(values), company !== '');
  const contacts = usePossibleDuplicates('contact', contactValuesOfLead(values), person !== '');

  function link(part: 'account' | 'contact', next: LinkChoice, name?: string) {
    setChoice((c) => ({ ...c, [part]: next }));
    if (name !== undefined) setNames((n) => ({ ...n, [part]: name }));
    setErrors((e) => ({ ...e, [part]: undefined, opportunity: undefined }));
  }

  async function submit() {
    const result = qualifyInputOf(lead.id, choice);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onQualified(await api.call('leads.qualify', result.input));
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setBusy(false);
    }
  }

  const part = (
    kind: 'account' | 'contact',
    field: LookupField,
    canCreate: boolean,
    newLabel: string,
    matches: readonly RecordMatch[],
  ) => {
    const current = choice[kind];
    return (
      <Paper withBorder radius="md" p="md" component="fieldset" className={classes.fieldset}>
        <Text component="legend" fw={600} size="sm" className={classes.legend}>
          {t(`sales_form.qualify.${kind}`)}
        </Text>
        <Radio.Group
          value={current.mode}
          onChange={(mode) => link(kind, { mode: mode as LinkMode, id: current.id })}
          aria-label={t(`sales_form.qualify.${kind}`)}
        >
          <Stack gap={8}>
            <Radio value="new" label={newLabel} disabled={!canCreate} />
            <Radio value="existing" label={t(`sales_form.qualify.${kind}_existing`)} />
            <Radio value="none" label={t(`sales_form.qualify.${kind}_none`)} />
          </Stack>
        </Radio.Group>
        {current.mode === 'existing' && (
          <div className={classes.indent}>
            <LookupFieldInput
              field={field}
              value={current.id}
              label={t(field.label)}
              lookupName={names[kind]}
              error={errors[kind] ? t(errors[kind]) : undefined}
              onChange={(id, name) => link(kind, { mode: 'existing', id: typeof id === 'string' ? id : null }, name)}
              onLookupName={(name) => setNames((n) => ({ ...n, [kind]: name }))}
              onBlur={() => undefined}
            />
          </div>
        )}
        {current.mode !== 'existing' && errors[kind] && (
          <Text size="sm" c="red" role="alert">
            {t(errors[kind])}
          </Text>
        )}
        {matches.length > 0 && (
          <Stack gap={6} mt="sm">
            <Group gap={6}>
              <IconCopy size={16} aria-hidden />
              <Text size="sm" fw={500}>
                {t(`sales_form.qualify.possible_${kind}s`)}
              </Text>
            </Group>
            <Stack gap={6} component="ul" className={classes.plainList}>
              {matches.map((match) => (
                <Paper component="li" key={match.id} withBorder radius="sm" px="sm" py={6}>
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <div className={classes.grow}>
                      <Text size="sm" fw={500}>
                        <bdi>{match.name}</bdi>
                      </Text>
                      {match.detail && (
                        <Text size="xs" c="dimmed">
                          <bdi>{match.detail}</bdi>
                        </Text>
                      )}
                      <Group gap={4} mt={2}>
                        {match.labels.map((label) => (
                          <Badge key={label} variant="light" color="orange" size="xs" tt="none">
                            {t(label)}
                          </Badge>
                        ))}
                      </Group>
                    </div>
                    <Button
                      size="xs"
                      variant={current.mode === 'existing' && current.id === match.id ? 'filled' : 'light'}
                      aria-label={t('sales_form.qualify.link_named', { name: match.name })}
                      onClick={() => link(kind, { mode: 'existing', id: match.id }, match.name)}
                    >
                      {t('sales_form.qualify.link')}
                    </Button>
                  </Group>
                </Paper>
              ))}
            </Stack>
          </Stack>
        )}
      </Paper>
    );
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t('sales_form.qualify.title', { name: lead.display_name })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('sales_form.qualify.intro')}</Text>
          {part(
            'account',
            ACCOUNT_FIELD,
            company !== '',
            company
              ? t('sales_form.qualify.account_new', { name: company })
              : t('sales_form.qualify.account_new_unnamed'),
            accounts,
          )}
          {part(
            'contact',
            CONTACT_FIELD,
            person !== '',
            person
              ? t('sales_form.qualify.contact_new', { name: person })
              : t('sales_form.qualify.contact_new_unnamed'),
            contacts,
          )}
          <Checkbox
            checked={choice.createOpportunity}
            onChange={(e) => {
              const createOpportunity = e.currentTarget.checked;
              setChoice((c) => ({ ...c, createOpportunity }));
              setErrors((er) => ({ ...er, opportunity: undefined }));
            }}
            label={t('sales_form.qualify.create_opportunity')}
            description={t('sales_form.qualify.create_opportunity_hint')}
            error={errors.opportunity ? t(errors.opportunity) : undefined}
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('sales_form.qualify.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The records of `entity` that may already be the one qualifying would create (the duplicate rules' matches). */
function usePossibleDuplicates(entity: 'account' | 'contact', values: RecordValues, enabled: boolean): RecordMatch[] {
  const api = useApi();
  const [matches, setMatches] = useState<RecordMatch[]>([]);
  const key = JSON.stringify(values);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.call('records.duplicates', { entity, values: JSON.parse(key) as RecordValues }).then(
      (groups) => live && setMatches(matchesByRecord(groups)),
      // Finding duplicates only helps; qualifying works without it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, entity, key, enabled]);
  return enabled ? matches : [];
}
