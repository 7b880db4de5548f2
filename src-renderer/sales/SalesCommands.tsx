import { useState, type ReactNode } from 'react';
import { Button, Group, Menu, Modal, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconArrowBackUp,
  IconCash,
  IconCircleCheck,
  IconCircleX,
  IconCopy,
  IconDots,
  IconFileDollar,
  IconFileInvoice,
  IconLock,
  IconLockOpen,
  IconPlayerPlay,
  IconRosetteDiscountCheck,
  IconThumbDown,
  IconThumbUp,
  IconTruckDelivery,
  IconUserCheck,
  IconUserX,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  CloseOpportunityResult,
  CreatedDocument,
  LookupRef,
  QualifyResult,
  RecordData,
} from '../../src-shared/api';
import { getEntity } from '../../src-shared/entities';
import { useApi } from '../api';
import { notifySuccess } from '../app/errors';
import { navigate } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { useLocale } from '../i18n/useLocale';
import type { FormExtensionProps } from '../records/form/extensions';
import { CloseOpportunityDialog } from './CloseOpportunityDialog';
import { salesCommandsFor, type SalesCommand } from './commands';
import { notifyFailure } from './feedback';
import { DisqualifyLeadDialog, FulfillOrderDialog, outstandingOf, RecordPaymentDialog } from './LifecycleDialogs';
import { formatAmount } from './money';
import { QualifyLeadDialog } from './QualifyLeadDialog';

const ICONS: Readonly<Record<SalesCommand, Icon>> = {
  qualify: IconUserCheck,
  disqualify: IconUserX,
  reactivate: IconArrowBackUp,
  close_won: IconThumbUp,
  close_lost: IconThumbDown,
  reopen: IconArrowBackUp,
  new_quote: IconFileDollar,
  activate: IconPlayerPlay,
  revise: IconCopy,
  win: IconThumbUp,
  lose: IconThumbDown,
  close_quote: IconCircleX,
  lock_prices: IconLock,
  unlock_prices: IconLockOpen,
  fulfill: IconTruckDelivery,
  create_invoice: IconFileInvoice,
  cancel_order: IconCircleX,
  record_payment: IconCash,
  mark_paid: IconRosetteDiscountCheck,
  cancel_invoice: IconCircleX,
};

/** The step that moves the record forward, shown as the bar's main command. */
const PRIMARY: ReadonlySet<SalesCommand> = new Set([
  'qualify',
  'close_won',
  'activate',
  'win',
  'fulfill',
  'record_payment',
]);
/** Rarer steps, kept under "More" so the bar stays on one line beside Print, Assign and Share. */
const SECONDARY: ReadonlySet<SalesCommand> = new Set([
  'lose',
  'close_quote',
  'lock_prices',
  'unlock_prices',
  'cancel_order',
  'cancel_invoice',
]);

type Dialog =
  | { readonly kind: 'qualify' | 'disqualify' | 'fulfill' | 'payment' }
  | {
      readonly kind: 'close';
      readonly outcome: 'won' | 'lost';
      readonly opportunity: RecordData;
      /** What happens once the dialog is done with (closed or not): e.g. open the order a won quote made. */
      readonly then?: () => void;
    }
  | { readonly kind: 'offer_close'; readonly order: CreatedDocument; readonly opportunity: LookupRef };

/**
 * The sales lifecycle commands of a lead, opportunity, quote, order or
 * invoice beside Save: each offered only when the record's status allows it
 * (the shared rules decide), each a backend command whose refusal shows the
 * backend's message. They act on the stored record, so unsaved edits are
 * saved (or discarded) first.
 */
