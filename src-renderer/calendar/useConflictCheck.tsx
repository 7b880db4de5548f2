import { useCallback, useState, type ReactNode } from 'react';
import type { CalendarClash } from '../../src-shared/api';
import type { ConflictProposal } from '../../src-shared/rules/calendar';
import { useApi } from '../api';
import { useUsers } from '../records/fields/useUsers';
import { ConflictDialog } from './ConflictDialog';

interface Prompt {
  readonly clashes: readonly CalendarClash[];
  readonly series: boolean;
  readonly resolve: (proceed: boolean) => void;
}

/**
 * The conflict check before an appointment is saved (from the calendar or
 * the activity form): `confirm` resolves at once to true when nobody would
 * be double-booked, otherwise when the user answers the warning (true:
 * save anyway; false: go back, and nothing is saved).
 */
export function useConflictCheck() {
  const api = useApi();
  const users = useUsers();
  const [prompt, setPrompt] = useState<Prompt | null>(null);

  const confirm = useCallback(
    async (proposal: ConflictProposal): Promise<boolean> => {
      let clashes: readonly CalendarClash[];
      try {
        const found = await api.call('calendar.conflicts', {
          slots: [...proposal.slots],
          parties: [...proposal.parties],
          ...(proposal.excludeId ? { excludeId: proposal.excludeId } : {}),
          ...(proposal.excludeSeriesId ? { excludeSeriesId: proposal.excludeSeriesId } : {}),
          ...(proposal.excludeOccurrence ? { excludeOccurrence: proposal.excludeOccurrence } : {}),
        });
        clashes = found.clashes;
      } catch {
        // The check only warns: failing to run it must not stop a save.
        return true;
      }
      if (clashes.length === 0) return true;
      return new Promise<boolean>((resolve) => setPrompt({ clashes, series: proposal.slots.length > 1, resolve }));
    },
    [api],
  );

  const answer = (proceed: boolean) => {
    prompt?.resolve(proceed);
    setPrompt(null);
  };

  const dialog: ReactNode = prompt ? (
    <ConflictDialog
      clashes={prompt.clashes}
      series={prompt.series}
      users={users}
      onSaveAnyway={() => answer(true)}
      onGoBack={() => answer(false)}
    />
  ) : null;

  return { confirm, dialog };
}
