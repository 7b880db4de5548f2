import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntityDef } from '../../../src-shared/entities';
import { translateIssue } from '../../app/errors';
import { FieldInput, isWideField } from '../fields/FieldInput';
import classes from './RecordPage.module.css';
import type { RecordForm } from './useRecordForm';

export function sectionKey(entity: EntityDef, section: string): string {
  return `section.${entity.name}.${section}`;
}

/** Fields laid out by the entity's sections, two columns on wide screens. */
export function FormSections({ entity, form }: { entity: EntityDef; form: RecordForm }) {
  const { t } = useTranslation();
  return (
    <div className={classes.sections}>
      {entity.sections.map((section) => {
        const fields = entity.fields.filter((f) => f.section === section);
        if (fields.length === 0) return null;
        const titleId = `section-${entity.name}-${section}`;
        return (
          <Paper key={section} withBorder radius="md" p="lg" component="section" aria-labelledby={titleId}>
            <Title order={3} size="h5" id={titleId} mb="md">
              {t(sectionKey(entity, section))}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="md">
              {fields.map((field) => {
                const issue = form.errors[field.name];
                return (
                  <div key={field.name} style={isWideField(field) ? { gridColumn: '1 / -1' } : undefined}>
                    <FieldInput
                      field={field}
                      value={form.draft[field.name] ?? null}
                      label={t(field.label)}
                      error={issue ? translateIssue(t, issue) : undefined}
                      lookupName={form.names[field.name]}
                      onChange={(value, name) => form.setField(field.name, value, name)}
                      onBlur={() => form.blurField(field.name)}
                      onLookupName={(name) => form.setLookupName(field.name, name)}
                    />
                  </div>
                );
              })}
            </SimpleGrid>
          </Paper>
        );
      })}
    </div>
  );
}
