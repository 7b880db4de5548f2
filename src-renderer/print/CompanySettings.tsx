import { useEffect, useState } from 'react';
import { Button, FileButton, Group, Image, Input, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetails } from '../../src-shared/api/sales';
import { useApi } from '../api';
import { SettingsSection, WhenLoaded } from '../pages/SettingsSection';
import { apiErrorOf, notifyError, notifySuccess, translateIssue } from '../app/errors';
import { useLocale } from '../i18n/useLocale';
import { checkLogoFile, formatFileSize, LOGO_TYPES, maxLogoBytes } from './logo-file';

type TextKey = Exclude<keyof CompanyDetails, 'logo'>;

const SINGLE_LINE: readonly { key: TextKey; label: string; maxLength: number; dir?: 'ltr' }[] = [
  { key: 'name', label: 'print.company.name', maxLength: 200 },
  { key: 'taxId', label: 'print.company.tax_id', maxLength: 60, dir: 'ltr' },
  { key: 'phone', label: 'print.company.phone', maxLength: 60, dir: 'ltr' },
  { key: 'email', label: 'print.company.email', maxLength: 200, dir: 'ltr' },
];

const MULTI_LINE: readonly { key: TextKey; label: string; maxLength: number }[] = [
  { key: 'address', label: 'print.company.address', maxLength: 1000 },
  { key: 'bankDetails', label: 'print.company.bank_details', maxLength: 1000 },
  { key: 'terms', label: 'print.company.terms', maxLength: 4000 },
];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unread')));
    reader.onerror = () => reject(reader.error ?? new Error('unread'));
    reader.readAsDataURL(file);
  });
}

/**
 * Settings › Company: the name, address, tax id, phone, e-mail, logo, bank
 * details and terms printed on quotes, orders and invoices, kept in the
 * sales settings (`sales.settings` / `sales.updateSettings`).
 */
export function CompanySettings() {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [saved, setSaved] = useState<CompanyDetails | null>(null);
  const [draft, setDraft] = useState<CompanyDetails | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof CompanyDetails, string>>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('sales.settings', {}).then(
      (settings) => {
        if (!live) return;
        setSaved(settings.company);
        setDraft(settings.company);
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const dirty = saved !== null && draft !== null && JSON.stringify(saved) !== JSON.stringify(draft);

  function change(key: keyof CompanyDetails, value: string) {
    setDraft((current) => (current ? { ...current, [key]: value } : current));
    setFieldErrors((current) => ({ ...current, [key]: undefined }));
  }

  async function chooseLogo(file: File | null) {
    if (!file) return;
    const problem = checkLogoFile(file);
    if (problem?.kind === 'type') {
      setLogoError(t('print.company.logo_type', { name: file.name }));
      return;
    }
    if (problem?.kind === 'size') {
      setLogoError(
        t('print.company.logo_too_large', {
          size: formatFileSize(locale, problem.size),
          max: formatFileSize(locale, problem.max),
        }),
      );
      return;
    }
    try {
      change('logo', await readAsDataUrl(file));
      setLogoError(null);
    } catch {
      setLogoError(t('print.company.logo_unreadable'));
    }
  }

  async function save() {
    if (!draft) return;
    setSaving(true);
    try {
      const next = await api.call('sales.updateSettings', { company: draft });
      setSaved(next.company);
      setDraft(next.company);
      setFieldErrors({});
      notifySuccess(t('print.company.saved'));
    } catch (error) {
      const issues = apiErrorOf(error)?.issues ?? [];
      const byField: Partial<Record<keyof CompanyDetails, string>> = {};
      for (const issue of issues) {
        const field = issue.path.find(
          (part): part is keyof CompanyDetails => typeof part === 'string' && draft && part in draft,
        );
        if (field && !byField[field]) byField[field] = translateIssue(t, issue);
      }
      setFieldErrors(byField);
      if (Object.keys(byField).length === 0) notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <SettingsSection
      id="company-settings"
      title={t('print.company.title')}
      description={t('print.company.description')}
    >
      <WhenLoaded error={loadError} errorTitle={t('print.company.load_failed')} loaded={draft !== null}>
        {() =>
          draft && (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                {SINGLE_LINE.map((field) => (
                  <TextInput
                    key={field.key}
                    label={t(field.label)}
                    value={draft[field.key]}
                    maxLength={field.maxLength}
                    dir={field.dir}
                    error={fieldErrors[field.key]}
                    onChange={(event) => change(field.key, event.currentTarget.value)}
                  />
                ))}
              </SimpleGrid>
              {MULTI_LINE.map((field) => (
                <Textarea
                  key={field.key}
                  label={t(field.label)}
                  value={draft[field.key]}
                  maxLength={field.maxLength}
                  autosize
                  minRows={2}
                  maxRows={8}
                  error={fieldErrors[field.key]}
                  onChange={(event) => change(field.key, event.currentTarget.value)}
                />
              ))}
              <div>
                <Input.Label>{t('print.company.logo')}</Input.Label>
                <Input.Description mb="xs">
                  {t('print.company.logo_hint', { max: formatFileSize(locale, maxLogoBytes()) })}
                </Input.Description>
                <Group gap="md" align="center">
                  {draft.logo ? (
                    <Image
                      src={draft.logo}
                      alt={t('print.company.logo_alt')}
                      h={56}
                      w="auto"
                      maw={200}
                      fit="contain"
                      radius="sm"
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('print.company.no_logo')}
                    </Text>
                  )}
                  <FileButton onChange={(file) => void chooseLogo(file)} accept={LOGO_TYPES.join(',')}>
                    {(props) => (
                      <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} />}>
                        {t('print.company.logo_choose')}
                      </Button>
                    )}
                  </FileButton>
                  {draft.logo && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} />}
                      onClick={() => {
                        change('logo', '');
                        setLogoError(null);
                      }}
                    >
                      {t('print.company.logo_remove')}
                    </Button>
                  )}
                </Group>
                {(logoError ?? fieldErrors.logo) && (
                  <Text size="sm" c="red" mt="xs" role="alert">
                    {logoError ?? fieldErrors.logo}
                  </Text>
                )}
              </div>
              <Group>
                <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
                  {t('print.company.save')}
                </Button>
              </Group>
            </Stack>
          )
        }
      </WhenLoaded>
    </SettingsSection>
  );
}
