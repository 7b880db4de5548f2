import { PRICING_METHODS, ROUNDING_POLICIES } from '../../rules/pricing/methods';
import {
  booleanField,
  choiceField,
  dateField,
  descriptionField,
  integerField,
  lookupField,
  moneyField,
  textField,
} from '../field-builders';
import type { EntityDef } from '../types';
import { currencyField } from './currency';

/**
 * The product catalog, built in this order: unit groups (and their units),
 * products, discount lists (and their ranges), price lists (and their items).
 * Each step's lookups offer only what the earlier steps made, and a child
 * (unit, range, item) is added from its parent's form.
 */

const collateral = (order: number) => [{ area: 'sales' as const, group: 'collateral' as const, order }];

export const unitGroup: EntityDef = {
  name: 'unit_group',
  route: 'unit-groups',
  label: 'entity.unit_group.one',
  pluralLabel: 'entity.unit_group.many',
  icon: 'ruler',
  siteMap: collateral(1),
  displayName: ['name'],
  sections: ['summary'],
  fields: [
    textField('unit_group', 'name', 'summary', 100, { required: true, sortable: true, searchable: true }),
    textField('unit_group', 'base_unit_name', 'summary', 100, { required: true }),
    descriptionField('summary'),
  ],
  listColumns: ['base_unit_name'],
  detailFields: ['base_unit_name'],
  relatedLists: [
    {
      entity: 'unit',
      via: 'unit_group_id',
      label: 'related.unit_group.units',
      columns: ['quantity', 'base_unit_id'],
    },
  ],
};

/** A unit of a group: the base unit (quantity 1, of nothing) or a quantity of another unit of the group. */
export const unit: EntityDef = {
  name: 'unit',
  route: 'units',
  label: 'entity.unit.one',
  pluralLabel: 'entity.unit.many',
  icon: 'ruler',
  siteMap: [],
  displayName: ['name'],
  sections: ['summary'],
  commandFields: ['is_base'],
  fields: [
    textField('unit', 'name', 'summary', 100, { required: true, sortable: true, searchable: true }),
    lookupField('unit', 'unit_group_id', 'unit_group', 'summary', { required: true }),
    integerField('unit', 'quantity', 'summary', { required: true, min: 1, max: 1_000_000, sortable: true }),
    lookupField('unit', 'base_unit_id', 'unit', 'summary', {
      filterBy: { field: 'unit_group_id', source: 'unit_group_id' },
    }),
    booleanField('unit', 'is_base', 'summary', { readOnly: true }),
  ],
  listColumns: ['unit_group_id', 'quantity', 'base_unit_id'],
  detailFields: ['unit_group_id'],
  relatedLists: [],
};

export const PRODUCT_STATUSES = ['draft', 'active', 'retired'] as const;
export const PRODUCT_TYPES = ['goods', 'service'] as const;
export const PRODUCT_STRUCTURES = ['product', 'family', 'bundle'] as const;
export const BUNDLE_PRICING = ['components', 'own_price'] as const;

export const product: EntityDef = {
  name: 'product',
  route: 'products',
  label: 'entity.product.one',
  pluralLabel: 'entity.product.many',
  icon: 'package',
  siteMap: collateral(2),
  displayName: ['name'],
  sections: ['summary', 'units', 'costs', 'details'],
  fields: [
    textField('product', 'product_number', 'summary', 100, { required: true, sortable: true, searchable: true }),
    textField('product', 'name', 'summary', 200, { required: true, sortable: true, searchable: true }),
    choiceField('product', 'structure', PRODUCT_STRUCTURES, 'product_structure', 'summary', { sortable: true }),
    lookupField('product', 'parent_id', 'product', 'summary', { label: 'field.product.family_id' }),
    choiceField('product', 'status', PRODUCT_STATUSES, 'product_status', 'summary', { sortable: true }),
    choiceField('product', 'product_type', PRODUCT_TYPES, 'product_type', 'summary', { sortable: true }),
    choiceField('product', 'bundle_pricing', BUNDLE_PRICING, 'bundle_pricing', 'summary'),
    lookupField('product', 'unit_group_id', 'unit_group', 'units', { required: true }),
    lookupField('product', 'default_unit_id', 'unit', 'units', {
      required: true,
      filterBy: { field: 'unit_group_id', source: 'unit_group_id' },
    }),
    integerField('product', 'quantity_decimals', 'units', { min: 0, max: 4 }),
    currencyField('product', 'costs'),
    moneyField('product', 'list_price', 'costs', { sortable: true }),
    moneyField('product', 'standard_cost', 'costs'),
    moneyField('product', 'current_cost', 'costs'),
    descriptionField('details'),
  ],
  listColumns: ['product_number', 'structure', 'status', 'product_type', 'list_price', 'default_unit_id'],
  detailFields: ['product_number', 'list_price'],
  relatedLists: [
    {
      entity: 'bundle_item',
      via: 'bundle_id',
      label: 'related.product.bundle_items',
      columns: ['product_id', 'quantity', 'unit_id'],
    },
    {
      entity: 'product',
      via: 'parent_id',
      label: 'related.product.family_members',
      columns: ['product_number', 'status', 'list_price'],
    },
    {
      entity: 'price_list_item',
      via: 'product_id',
      label: 'related.product.price_list_items',
      columns: ['price_list_id', 'unit_id', 'pricing_method', 'amount', 'percent'],
    },
  ],
};

