/** The record types that print: quotes, orders and invoices. Kept apart so the Electron preload can check names cheaply. */
export const PRINTABLE_ENTITIES = ['quote', 'sales_order', 'invoice'] as const;
export type PrintableEntity = (typeof PRINTABLE_ENTITIES)[number];

export function isPrintableEntity(entity: string): entity is PrintableEntity {
  return (PRINTABLE_ENTITIES as readonly string[]).includes(entity);
}
