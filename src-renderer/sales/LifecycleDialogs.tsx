import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordData } from '../../src-shared/api';
import { DISQUALIFY_REASONS } from '../../src-shared/rules/sales';
import { moneyFromUnits, moneyUnits } from '../../src-shared/rules/sales/money';
import { useApi } from '../api';
import { useLocale } from '../i18n/useLocale';
import { normalizeDigits } from '../records/fields/digits';
import { failureText, todayLocal } from './feedback';
import { formatAmount } from './money';

interface StepDialogProps {
  readonly record: RecordData;
  onDone(record: RecordData, detail?: { readonly partly?: boolean }): void;
  onClose(): void;
}

/** A dialog that asks for what one lifecycle step needs, then runs it; a refusal stays in the dialog. */
function StepDialog({
  title,
  submit,
  submitLabel,
  onClose,
  children,
}: {
  title: string;
  submit(): Promise<void>;
  submitLabel: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    setFailure(null);
    try {
      await submit();
    } catch (error) {
      setFailure(failureText(t, error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Stack gap="md">
          {children}
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
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Disqualify a lead, with the reason. */
export function DisqualifyLeadDialog({ record, onDone, onClose }: StepDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <StepDialog
      title={t('sales_form.disqualify.title', { name: record.display_name })}
      submitLabel={t('sales_form.disqualify.submit')}
      onClose={onClose}
      submit={async () => {
        if (!reason) {
          setError(t('sales_form.disqualify.need_reason'));
          return;
        }
        onDone(await api.call('leads.disqualify', { id: record.id, reason }));
      }}
    >
      <Select
        label={t('sales_form.disqualify.reason')}
        data={DISQUALIFY_REASONS.map((value) => ({ value, label: t(`choice.lead_disqualify_reason.${value}`) }))}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setError(undefined);
        }}
        error={error}
        withAsterisk
        data-autofocus
      />
    </StepDialog>
  );
}

function DateInput({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value}
      min="1800-01-01"
      max="2200-12-31"
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      withAsterisk
    />
  );
}

/** Fulfill an order, fully or partly, on a date. */
export function FulfillOrderDialog({ record, onDone, onClose }: StepDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const [date, setDate] = useState(todayLocal());
  const [partly, setPartly] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <StepDialog
      title={t('sales_form.fulfill.title', { name: record.display_name })}
      submitLabel={t('sales_form.fulfill.submit')}
      onClose={onClose}
      submit={async () => {
        if (!date) {
          setError(t('sales_form.fulfill.need_date'));
          return;
        }
        onDone(await api.call('orders.fulfill', { id: record.id, date, partial: partly }), { partly });
      }}
    >
      <Radio.Group
        label={t('sales_form.fulfill.how')}
        value={partly ? 'partly' : 'fully'}
        onChange={(value) => setPartly(value === 'partly')}
      >
        <Stack gap={8} mt={6}>
          <Radio value="fully" label={t('sales_form.fulfill.fully')} />
          <Radio value="partly" label={t('sales_form.fulfill.partly')} />
        </Stack>
      </Radio.Group>
      <DateInput
        label={t('sales_form.fulfill.date')}
        value={date}
        error={error}
        onChange={(value) => {
          setDate(value);
          setError(undefined);
        }}
      />
    </StepDialog>
  );
}

/** What an invoice still owes (total less paid), as a canonical decimal string. */
export function outstandingOf(record: RecordData): string {
  const units = (field: string) => {
    const value = record.values[field];
    return (typeof value === 'string' ? moneyUnits(value) : null) ?? 0n;
  };
  return moneyFromUnits(units('total_amount') - units('amount_paid'));
}

/** Record a payment on an invoice: the amount (starting at what is still owed) and the date. */
export function RecordPaymentDialog({ record, onDone, onClose }: StepDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = typeof record.values['currency'] === 'string' ? record.values['currency'] : null;
  const outstanding = outstandingOf(record);
  const total = typeof record.values['total_amount'] === 'string' ? record.values['total_amount'] : '0';
  const [amount, setAmount] = useState(outstanding);
  const [date, setDate] = useState(todayLocal());
  const [errors, setErrors] = useState<{ amount?: string; date?: string }>({});
  return (
    <StepDialog
      title={t('sales_form.payment.title', { name: record.display_name })}
      submitLabel={t('sales_form.payment.submit')}
      onClose={onClose}
      submit={async () => {
        const missing = {
          ...(amount.trim() ? {} : { amount: t('sales_form.payment.need_amount') }),
          ...(date ? {} : { date: t('sales_form.payment.need_date') }),
        };
        setErrors(missing);
        if (Object.keys(missing).length > 0) return;
        onDone(await api.call('invoices.recordPayment', { id: record.id, amount: amount.trim(), date }));
      }}
    >
      <Text size="sm">
        {t('sales_form.payment.outstanding', {
          amount: formatAmount(locale, outstanding, currency),
          total: formatAmount(locale, total, currency),
        })}
      </Text>
      <TextInput
        label={t('sales_form.payment.amount')}
        value={amount}
        onChange={(e) => {
          setAmount(normalizeDigits(e.currentTarget.value));
          setErrors((er) => ({ ...er, amount: undefined }));
        }}
        error={errors.amount}
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        withAsterisk
        data-autofocus
      />
      <DateInput
        label={t('sales_form.payment.date')}
        value={date}
        error={errors.date}
        onChange={(value) => {
          setDate(value);
          setErrors((er) => ({ ...er, date: undefined }));
        }}
      />
    </StepDialog>
  );
}
