import { z } from 'zod';

/**
 * Where and when relative dates ("this week", "last 7 days") are resolved:
 * the user's IANA time zone and the first day of their week (0 = Sunday).
 * Both default to the host's zone and Monday.
 */
export const queryClock = {
  timeZone: z.string().min(1).max(64).optional(),
  weekStart: z.number().int().min(0).max(6).optional(),
};
