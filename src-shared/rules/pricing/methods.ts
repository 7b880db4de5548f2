/** How a price-list item prices a product, and how the price is rounded (price-list.ts applies them). */

export const PRICING_METHODS = [
  'currency_amount',
  'percent_of_list',
  'markup_current_cost',
  'markup_standard_cost',
  'margin_current_cost',
  'margin_standard_cost',
] as const;
export type PricingMethod = (typeof PRICING_METHODS)[number];

export const ROUNDING_POLICIES = ['none', 'up', 'down', 'nearest'] as const;
export type RoundingPolicy = (typeof ROUNDING_POLICIES)[number];
