import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Modal, Radio, Stack, Switch, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowsJoin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergeResult, RecordData } from '../../../src-shared/api';
import type { EntityDef } from '../../../src-shared/entities';
import { isApiCallError, useApi } from '../../api';
import { errorText, notifySuccess, translateIssue } from '../../app/errors';
import { formatDate } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { formatFieldValue } from '../fields/display';
import classes from './MergeDialog.module.css';
import { choicesOf, defaultPicks, mergeRows, type MergeRow } from './merge-rows';

export interface MergeRequest {
  readonly entity: EntityDef;
  /** The record that stays unless the user picks the other one. */
  readonly masterId: string;
  readonly otherId: string;
}

interface MergeDialogProps {
  readonly request: MergeRequest;
  onClose(): void;
  onMerged(result: MergeResult): void;
}

/**
 * Two records side by side, field by field: the user picks the record that
 * stays and, for each field that differs, whose value it keeps. The
 * defaults are the master's values where it has one.
 */
export function MergeDialog({ request, onClose, onMerged }: MergeDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const { entity } = request;
  const [records, setRecords] = useState<readonly [RecordData, RecordData] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [masterId, setMasterId] = useState(request.masterId);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  const [merging, setMerging] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([
      api.call('records.get', { entity: entity.name, id: request.masterId }),
      api.call('records.get', { entity: entity.name, id: request.otherId }),
    ]).then(
      ([master, other]) => {
        if (!live) return;
        setRecords([master, other]);
        setPicks(defaultPicks(entity, master, other));
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api, entity, request.masterId, request.otherId]);

  const rows = useMemo(() => (records ? mergeRows(entity, records[0], records[1]) : []), [entity, records]);
  const master = records?.find((r) => r.id === masterId) ?? null;
  const subordinate = records?.find((r) => r.id !== masterId) ?? null;

  function chooseMaster(id: string) {
    const next = records?.find((r) => r.id === id);
    const other = records?.find((r) => r.id !== id);
    if (!next || !other) return;
    setMasterId(id);
    setPicks(defaultPicks(entity, next, other));
  }

  async function merge() {
    if (!master || !subordinate) return;
    setMerging(true);
    setFailure(null);
    try {
      const result = await api.call('records.merge', {
        entity: entity.name,
        masterId: master.id,
        subordinateId: subordinate.id,
        values: choicesOf(rows, picks, master.id),
      });
      notifySuccess(t('merge.done', { subordinate: subordinate.display_name, master: master.display_name }));
      onMerged(result);
    } catch (error) {
      const issues = isApiCallError(error) ? (error.error.issues ?? []) : [];
      setFailure(issues.length > 0 ? issues.map((i) => translateIssue(t, i)).join(' ') : errorText(t, error));
    } finally {
      setMerging(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('merge.title')} size="xl">
      {loadError ? (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('merge.load_failed')}>
          {errorText(t, loadError)}
        </Alert>
      ) : !records || !master || !subordinate ? (
        <Center h={160}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('merge.intro')}
          </Text>
          <MergeTable
            entity={entity}
            records={records}
            rows={onlyDifferences ? rows.filter((r) => r.differs) : rows}
            masterId={masterId}
            picks={picks}
            onMaster={chooseMaster}
            onPick={(field, id) => setPicks((p) => ({ ...p, [field]: id }))}
          />
          {!rows.some((r) => r.differs) && (
            <Text size="sm" c="dimmed">
              {t('merge.no_differences')}
            </Text>
          )}
          <Switch
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.currentTarget.checked)}
            label={t('merge.only_differences')}
          />
          <Alert color="orange" variant="light" icon={<IconArrowsJoin />}>
            {t('merge.summary', { subordinate: subordinate.display_name, master: master.display_name })}
          </Alert>
          {failure && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={merging}>
              {t('common.cancel')}
            </Button>
            <Button leftSection={<IconArrowsJoin size={16} />} onClick={() => void merge()} loading={merging}>
              {t('merge.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

interface MergeTableProps {
  readonly entity: EntityDef;
  readonly records: readonly [RecordData, RecordData];
  readonly rows: readonly MergeRow[];
  readonly masterId: string;
  readonly picks: Readonly<Record<string, string>>;
  onMaster(id: string): void;
  onPick(field: string, id: string): void;
}

/** Values written left to right whatever the language: "+1 555 0100" must not become "1 555 0100+". */
const LEFT_TO_RIGHT = new Set(['phone', 'email', 'url']);

function MergeTable({ entity, records, rows, masterId, picks, onMaster, onPick }: MergeTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const show = (record: RecordData, row: MergeRow) =>
    formatFieldValue(row.field, record.values[row.field.name], record.lookups[row.field.name]?.name, {
      t,
      locale,
      refNames: record.refNames,
    });

  return (
    <div className={classes.scroller}>
      <Table className={classes.table} verticalSpacing="xs" aria-label={t('merge.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.fieldColumn}>{t('merge.field')}</Table.Th>
            {records.map((record) => (
              <Table.Th
                key={record.id}
                className={classes.recordColumn}
                data-master={record.id === masterId || undefined}
              >
                <Radio
                  name="merge-master"
                  checked={record.id === masterId}
                  onChange={() => onMaster(record.id)}
                  aria-label={t('merge.keep_record', { name: record.display_name })}
                  label={
                    <span className={classes.recordName} dir="auto">
                      {record.display_name}
                    </span>
                  }
                  description={
                    <>
                      {record.id === masterId && <span className={classes.masterMark}>{t('merge.master')} · </span>}
                      {t('merge.created', { date: formatDate(locale, record.system.created_at.slice(0, 10)) })}
                    </>
                  }
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.field.name}>
              <Table.Td className={classes.fieldName}>{t(row.field.label)}</Table.Td>
              {records.map((record) => {
                const shown = show(record, row);
                const text = shown ? (
                  <span dir={LEFT_TO_RIGHT.has(row.field.type) ? 'ltr' : 'auto'}>{shown}</span>
                ) : (
                  <span className={classes.empty}>{t('merge.empty')}</span>
                );
                if (!row.differs) {
                  return (
                    <Table.Td key={record.id} className={classes.same}>
                      {text}
                    </Table.Td>
                  );
                }
                const chosen = picks[row.field.name] === record.id;
                return (
                  <Table.Td key={record.id} data-chosen={chosen || undefined} className={classes.choice}>
                    <Radio
                      name={`merge-${entity.name}-${row.field.name}`}
                      checked={chosen}
                      onChange={() => onPick(row.field.name, record.id)}
                      aria-label={t('merge.value_of', { field: t(row.field.label), name: record.display_name })}
                      label={text}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