/** One product of a bundle, in a quantity of one of its units. */
export const bundleItem: EntityDef = {
  name: 'bundle_item',
  route: 'bundle-items',
  label: 'entity.bundle_item.one',
  pluralLabel: 'entity.bundle_item.many',
  icon: 'package',
  siteMap: [],
  displayName: ['product_id'],
  sections: ['summary'],
  fields: [
    lookupField('bundle_item', 'bundle_id', 'product', 'summary', { required: true }),
    lookupField('bundle_item', 'product_id', 'product', 'summary', { required: true }),
    moneyField('bundle_item', 'quantity', 'summary', { required: true }),
    lookupField('bundle_item', 'unit_id', 'unit', 'summary', { required: true }),
  ],
  listColumns: ['bundle_id', 'quantity', 'unit_id'],
  detailFields: ['bundle_id'],
  relatedLists: [],
};

export const DISCOUNT_TYPES = ['percentage', 'amount'] as const;

export const discountList: EntityDef = {
  name: 'discount_list',
  route: 'discount-lists',
  label: 'entity.discount_list.one',
  pluralLabel: 'entity.discount_list.many',
  icon: 'discount',
  siteMap: collateral(3),
  displayName: ['name'],
  sections: ['summary'],
  fields: [
    textField('discount_list', 'name', 'summary', 100, { required: true, sortable: true, searchable: true }),
    choiceField('discount_list', 'discount_type', DISCOUNT_TYPES, 'discount_type', 'summary', { required: true }),
    currencyField('discount_list', 'summary', false),
    descriptionField('summary'),
  ],
  listColumns: ['discount_type', 'currency'],
  detailFields: ['discount_type'],
  relatedLists: [
    {
      entity: 'discount_range',
      via: 'discount_list_id',
      label: 'related.discount_list.ranges',
      columns: ['begin_quantity', 'end_quantity', 'amount'],
      sort: { field: 'begin_quantity', dir: 'asc' },
    },
  ],
};

/** From `begin_quantity` to `end_quantity` (both included) the discount is `amount` (a percent or an amount). */
export const discountRange: EntityDef = {
  name: 'discount_range',
  route: 'discount-ranges',
  label: 'entity.discount_range.one',
  pluralLabel: 'entity.discount_range.many',
  icon: 'discount',
  siteMap: [],
  displayName: ['begin_quantity', 'end_quantity'],
  sections: ['summary'],
  fields: [
    lookupField('discount_range', 'discount_list_id', 'discount_list', 'summary', { required: true }),
    moneyField('discount_range', 'begin_quantity', 'summary', { required: true, sortable: true }),
    moneyField('discount_range', 'end_quantity', 'summary', { required: true }),
    moneyField('discount_range', 'amount', 'summary', { required: true }),
  ],
  listColumns: ['discount_list_id', 'begin_quantity', 'end_quantity', 'amount'],
  detailFields: ['discount_list_id'],
  relatedLists: [],
};

export const priceList: EntityDef = {
  name: 'price_list',
  route: 'price-lists',
  label: 'entity.price_list.one',
  pluralLabel: 'entity.price_list.many',
  icon: 'tags',
  siteMap: collateral(4),
  displayName: ['name'],
  sections: ['summary'],
  fields: [
    textField('price_list', 'name', 'summary', 100, { required: true, sortable: true, searchable: true }),
    currencyField('price_list', 'summary'),
    dateField('price_list', 'valid_from', 'summary', { sortable: true }),
    dateField('price_list', 'valid_to', 'summary', { sortable: true }),
    descriptionField('summary'),
  ],
  listColumns: ['currency', 'valid_from', 'valid_to'],
  detailFields: ['currency'],
  relatedLists: [
    {
      entity: 'price_list_item',
      via: 'price_list_id',
      label: 'related.price_list.items',
      columns: ['product_id', 'unit_id', 'pricing_method', 'amount', 'percent', 'discount_list_id'],
    },
  ],
};

/** How a price list prices one product in one unit. */
export const priceListItem: EntityDef = {
  name: 'price_list_item',
  route: 'price-list-items',
  label: 'entity.price_list_item.one',
  pluralLabel: 'entity.price_list_item.many',
  icon: 'tags',
  siteMap: [],
  displayName: ['product_id', 'unit_id'],
  sections: ['summary', 'rounding'],
  fields: [
    lookupField('price_list_item', 'price_list_id', 'price_list', 'summary', { required: true }),
    lookupField('price_list_item', 'product_id', 'product', 'summary', { required: true }),
    lookupField('price_list_item', 'unit_id', 'unit', 'summary', { required: true }),
    choiceField('price_list_item', 'pricing_method', PRICING_METHODS, 'pricing_method', 'summary', {
      required: true,
    }),
    moneyField('price_list_item', 'amount', 'summary'),
    moneyField('price_list_item', 'percent', 'summary'),
    lookupField('price_list_item', 'discount_list_id', 'discount_list', 'summary'),
    choiceField('price_list_item', 'rounding_policy', ROUNDING_POLICIES, 'rounding_policy', 'rounding'),
    moneyField('price_list_item', 'rounding_amount', 'rounding'),
  ],
  listColumns: ['price_list_id', 'unit_id', 'pricing_method', 'amount', 'percent'],
  detailFields: ['price_list_id'],
  relatedLists: [],
};
