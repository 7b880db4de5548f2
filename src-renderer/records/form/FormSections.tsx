import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from '../../../src-shared/api';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import { isApplicable } from '../../../src-shared/rules/records';
import { translateIssue } from '../../app/errors';
import { FieldInput, isWideField } from '../fields/FieldInput';
import { ReadOnlyFieldInput } from '../fields/ReadOnlyFieldInput';
import classes from './RecordPage.module.css';
import type { RecordForm } from './useRecordForm';

export function sectionKey(entity: EntityDef, section: string): string {
  return `section.${entity.name}.${section}`;
}

/**
 * The fields the record shows: those that apply to it (an activity shows
 * only its type's), never the rules' own bookkeeping, and fields the rules
 * fill in only once they hold something.
 */
export function shownFields(entity: EntityDef, form: Pick<RecordForm, 'draft'>): FieldDef[] {
  return entity.fields.filter((field) => {
    if (field.hidden || !isApplicable(entity, field, form.draft)) return false;
    if (!field.readOnly) return true;
    const value = form.draft[field.name];
    return value !== null && value !== undefined && value !== '' && value !== false;
  });
}

/**
 * Fields laid out by the entity's sections, two columns on wide screens.
 * `locked`: shown but not editable (the native disabled fieldset reaches
 * every input inside it).
 */
export function FormSections({
  entity,
  form,
  locked = false,
}: {
  entity: EntityDef;
  form: RecordForm;
  locked?: boolean;
}) {
  const { t } = useTranslation();
  const fields = shownFields(entity, form);
  return (
    <fieldset className={`${classes.sections} ${classes.locked}`} disabled={locked}>
      {entity.sections.map((section) => {
        const inSection = fields.filter((f) => f.section === section);
        if (inSection.length === 0) return null;
        const titleId = `section-${entity.name}-${section}`;
        return (
          <Paper key={section} withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
            <Title order={3} size="h5" id={titleId} mb="md">
              {t(sectionKey(entity, section))}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="md">
              {inSection.map((field) => (
                <div key={field.name} style={isWideField(field) ? { gridColumn: '1 / -1' } : undefined}>
                  <FormField entity={entity} form={form} field={field} />
                </div>
              ))}
            </SimpleGrid>
          </Paper>
        );
      })}
    </fieldset>
  );
}

/** One field of the form: its input, bound to the draft; a saved record's type shown as fixed text. */
function FormField({ entity, form, field }: { entity: EntityDef; form: RecordForm; field: FieldDef }) {
  const { t } = useTranslation();
  const issue = form.errors[field.name];
  const common = {
    field,
    value: form.draft[field.name] ?? null,
    label: t(field.label),
    onChange: (value: FieldValue, name?: string) => form.setField(field.name, value, name),
    onBlur: () => form.blurField(field.name),
  };
  // The type of a saved record is fixed: its fields depend on it.
  if (form.mode === 'update' && field.name === entity.typeField) return <ReadOnlyFieldInput {...common} fixed />;
  return (
    <FieldInput
      {...common}
      error={issue ? translateIssue(t, issue) : undefined}
      lookupName={form.names[field.name]}
      values={form.draft}
      refNames={form.refNames}
      onLookupName={(name) => form.setLookupName(field.name, name)}
      onRefNames={form.addRefNames}
    />
  );
}
