import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CloseOpportunityResult, RecordData } from '../../src-shared/api';
import { getEntity, getField, type LookupField } from '../../src-shared/entities';
import { LOSS_REASONS } from '../../src-shared/rules/sales';
import { useApi } from '../api';
import { normalizeDigits } from '../records/fields/digits';
import { LookupFieldInput } from '../records/fields/LookupFieldInput';
import { failureText, todayLocal } from './feedback';

interface CloseOpportunityDialogProps {
  readonly opportunity: RecordData;
  readonly outcome: 'won' | 'lost';
  onClosed(result: CloseOpportunityResult): void;
  onClose(): void;
}

const COMPETITOR_FIELD = getField(getEntity('opportunity'), 'competitor_id') as LookupField;
const OPEN_QUOTES = ['draft', 'active'];

/**
 * Close as won (actual revenue starting at the estimate, close date today)
 * or as lost (canceled or out-sold, and the competitor who won). When the
 * opportunity has draft or active quotes, it asks to close them too.
 */
export function CloseOpportunityDialog({ opportunity, outcome, onClosed, onClose }: CloseOpportunityDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const estimate = opportunity.values['estimated_revenue'];
  const [revenue, setRevenue] = useState(typeof estimate === 'string' ? estimate : '');
  const [date, setDate] = useState(todayLocal());
  const [reason, setReason] = useState<string | null>(null);
  const [competitor, setCompetitor] = useState<{ id: string | null; name?: string }>({ id: null });
  const [openQuotes, setOpenQuotes] = useState(0);
  const [closeQuotes, setCloseQuotes] = useState(true);
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    countOpenQuotes(api, opportunity.id).then(
      (count) => live && setOpenQuotes(count),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, opportunity.id]);

  async function submit() {
    const missing = {
      ...(date ? {} : { date: 'sales_form.close.need_date' }),
      ...(outcome === 'lost' && !reason ? { reason: 'sales_form.close.need_reason' } : {}),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(null);
    const quotes = openQuotes > 0 && closeQuotes;
    try {
      const result =
        outcome === 'won'
          ? await api.call('opportunities.close', {
              outcome: 'won',
              id: opportunity.id,
              ...(revenue.trim() ? { actualRevenue: revenue.trim() } : {}),
              actualCloseDate: date,
              closeQuotes: quotes,
            })
          : await api.call('opportunities.close', {
              outcome: 'lost',
              id: opportunity.id,
              reason: reason ?? '',
              competitorId: competitor.id,
              actualCloseDate: date,
              closeQuotes: quotes,
            });
      onClosed(result);
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setBusy(false);
    }
  }

  const title =
    outcome === 'won'
      ? t('sales_form.close.won_title', { name: opportunity.display_name })
      : t('sales_form.close.lost_title', { name: opportunity.display_name });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {outcome === 'won' ? (
            <TextInput
              label={t('sales_form.close.actual_revenue')}
              description={t('sales_form.close.actual_revenue_hint')}
              value={revenue}
              onChange={(e) => setRevenue(normalizeDigits(e.currentTarget.value))}
              inputMode="decimal"
              dir="ltr"
              autoComplete="off"
            />
          ) : (
            <>
              <Select
                label={t('sales_form.close.reason')}
                data={LOSS_REASONS.map((value) => ({
                  value,
                  label: t(`choice.opportunity_status_reason.${value}`),
                }))}
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  setErrors((e) => ({ ...e, reason: undefined }));
                }}
                error={errors.reason ? t(errors.reason) : undefined}
                withAsterisk
                comboboxProps={{ withinPortal: true }}
              />
              <LookupFieldInput
                field={COMPETITOR_FIELD}
                value={competitor.id}
                label={t('sales_form.close.competitor')}
                lookupName={competitor.name}
                onChange={(id, name) => setCompetitor({ id: typeof id === 'string' ? id : null, name })}
                onLookupName={(name) => setCompetitor((c) => ({ ...c, name }))}
                onBlur={() => undefined}
              />
            </>
          )}
          <TextInput
            type="date"
            label={t('sales_form.close.close_date')}
            value={date}
            min="1800-01-01"
            max="2200-12-31"
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setErrors((er) => ({ ...er, date: undefined }));
            }}
            error={errors.date ? t(errors.date) : undefined}
            withAsterisk
          />
          {openQuotes > 0 && (
            <Alert color="orange" title={t('sales_form.close.open_quotes', { count: openQuotes })}>
              <Checkbox
                checked={closeQuotes}
                onChange={(e) => setCloseQuotes(e.currentTarget.checked)}
                label={t('sales_form.close.close_quotes')}
              />
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={outcome === 'won' ? 'teal' : 'red'}>
              {outcome === 'won' ? t('sales_form.command.close_won') : t('sales_form.command.close_lost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The opportunity's draft and active quotes: those closing it closes too. */
async function countOpenQuotes(api: ReturnType<typeof useApi>, opportunityId: string): Promise<number> {
  let count = 0;
  let after: string | undefined;
  do {
    const page = await api.call('records.list', {
      entity: 'quote',
      filters: [
        { field: 'opportunity_id', op: 'eq', value: opportunityId },
        { field: 'status', op: 'in', value: OPEN_QUOTES },
      ],
      columns: ['status'],
      limit: 500,
      ...(after ? { after } : {}),
    });
    count += page.rows.length;
    after = page.nextCursor ?? undefined;
  } while (after);
  return count;
}
