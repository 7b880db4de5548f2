import type { SampleRandom } from './random';

// A 256-entry table stays in cache; a 65,536-entry one measured slower.
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hexByte(value: number): string {
  return HEX[value & 0xff] as string;
}

function hex32(value: number): string {
  return hexByte(value >>> 24) + hexByte(value >>> 16) + hexByte(value >>> 8) + hexByte(value);
}

function hex16(value: number): string {
  return hexByte(value >>> 8) + hexByte(value);
}

/**
 * A UUID in the version 7 layout (RFC 9562): 48 bits of Unix milliseconds,
 * then random bits. The sample data passes a made-up time (a fixed date plus
 * the record's index) so ids are reproducible and sort in creation order.
 */
export function uuidV7(unixMs: number, rng: SampleRandom): string {
  const a = rng.next();
  const b = rng.next();
  const c = rng.next();
  const timeHigh = Math.floor(unixMs / 0x1_0000);
  const versionAndRandA = 0x7000 | (a & 0x0fff);
  const variantAndRandB = 0x8000 | ((a >>> 12) & 0x3fff);
  return `${hex32(timeHigh)}-${hex16(unixMs % 0x1_0000)}-${hex16(versionAndRandA)}-${hex16(variantAndRandB)}-${hex32(b)}${hex16(c)}`;
}
