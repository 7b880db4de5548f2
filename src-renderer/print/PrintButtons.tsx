import { useState } from 'react';
import { Button, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrintAction } from '../../src-shared/api/print-bridge';
import type { PrintableEntity } from '../../src-shared/rules/print/printable-entities';
import { electronBridge } from '../api/bridge';
import { notifySuccess } from '../app/errors';
import { printHash } from './print-route';

interface PrintButtonsProps {
  readonly entity: PrintableEntity;
  readonly id: string;
  /** Unsaved edits: the printed document shows what is saved, so they are saved first. */
  readonly dirty: boolean;
}

/**
 * Print and Save as PDF for a quote, order or invoice. In the desktop app
 * the host prints the document's print page in a hidden window, with the OS
 * print dialog or to a PDF file the user picks. In the browser host both
 * open the print page in a new tab, which opens the browser's print dialog;
 * a PDF is saved there by choosing "Save as PDF" as the printer, as the
 * tooltip says.
 */
export function PrintButtons({ entity, id, dirty }: PrintButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<PrintAction | null>(null);
  const bridge = electronBridge();
  const print = bridge?.print?.bind(bridge);

  function openPrintTab() {
    const tab = window.open(`${window.location.pathname}${window.location.search}${printHash(entity, id, true)}`);
    if (!tab) notifications.show({ color: 'red', message: t('print.commands.popup_blocked'), autoClose: 8000 });
  }

  async function run(action: PrintAction) {
    if (!print) {
      openPrintTab();
      return;
    }
    setBusy(action);
    try {
      const result = await print({ entity, id, action });
      if (!result.ok) {
        notifications.show({
          color: 'red',
          message: t('print.commands.failed', { reason: result.message }),
          autoClose: 8000,
        });
      } else if (result.outcome === 'saved') notifySuccess(t('print.commands.saved', { file: result.file }));
    } finally {
      setBusy(null);
    }
  }

  // Ctrl+P prints the document rather than the screen it is shown on.
  useHotkeys([['mod+P', () => !dirty && busy === null && void run('print')]], []);

  const hint = (desktopHint: string) => (dirty ? t('print.commands.save_first') : desktopHint);
  return (
    <>
      <Tooltip label={hint(t('print.commands.print_hint'))}>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          onClick={() => void run('print')}
          aria-keyshortcuts="Control+P"
          loading={busy === 'print'}
          disabled={dirty || (busy !== null && busy !== 'print')}
        >
          {t('print.commands.print')}
        </Button>
      </Tooltip>
      <Tooltip
        label={hint(print ? t('print.commands.save_pdf_hint') : t('print.commands.save_pdf_browser_hint'))}
        multiline
        w={300}
      >
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} />}
          onClick={() => void run('pdf')}
          loading={busy === 'pdf'}
          disabled={dirty || (busy !== null && busy !== 'pdf')}
        >
          {t('print.commands.save_pdf')}
        </Button>
      </Tooltip>
    </>
  );
}
