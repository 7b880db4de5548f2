import type { CompanyProfile } from './company-profile';

/**
 * Decides which account contact i works for. Contacts are laid out account
 * by account, each account getting a run proportional to its contact share
 * (systematic sampling): some get none, big ones a dozen or more. Walking the
 * accounts in order keeps a million contacts over 100,000 accounts cache
 * friendly, and contact i's account still depends only on i and its draw.
 */
export class ContactAllocation {
  private readonly cumulative: Float64Array;
  private readonly total: number;
  private readonly contactCount: number;
  private cursor = 0;

  constructor(profiles: readonly CompanyProfile[], contactCount: number) {
    this.contactCount = contactCount;
    this.cumulative = new Float64Array(profiles.length);
    // With no share at all (a handful of tiny accounts) every account counts the same.
    const even = profiles.every((p) => p.contactShare === 0);
    let sum = 0;
    profiles.forEach((p, i) => (this.cumulative[i] = sum += even ? 1 : p.contactShare));
    this.total = sum;
  }

  /** Account index of contact `index`, given a uniform draw in [0, 1); -1 when there are no accounts. */
  accountOf(index: number, draw: number): number {
    const last = this.cumulative.length - 1;
    if (last < 0) return -1;
    const target = ((index + draw) / this.contactCount) * this.total;
    // Contacts usually come in order, so the cursor only moves forward; otherwise search.
    if (this.cursor > 0 && (this.cumulative[this.cursor - 1] as number) > target) this.cursor = this.search(target);
    while (this.cursor < last && (this.cumulative[this.cursor] as number) <= target) this.cursor++;
    return this.cursor;
  }

  private search(target: number): number {
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] as number) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
