import { IconSwords } from '@tabler/icons-react';
import type { FormExtension } from '../records/form/extensions';
import { CompetitorDealsPanel } from './CompetitorDealsPanel';

/** The competitor form's "Win / loss" tab: the deals lost to it and won against it. */
export const competitorForm: FormExtension = {
  tabs: [{ key: 'win-loss', label: 'sales_reports.competitor.tab', icon: IconSwords, Panel: CompetitorDealsPanel }],
};
