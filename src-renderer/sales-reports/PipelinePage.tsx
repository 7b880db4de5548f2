import { useState, type DragEvent } from 'react';
import { ActionIcon, Anchor, Avatar, Badge, Button, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconBuilding, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Pipeline, PipelineCard, PipelineColumn } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { useApi } from '../api';
import { notifyError, notifySuccess } from '../app/errors';
import { linkProps, navigate } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatDate, formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { NewRecordButton } from '../records/list/NewRecordButton';
import { entityText } from '../records/entity-text';
import { localParts } from '../records/fields/local-time';
import { OwnerFilter } from './OwnerFilter';
import { formatAmount, formatPercent, stageLabel } from './report-format';
import { EmptyReport, ReportPage, Stat } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

const WATCHED = ['opportunity', 'account', 'contact'];

interface Pending {
  readonly id: string;
  readonly stage: string;
  /** The answer the move was made on: once a newer one arrives, it shows the truth. */
  readonly basis: Pipeline;
}

/** The board as the user expects it right after a drop, before the new figures arrive. */
function withPending(data: Pipeline, pending: Pending | null): readonly PipelineColumn[] {
  if (!pending || pending.basis !== data) return data.columns;
  const card = data.columns.flatMap((c) => c.cards).find((c) => c.id === pending.id);
  if (!card) return data.columns;
  return data.columns.map((column) => {
    const cards = column.cards.filter((c) => c.id !== pending.id);
    return { ...column, cards: column.stage === pending.stage ? [card, ...cards] : cards };
  });
}

/**
 * "Pipeline": open opportunities as cards in a column per sales stage, each
 * column with its count, estimated revenue and weighted revenue. Dragging a
 * card to another stage (or "Move to stage" on the card) moves the
 * opportunity there, which sets the stage's probability.
 */
export function PipelinePage({ area }: { area: WorkArea }) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const { data, error, reload } = useReport('salesReports.pipeline', ownerId ? { ownerId } : {}, WATCHED);
  const [pending, setPending] = useState<Pending | null>(null);
  const [dragged, setDragged] = useState<{ id: string; stage: string } | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const opportunity = getEntity('opportunity');
  const oppArea = areaForEntity(opportunity, area);
  const today = localParts(new Date().toISOString()).date;

  async function move(card: PipelineCard, from: string, stage: string) {
    if (!data || from === stage) return;
    setPending({ id: card.id, stage, basis: data });
    try {
      const moved = await api.call('opportunities.moveStage', { id: card.id, stage });
      const probability = moved.values['probability'];
      notifySuccess(
        t('sales_reports.pipeline.moved', {
          name: card.name,
          stage: stageLabel(t, stage),
          probability: typeof probability === 'number' ? probability : 0,
        }),
      );
      reload();
    } catch (failure) {
      setPending(null);
      notifyError(failure, t('sales_reports.pipeline.move_failed'));
    }
  }

  const canDrop = (column: PipelineColumn) => dragged !== null && column.configured && dragged.stage !== column.stage;

  const dropProps = (column: PipelineColumn) => ({
    onDragOver: (e: DragEvent) => {
      if (!canDrop(column)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== column.stage) setOver(column.stage);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(null);
      const id = e.dataTransfer.getData('text/plain');
      const source = data?.columns.find((c) => c.cards.some((card) => card.id === id));
      const card = source?.cards.find((c) => c.id === id);
      if (card && source && column.configured) void move(card, source.stage, column.stage);
      setDragged(null);
    },
  });

  const columns = data ? withPending(data, pending) : [];
  const configured = data?.columns.filter((c) => c.configured) ?? [];

  return (
    <ReportPage
      wide
      title={t('page.pipeline.title')}
      intro={t('sales_reports.pipeline.intro')}
      controls={
        <>
          <OwnerFilter value={ownerId} onChange={setOwnerId} />
          <NewRecordButton area={oppArea} entity={opportunity} label={entityText(t, opportunity, 'new')} />
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {data && data.total.count === 0 ? (
        <EmptyReport
          text={t(ownerId ? 'sales_reports.pipeline.empty_owner' : 'sales_reports.pipeline.empty')}
          action={
            <Button variant="light" component="a" {...linkProps({ kind: 'list', area: oppArea, entity: opportunity })}>
              {t('sales_reports.open_opportunities')}
            </Button>
          }
        />
      ) : (
        data && (
          <>
            <Group gap="lg" align="stretch">
              <Stat label={t('sales_reports.open_count')} value={formatInteger(locale, data.total.count)} />
              <Stat label={t('sales_reports.total')} value={formatAmount(locale, data.total.total, data.currency)} />
              <Stat
                label={t('sales_reports.weighted')}
                value={formatAmount(locale, data.total.weighted, data.currency)}
              />
            </Group>
            <div className={classes.board} role="list" aria-label={t('page.pipeline.title')}>
              {columns.map((column) => (
                <section
                  key={column.stage}
                  role="listitem"
                  aria-label={stageLabel(t, column.stage)}
                  data-stage={column.stage}
                  className={`${classes.column} ${over === column.stage ? classes.columnDrop : ''}`}
                  {...dropProps(column)}
                >
                  <div className={classes.columnHeader}>
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      <Text fw={700}>{stageLabel(t, column.stage)}</Text>
                      <Badge variant="light" aria-label={t('sales_reports.count_label', { count: column.count })}>
                        {formatInteger(locale, column.count)}
                      </Badge>
                    </Group>
                    <div className={classes.columnFigures}>
                      <Text size="xs" c="dimmed" span>
                        {t('sales_reports.total')}
                      </Text>
                      <span className={classes.figureValue}>{formatAmount(locale, column.total, data.currency)}</span>
                      <Text size="xs" c="dimmed" span>
                        {t('sales_reports.weighted')}
                      </Text>
                      <span className={classes.figureValue}>
                        {formatAmount(locale, column.weighted, data.currency)}
                      </span>
                    </div>
                  </div>
                  <div className={classes.cards}>
                    {column.cards.length === 0 && column.more === 0 && (
                      <Text size="sm" c="dimmed" className={classes.emptyColumn}>
                        {column.configured ? t('sales_reports.pipeline.column_empty') : t('sales_reports.none')}
                      </Text>
                    )}
                    {column.cards.map((card) => (
                      <Card
                        key={card.id}
                        card={card}
                        area={oppArea}
                        today={today}
                        stages={configured.map((c) => c.stage).filter((s) => s !== column.stage)}
                        pending={pending?.basis === data && pending.id === card.id}
                        dragging={dragged?.id === card.id}
                        onDragStart={() => setDragged({ id: card.id, stage: column.stage })}
                        onDragEnd={() => {
                          setDragged(null);
                          setOver(null);
                        }}
                        onMove={(stage) => void move(card, column.stage, stage)}
                      />
                    ))}
                    {column.more > 0 && (
                      <Text size="sm" c="dimmed" className={classes.more}>
                        {t('sales_reports.pipeline.more', { count: column.more })}{' '}
                        <Anchor size="sm" {...linkProps({ kind: 'list', area: oppArea, entity: opportunity })}>
                          {t('sales_reports.open_opportunities')}
                        </Anchor>
                      </Text>
                    )}
                  </div>
                </section>
              ))}
            </div>
          </>
        )
      )}
    </ReportPage>
  );
}

