import type { DraftNode, PlacedIssues } from './draft';

/** What every editor in the builder tree shares: how to change a node, the issues, and names of chosen records. */
export interface BuilderContext {
  update(id: string, change: (node: DraftNode) => DraftNode | null): void;
  readonly issues: PlacedIssues;
  readonly names: Readonly<Record<string, string>>;
  rememberName(id: string, name: string): void;
}
