import type { Language, RecordData } from '../../src-shared/api';
import { parseRef } from '../../src-shared/rules/records/field-formats';
import { buildPrintable, type Printable, type Translate } from '../../src-shared/rules/print/printable';
import type { ApiClient } from '../api/client';
import type { PrintRoute } from './print-route';

/**
 * Reads everything a printed document shows, in two rounds of calls: the
 * user's language, the document, its lines and totals and the company
 * details at once; then the customer's record. A customer that cannot be
 * read (deleted, not shared) leaves only its name on the document.
 */
export async function loadPrintable(
  client: ApiClient,
  route: PrintRoute,
  translateIn: (language: Language) => Translate,
  onLanguage: (language: Language) => void,
): Promise<Printable> {
  const { entity, id } = route;
  const settingsCall = client.call('settings.get', {}).then((settings) => {
    onLanguage(settings.language);
    return settings;
  });
  const [settings, document, lines, sales] = await Promise.all([
    settingsCall,
    client.call('records.get', { entity, id }),
    client.call('lines.list', { document: `${entity}:${id}` }),
    client.call('sales.settings', {}),
  ]);
  const ref = typeof document.values['customer'] === 'string' ? parseRef(document.values['customer']) : null;
  let customer: RecordData | null = null;
  if (ref && (ref.entity === 'account' || ref.entity === 'contact')) {
    customer = await client.call('records.get', { entity: ref.entity, id: ref.id }).catch(() => null);
  }
  return buildPrintable({
    entity,
    document,
    lines,
    company: sales.company,
    customer,
    language: settings.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    t: translateIn(settings.language),
  });
}