interface CardProps {
  readonly card: PipelineCard;
  readonly area: WorkArea;
  readonly today: string;
  readonly stages: readonly string[];
  readonly pending: boolean;
  readonly dragging: boolean;
  readonly onDragStart: () => void;
  readonly onDragEnd: () => void;
  readonly onMove: (stage: string) => void;
}

function Card({ card, area, today, stages, pending, dragging, onDragStart, onDragEnd, onMove }: CardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const route = { kind: 'record' as const, area, entity: getEntity('opportunity'), id: card.id };
  const overdue = card.estimatedCloseDate !== null && card.estimatedCloseDate < today;
  const customerIsContact = card.customer?.ref.startsWith('contact:') ?? false;
  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      shadow="xs"
      draggable={!pending}
      aria-busy={pending}
      data-opportunity={card.id}
      className={`${classes.card} ${dragging || pending ? classes.cardDragging : ''}`}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData('text/plain', card.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onClick={(e) => {
        // The title is a link and the menu a button; a click anywhere else on the card opens it too.
        if ((e.target as HTMLElement).closest('a, button, [role="menu"]')) return;
        navigate(route);
      }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Anchor {...linkProps(route)} className={classes.cardTitle} c="inherit" size="sm" dir="auto">
          {card.name || t('list.unnamed')}
        </Anchor>
        {stages.length > 0 && (
          <Menu position="bottom-end" shadow="md" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                size="sm"
                color="gray"
                aria-label={t('sales_reports.pipeline.move_named', { name: card.name })}
              >
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('sales_reports.pipeline.move_to')}</Menu.Label>
              {stages.map((stage) => (
                <Menu.Item key={stage} onClick={() => onMove(stage)}>
                  {stageLabel(t, stage)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {card.customer && (
        <Group gap={4} wrap="nowrap" mt={4}>
          {customerIsContact ? <IconUser size={14} aria-hidden /> : <IconBuilding size={14} aria-hidden />}
          <Text size="xs" c="dimmed" truncate dir="auto">
            {card.customer.name}
          </Text>
        </Group>
      )}
      <Group justify="space-between" wrap="nowrap" mt={8} gap="xs">
        <Text size="sm" fw={600} className={classes.num}>
          {card.estimatedRevenue === null ? '—' : formatAmount(locale, card.estimatedRevenue, card.currency ?? '')}
        </Text>
        {card.probability !== null && (
          <Tooltip label={t('sales_reports.probability')}>
            <Badge
              variant="outline"
              size="sm"
              aria-label={t('sales_reports.probability_is', { value: card.probability })}
            >
              {formatPercent(locale, card.probability)}
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group justify="space-between" wrap="nowrap" mt={6} gap="xs">
        <Text size="xs" className={overdue ? classes.overdue : undefined} c={overdue ? undefined : 'dimmed'}>
          {card.estimatedCloseDate
            ? overdue
              ? t('sales_reports.pipeline.overdue', { date: formatDate(locale, card.estimatedCloseDate) })
              : formatDate(locale, card.estimatedCloseDate)
            : t('sales_reports.pipeline.no_close_date')}
        </Text>
        {card.owner && (
          <Tooltip label={card.owner.name}>
            <Avatar size={22} radius="xl" name={card.owner.name} color="initials" aria-label={card.owner.name} />
          </Tooltip>
        )}
      </Group>
    </Paper>
  );
}
