import type { Language } from '../../src-shared/api';
import { labelIn, type LabelText } from '../../src-shared/customization';

/** A user-written label in the UI language (or the first one given). */
export function labelOf(labels: LabelText, language: Language): string {
  return labelIn(labels, language);
}