export function SalesCommands({ area, entity, form }: FormExtensionProps) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [busy, setBusy] = useState<SalesCommand | null>(null);
  if (!form.record || form.mode !== 'update') return null;
  const record: RecordData = form.record;
  const name = record.display_name;
  const id = record.id;
  const commands = salesCommandsFor(entity.name, record.values);

  function open(entityName: string, recordId: string) {
    const target = getEntity(entityName);
    navigate({ kind: 'record', area: areaForEntity(target, area), entity: target, id: recordId });
  }

  function refreshed() {
    void form.reload();
  }

  async function run<T>(command: SalesCommand, call: () => Promise<T>, after: (result: T) => void) {
    setBusy(command);
    try {
      after(await call());
    } catch (error) {
      notifyFailure(error);
    } finally {
      setBusy(null);
    }
  }

  function confirm(command: SalesCommand, title: string, text: string, action: () => void) {
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{text}</Text>,
      labels: { confirm: t(`sales_form.command.${command}`), cancel: t('sales_form.go_back') },
      confirmProps: { color: command === 'mark_paid' ? 'teal' : 'red' },
      onConfirm: action,
    });
  }

  function afterClose(result: CloseOpportunityResult, outcome: 'won' | 'lost', opportunityName: string) {
    notifySuccess(
      outcome === 'won'
        ? t('sales_form.done.close_won', { name: opportunityName })
        : t('sales_form.done.close_lost', { name: opportunityName }),
    );
    if (result.closedQuotes > 0) notifySuccess(t('sales_form.done.closed_quotes', { count: result.closedQuotes }));
    if (result.accountBecameCustomer)
      notifySuccess(t('sales_form.done.became_customer', { name: result.accountBecameCustomer.name }));
  }

  function start(command: SalesCommand) {
    switch (command) {
      case 'qualify':
        return setDialog({ kind: 'qualify' });
      case 'disqualify':
        return setDialog({ kind: 'disqualify' });
      case 'reactivate':
        return void run(
          command,
          () => api.call('leads.reactivate', { id }),
          () => {
            notifySuccess(t('sales_form.done.reactivate', { name }));
            refreshed();
          },
        );
      case 'close_won':
      case 'close_lost':
        return setDialog({ kind: 'close', outcome: command === 'close_won' ? 'won' : 'lost', opportunity: record });
      case 'reopen':
        return void run(
          command,
          () => api.call('opportunities.reopen', { id }),
          () => {
            notifySuccess(t('sales_form.done.reopen', { name }));
            refreshed();
          },
        );
      case 'new_quote':
        return void run(
          command,
          () => api.call('quotes.fromOpportunity', { opportunityId: id }),
          (created) => {
            notifySuccess(t('sales_form.done.new_quote', { number: created.number }));
            open(created.entity, created.id);
          },
        );
      case 'activate':
        return void run(
          command,
          () => api.call('quotes.activate', { id }),
          () => {
            notifySuccess(t('sales_form.done.activate', { name }));
            refreshed();
          },
        );
      case 'revise':
        return void run(
          command,
          () => api.call('quotes.revise', { id }),
          (created) => {
            notifySuccess(t('sales_form.done.revise', { number: created.number }));
            open(created.entity, created.id);
          },
        );
      case 'win':
        return void run(
          command,
          () => api.call('quotes.win', { id }),
          (won) => {
            notifySuccess(t('sales_form.done.win', { number: won.order.number }));
            refreshed();
            if (won.opportunity) setDialog({ kind: 'offer_close', order: won.order, opportunity: won.opportunity });
            else open(won.order.entity, won.order.id);
          },
        );
      case 'lose':
        return confirm(
          command,
          t('sales_form.confirm.lose_title'),
          t('sales_form.confirm.lose_text', { name }),
          () =>
            void run(
              command,
              () => api.call('quotes.lose', { id }),
              () => {
                notifySuccess(t('sales_form.done.lose', { name }));
                refreshed();
              },
            ),
        );
      case 'close_quote':
        return confirm(
          command,
          t('sales_form.confirm.close_quote_title'),
          t('sales_form.confirm.close_quote_text', { name }),
          () =>
            void run(
              command,
              () => api.call('quotes.close', { id }),
              () => {
                notifySuccess(t('sales_form.done.close_quote', { name }));
                refreshed();
              },
            ),
        );
      case 'lock_prices':
        return void run(
          command,
          () => api.call('orders.lockPrices', { id }),
          () => {
            notifySuccess(t('sales_form.done.lock_prices', { name }));
            refreshed();
          },
        );
      case 'unlock_prices':
        return void run(
          command,
          () => api.call('orders.unlockPrices', { id }),
          () => {
            notifySuccess(t('sales_form.done.unlock_prices', { name }));
            refreshed();
          },
        );
      case 'fulfill':
        return setDialog({ kind: 'fulfill' });
      case 'create_invoice':
        return void run(
          command,
          () => api.call('orders.createInvoice', { id }),
          (created) => {
            notifySuccess(t('sales_form.done.create_invoice', { number: created.number }));
            open(created.entity, created.id);
          },
        );
      case 'cancel_order':
        return confirm(
          command,
          t('sales_form.confirm.cancel_order_title'),
          t('sales_form.confirm.cancel_order_text', { name }),
          () =>
            void run(
              command,
              () => api.call('orders.cancel', { id }),
              () => {
                notifySuccess(t('sales_form.done.cancel_order', { name }));
                refreshed();
              },
            ),
        );
      case 'record_payment':
        return setDialog({ kind: 'payment' });
      case 'mark_paid': {
        const currency = typeof record.values['currency'] === 'string' ? record.values['currency'] : null;
        const amount = formatAmount(locale, outstandingOf(record), currency);
        return confirm(
          command,
          t('sales_form.confirm.mark_paid_title'),
          t('sales_form.confirm.mark_paid_text', { name, amount }),
          () =>
            void run(
              command,
              () => api.call('invoices.markPaid', { id }),
              () => {
                notifySuccess(t('sales_form.done.mark_paid', { name }));
                refreshed();
              },
            ),
        );
      }
      case 'cancel_invoice':
        return confirm(
          command,
          t('sales_form.confirm.cancel_invoice_title'),
          t('sales_form.confirm.cancel_invoice_text', { name }),
          () =>
            void run(
              command,
              () => api.call('invoices.cancel', { id }),
              () => {
                notifySuccess(t('sales_form.done.cancel_invoice', { name }));
                refreshed();
              },
            ),
        );
    }
  }

  async function offerClose(order: CreatedDocument, opportunity: LookupRef) {
    const openOrder = () => open(order.entity, order.id);
    try {
      const full = await api.call('records.get', { entity: 'opportunity', id: opportunity.id });
      setDialog({ kind: 'close', outcome: 'won', opportunity: full, then: openOrder });
    } catch (error) {
      setDialog(null);
      notifyFailure(error);
      openOrder();
    }
  }

  function dialogView(): ReactNode {
    if (!dialog) return null;
    const done = () => setDialog(null);
    switch (dialog.kind) {
      case 'qualify':
        return (
          <QualifyLeadDialog
            lead={record}
            onClose={done}
            onQualified={(result: QualifyResult) => {
              done();
              notifySuccess(t('sales_form.done.qualify', { name }));
              const next = result.opportunity
                ? { entity: 'opportunity', ref: result.opportunity }
                : result.account
                  ? { entity: 'account', ref: result.account }
                  : result.contact
                    ? { entity: 'contact', ref: result.contact }
                    : null;
              if (next) open(next.entity, next.ref.id);
              else refreshed();
            }}
          />
        );
      case 'disqualify':
        return (
          <DisqualifyLeadDialog
            record={record}
            onClose={done}
            onDone={() => {
              done();
              notifySuccess(t('sales_form.done.disqualify', { name }));
              refreshed();
            }}
          />
        );
      case 'fulfill':
        return (
          <FulfillOrderDialog
            record={record}
            onClose={done}
            onDone={(_, detail) => {
              done();
              notifySuccess(
                detail?.partly ? t('sales_form.done.fulfill_partly', { name }) : t('sales_form.done.fulfill', { name }),
              );
              refreshed();
            }}
          />
        );
      case 'payment':
        return (
          <RecordPaymentDialog
            record={record}
            onClose={done}
            onDone={() => {
              done();
              notifySuccess(t('sales_form.done.record_payment', { name }));
              refreshed();
            }}
          />
        );
      case 'close': {
        const { opportunity, outcome, then } = dialog;
        const finish = () => {
          done();
          if (then) then();
        };
        return (
          <CloseOpportunityDialog
            opportunity={opportunity}
            outcome={outcome}
            onClose={finish}
            onClosed={(result) => {
              afterClose(result, outcome, opportunity.display_name);
              if (!then) refreshed();
              finish();
            }}
          />
        );
      }
      case 'offer_close': {
        const { order, opportunity } = dialog;
        const later = () => {
          done();
          open(order.entity, order.id);
        };
        return (
          <Modal opened onClose={later} title={t('sales_form.confirm.win_close_title')}>
            <Text size="sm">
              {t('sales_form.confirm.win_close_text', { number: order.number, name: opportunity.name })}
            </Text>
            <Group justify="flex-end" gap="sm" mt="lg">
              <Button variant="default" onClick={later}>
                {t('sales_form.confirm.not_now')}
              </Button>
              <Button
                color="teal"
                leftSection={<IconCircleCheck size={16} />}
                onClick={() => void offerClose(order, opportunity)}
              >
                {t('sales_form.command.close_won')}
              </Button>
            </Group>
          </Modal>
        );
      }
    }
  }

  const blocked = form.dirty || form.saving || busy !== null;
  const shown = commands.filter((c) => !SECONDARY.has(c));
  const more = commands.filter((c) => SECONDARY.has(c));
  return (
    <>
      {shown.map((command) => {
        const CommandIcon = ICONS[command];
        return (
          <Tooltip key={command} label={t('sales_form.save_first')} disabled={!form.dirty}>
            <Button
              variant={PRIMARY.has(command) ? 'light' : 'default'}
              color={PRIMARY.has(command) ? 'teal' : undefined}
              leftSection={<CommandIcon size={16} />}
              onClick={() => start(command)}
              loading={busy === command}
              disabled={blocked && busy !== command}
            >
              {t(`sales_form.command.${command}`)}
            </Button>
          </Tooltip>
        );
      })}
      {more.length > 0 && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              variant="default"
              leftSection={<IconDots size={16} />}
              loading={busy !== null && more.includes(busy)}
              disabled={blocked}
              title={form.dirty ? t('sales_form.save_first') : undefined}
            >
              {t('sales_form.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {more.map((command) => {
              const CommandIcon = ICONS[command];
              return (
                <Menu.Item key={command} leftSection={<CommandIcon size={16} />} onClick={() => start(command)}>
                  {t(`sales_form.command.${command}`)}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      )}
      {dialogView()}
    </>
  );
}
