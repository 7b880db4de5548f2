import type { DuplicateMatches } from '../../../src-shared/api';

export interface RecordMatch {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
  /** i18n keys of the rules it matches by, in the rules' order. */
  readonly labels: readonly string[];
}

/** Each matching record once, with every reason it matches; first the records matching by most rules. */
export function matchesByRecord(groups: DuplicateMatches): RecordMatch[] {
  const byId = new Map<string, { id: string; name: string; detail: string; labels: string[]; first: number }>();
  groups.forEach((group, groupIndex) =>
    group.matches.forEach((item) => {
      const known = byId.get(item.id);
      if (known) known.labels.push(group.label);
      else byId.set(item.id, { ...item, labels: [group.label], first: groupIndex });
    }),
  );
  return [...byId.values()]
    .sort((a, b) => b.labels.length - a.labels.length || a.first - b.first || a.name.localeCompare(b.name))
    .map(({ first: _, ...match }) => match);
}
