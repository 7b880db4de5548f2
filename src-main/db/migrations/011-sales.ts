import type { Migration } from './types';

/**
 * Sales: leads, opportunities, competitors, the product catalog (unit groups
 * and units, products and bundle items, discount lists and ranges, price
 * lists and items), quotes, orders, invoices and their lines, sales targets,
 * and campaigns (what a lead's source campaign points at).
 *
 * - Every table is a synced record table like the others (system columns,
 *   a live-rows index per sortable field, a lookup index per reference for
 *   related lists, a contentless FTS index with the `custom` column).
 * - Money, quantities and percentages are INTEGER amounts times 10^4
 *   (money-column.ts), so line and document arithmetic stays exact.
 * - `sales_line.document` holds `"<entity>:<id>"` of its opportunity,
 *   quote, order or invoice; lines are read in `line_number` order.
 * - `number_series` is this device's last sequence per document type and
 *   year (Q-2026-00001). The sync issue backs it with blocks leased from
 *   the hub; until then numbers are allocated locally, one transaction each.
 */
export const migration011: Migration = {
  version: 11,
  name: 'sales',
  up(db) {
    db.exec(`
      CREATE TABLE lead (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        topic TEXT COLLATE NOCASE,
        first_name TEXT COLLATE NOCASE,
        last_name TEXT COLLATE NOCASE,
        company_name TEXT COLLATE NOCASE,
        job_title TEXT COLLATE NOCASE,
        email TEXT COLLATE NOCASE,
        business_phone TEXT COLLATE NOCASE,
        mobile_phone TEXT COLLATE NOCASE,
        address_street TEXT COLLATE NOCASE,
        address_city TEXT COLLATE NOCASE,
        address_state TEXT COLLATE NOCASE,
        address_postal_code TEXT COLLATE NOCASE,
        address_country TEXT COLLATE NOCASE,
        lead_source TEXT,
        source_campaign_id TEXT,
        rating TEXT,
        status TEXT,
        status_reason TEXT,
        estimated_value INTEGER,
        estimated_close_date TEXT,
        qualified_account_id TEXT,
        qualified_contact_id TEXT,
        qualified_opportunity_id TEXT,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX lead_live_by_display_name ON lead (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_topic ON lead (topic, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_first_name ON lead (first_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_last_name ON lead (last_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_company_name ON lead (company_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_email ON lead (email, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_address_city ON lead (address_city, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_address_country ON lead (address_country, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_lead_source ON lead (lead_source, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_rating ON lead (rating, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_status ON lead (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_estimated_value ON lead (estimated_value, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_estimated_close_date ON lead (estimated_close_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_owner_id ON lead (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_source_campaign_id ON lead (source_campaign_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_qualified_account_id ON lead (qualified_account_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_qualified_contact_id ON lead (qualified_contact_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_live_by_qualified_opportunity_id ON lead (qualified_opportunity_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX lead_deleted ON lead (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE lead_fts USING fts5 (
        topic, first_name, last_name, company_name, email, business_phone, mobile_phone, address_city, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE opportunity (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        customer TEXT,
        price_list_id TEXT,
        currency TEXT,
        exchange_rate INTEGER,
        sales_stage TEXT,
        probability INTEGER,
        estimated_close_date TEXT,
        revenue_mode TEXT,
        estimated_revenue INTEGER,
        budget_amount INTEGER,
        purchase_timeframe TEXT,
        competitors TEXT,
        status TEXT,
        status_reason TEXT,
        actual_revenue INTEGER,
        actual_close_date TEXT,
        competitor_id TEXT,
        detail_amount INTEGER,
        discount_percent INTEGER,
        discount_amount INTEGER,
        total_discount INTEGER,
        pre_freight_amount INTEGER,
        freight_amount INTEGER,
        total_tax INTEGER,
        total_amount INTEGER,
        total_amount_base INTEGER,
        originating_lead_id TEXT,
        lead_source TEXT,
        source_campaign_id TEXT,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX opportunity_live_by_display_name ON opportunity (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_name ON opportunity (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_currency ON opportunity (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_sales_stage ON opportunity (sales_stage, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_probability ON opportunity (probability, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_estimated_close_date ON opportunity (estimated_close_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_estimated_revenue ON opportunity (estimated_revenue, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_status ON opportunity (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_actual_revenue ON opportunity (actual_revenue, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_actual_close_date ON opportunity (actual_close_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_total_amount ON opportunity (total_amount, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_lead_source ON opportunity (lead_source, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_owner_id ON opportunity (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_customer ON opportunity (customer, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_price_list_id ON opportunity (price_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_competitor_id ON opportunity (competitor_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_originating_lead_id ON opportunity (originating_lead_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_live_by_source_campaign_id ON opportunity (source_campaign_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_deleted ON opportunity (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE opportunity_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE competitor (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        website TEXT COLLATE NOCASE,
        reported_revenue INTEGER,
        strengths TEXT,
        weaknesses TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX competitor_live_by_display_name ON competitor (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX competitor_live_by_name ON competitor (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX competitor_live_by_reported_revenue ON competitor (reported_revenue, id) WHERE deleted_at IS NULL;
      CREATE INDEX competitor_deleted ON competitor (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE competitor_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE quote (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        quote_number TEXT COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        customer TEXT,
        opportunity_id TEXT,
        price_list_id TEXT,
        currency TEXT,
        exchange_rate INTEGER,
        revision INTEGER,
        status TEXT,
        status_reason TEXT,
        effective_from TEXT,
        effective_to TEXT,
        payment_terms TEXT,
        detail_amount INTEGER,
        discount_percent INTEGER,
        discount_amount INTEGER,
        total_discount INTEGER,
        pre_freight_amount INTEGER,
        freight_amount INTEGER,
        total_tax INTEGER,
        total_amount INTEGER,
        total_amount_base INTEGER,
        bill_to TEXT,
        ship_to TEXT,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX quote_live_by_display_name ON quote (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_quote_number ON quote (quote_number, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_name ON quote (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_currency ON quote (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_revision ON quote (revision, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_status ON quote (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_effective_from ON quote (effective_from, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_effective_to ON quote (effective_to, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_total_amount ON quote (total_amount, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_owner_id ON quote (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_customer ON quote (customer, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_opportunity_id ON quote (opportunity_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_live_by_price_list_id ON quote (price_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX quote_deleted ON quote (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE quote_fts USING fts5 (
        quote_number, name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE sales_order (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        order_number TEXT COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        customer TEXT,
        opportunity_id TEXT,
        price_list_id TEXT,
        currency TEXT,
        exchange_rate INTEGER,
        quote_id TEXT,
        status TEXT,
        prices_locked INTEGER CHECK (prices_locked IN (0, 1)),
        requested_delivery TEXT,
        date_fulfilled TEXT,
        payment_terms TEXT,
        detail_amount INTEGER,
        discount_percent INTEGER,
        discount_amount INTEGER,
        total_discount INTEGER,
        pre_freight_amount INTEGER,
        freight_amount INTEGER,
        total_tax INTEGER,
        total_amount INTEGER,
        total_amount_base INTEGER,
        bill_to TEXT,
        ship_to TEXT,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX sales_order_live_by_display_name ON sales_order (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_order_number ON sales_order (order_number, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_name ON sales_order (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_currency ON sales_order (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_status ON sales_order (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_requested_delivery ON sales_order (requested_delivery, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_date_fulfilled ON sales_order (date_fulfilled, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_total_amount ON sales_order (total_amount, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_owner_id ON sales_order (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_customer ON sales_order (customer, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_opportunity_id ON sales_order (opportunity_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_price_list_id ON sales_order (price_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_live_by_quote_id ON sales_order (quote_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_order_deleted ON sales_order (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE sales_order_fts USING fts5 (
        order_number, name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE invoice (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        invoice_number TEXT COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        customer TEXT,
        opportunity_id TEXT,
        price_list_id TEXT,
        currency TEXT,
        exchange_rate INTEGER,
        order_id TEXT,
        status TEXT,
        invoice_date TEXT,
        payment_terms TEXT,
        due_date TEXT,
        amount_paid INTEGER,
        date_paid TEXT,
        detail_amount INTEGER,
        discount_percent INTEGER,
        discount_amount INTEGER,
        total_discount INTEGER,
        pre_freight_amount INTEGER,
        freight_amount INTEGER,
        total_tax INTEGER,
        total_amount INTEGER,
        total_amount_base INTEGER,
        bill_to TEXT,
        ship_to TEXT,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX invoice_live_by_display_name ON invoice (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_invoice_number ON invoice (invoice_number, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_name ON invoice (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_currency ON invoice (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_status ON invoice (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_invoice_date ON invoice (invoice_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_due_date ON invoice (due_date, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_total_amount ON invoice (total_amount, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_owner_id ON invoice (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_customer ON invoice (customer, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_opportunity_id ON invoice (opportunity_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_price_list_id ON invoice (price_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_live_by_order_id ON invoice (order_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX invoice_deleted ON invoice (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE invoice_fts USING fts5 (
        invoice_number, name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE sales_target (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        owner_id TEXT,
        period_type TEXT,
        period_start TEXT,
        target_revenue INTEGER,
        target_count INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX sales_target_live_by_display_name ON sales_target (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_target_live_by_name ON sales_target (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_target_live_by_owner_id ON sales_target (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_target_live_by_period_start ON sales_target (period_start, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_target_deleted ON sales_target (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE sales_target_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE unit_group (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        base_unit_name TEXT COLLATE NOCASE,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX unit_group_live_by_display_name ON unit_group (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_group_live_by_name ON unit_group (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_group_deleted ON unit_group (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE unit_group_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE unit (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        unit_group_id TEXT,
        quantity INTEGER,
        base_unit_id TEXT,
        is_base INTEGER CHECK (is_base IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX unit_live_by_display_name ON unit (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_live_by_name ON unit (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_live_by_quantity ON unit (quantity, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_live_by_unit_group_id ON unit (unit_group_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_live_by_base_unit_id ON unit (base_unit_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX unit_deleted ON unit (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE unit_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE product (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        product_number TEXT COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        structure TEXT,
        parent_id TEXT,
        status TEXT,
        product_type TEXT,
        bundle_pricing TEXT,
        unit_group_id TEXT,
        default_unit_id TEXT,
        quantity_decimals INTEGER,
        currency TEXT,
        list_price INTEGER,
        standard_cost INTEGER,
        current_cost INTEGER,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX product_live_by_display_name ON product (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_product_number ON product (product_number, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_name ON product (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_structure ON product (structure, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_status ON product (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_product_type ON product (product_type, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_currency ON product (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_list_price ON product (list_price, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_parent_id ON product (parent_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_unit_group_id ON product (unit_group_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_live_by_default_unit_id ON product (default_unit_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX product_deleted ON product (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE product_fts USING fts5 (
        product_number, name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE bundle_item (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        bundle_id TEXT,
        product_id TEXT,
        quantity INTEGER,
        unit_id TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX bundle_item_live_by_display_name ON bundle_item (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX bundle_item_live_by_bundle_id ON bundle_item (bundle_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX bundle_item_live_by_product_id ON bundle_item (product_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX bundle_item_live_by_unit_id ON bundle_item (unit_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX bundle_item_deleted ON bundle_item (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE bundle_item_fts USING fts5 (
        custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE discount_list (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        discount_type TEXT,
        currency TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX discount_list_live_by_display_name ON discount_list (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_list_live_by_name ON discount_list (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_list_live_by_currency ON discount_list (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_list_deleted ON discount_list (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE discount_list_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE discount_range (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        discount_list_id TEXT,
        begin_quantity INTEGER,
        end_quantity INTEGER,
        amount INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX discount_range_live_by_display_name ON discount_range (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_range_live_by_begin_quantity ON discount_range (begin_quantity, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_range_live_by_discount_list_id ON discount_range (discount_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX discount_range_deleted ON discount_range (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE discount_range_fts USING fts5 (
        custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE price_list (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        currency TEXT,
        valid_from TEXT,
        valid_to TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX price_list_live_by_display_name ON price_list (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_live_by_name ON price_list (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_live_by_currency ON price_list (currency, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_live_by_valid_from ON price_list (valid_from, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_live_by_valid_to ON price_list (valid_to, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_deleted ON price_list (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE price_list_fts USING fts5 (
        name, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE price_list_item (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        price_list_id TEXT,
        product_id TEXT,
        unit_id TEXT,
        pricing_method TEXT,
        amount INTEGER,
        percent INTEGER,
        discount_list_id TEXT,
        rounding_policy TEXT,
        rounding_amount INTEGER,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX price_list_item_live_by_display_name ON price_list_item (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_item_live_by_price_list_id ON price_list_item (price_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_item_live_by_product_id ON price_list_item (product_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_item_live_by_unit_id ON price_list_item (unit_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_item_live_by_discount_list_id ON price_list_item (discount_list_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX price_list_item_deleted ON price_list_item (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE price_list_item_fts USING fts5 (
        custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE campaign (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        name TEXT COLLATE NOCASE,
        code TEXT COLLATE NOCASE,
        campaign_type TEXT,
        status TEXT,
        proposed_start TEXT,
        proposed_end TEXT,
        actual_start TEXT,
        actual_end TEXT,
        budget INTEGER,
        expected_revenue INTEGER,
        owner_id TEXT,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX campaign_live_by_display_name ON campaign (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_name ON campaign (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_code ON campaign (code, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_campaign_type ON campaign (campaign_type, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_status ON campaign (status, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_proposed_start ON campaign (proposed_start, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_proposed_end ON campaign (proposed_end, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_live_by_owner_id ON campaign (owner_id, id) WHERE deleted_at IS NULL;
      CREATE INDEX campaign_deleted ON campaign (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE campaign_fts USING fts5 (
        name, code, custom,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE sales_line (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        document TEXT,
        line_number INTEGER,
        kind TEXT,
        product_id TEXT,
        product_name TEXT COLLATE NOCASE,
        unit_id TEXT,
        quantity INTEGER,
        price_per_unit INTEGER,
        listed_price INTEGER,
        price_overridden INTEGER CHECK (price_overridden IN (0, 1)),
        price_override INTEGER,
        base_amount INTEGER,
        volume_discount INTEGER,
        manual_discount INTEGER,
        amount INTEGER,
        tax_percent INTEGER,
        tax INTEGER,
        extended_amount INTEGER,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX sales_line_live_by_display_name ON sales_line (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_line_live_by_document ON sales_line (document, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_line_live_by_product_id ON sales_line (product_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_line_live_by_unit_id ON sales_line (unit_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX sales_line_by_document_line ON sales_line (document, line_number) WHERE deleted_at IS NULL;
      CREATE INDEX sales_line_deleted ON sales_line (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE sales_line_fts USING fts5 (
        product_name,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE INDEX opportunity_closed_by_date ON opportunity (status, actual_close_date) WHERE deleted_at IS NULL;
      CREATE INDEX opportunity_open_by_stage ON opportunity (sales_stage, estimated_close_date) WHERE deleted_at IS NULL AND status = 'open';

      CREATE TABLE number_series (
        document TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0),
        PRIMARY KEY (document, year)
      ) STRICT;
    `);
  },
};
