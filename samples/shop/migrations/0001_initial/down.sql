-- Strata plan 0001_initial: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 52: grant shop_api_v2 USAGE to shop_app
REVOKE USAGE ON SCHEMA "shop_api_v2" FROM "shop_app";

-- undo step 51: grant shop_api_v1 USAGE to shop_app
REVOKE USAGE ON SCHEMA "shop_api_v1" FROM "shop_app";

-- undo step 50: add view shop_api_v2.products
DROP VIEW "shop_api_v2"."products";

-- undo step 49: add function shop_api_v2.place_order(bigint,jsonb)
DROP FUNCTION "shop_api_v2"."place_order"(bigint, jsonb);

-- undo step 48: add view shop_api_v2.orders
DROP VIEW "shop_api_v2"."orders";

-- undo step 47: add view shop_api_v2.order_notes
DROP VIEW "shop_api_v2"."order_notes";

-- undo step 46: add view shop_api_v2.customers
DROP VIEW "shop_api_v2"."customers";

-- undo step 45: add function shop_api_v2.customer_orders(bigint)
DROP FUNCTION "shop_api_v2"."customer_orders"(bigint);

-- undo step 44: add procedure shop_api_v2.cancel_order(bigint)
DROP PROCEDURE "shop_api_v2"."cancel_order"(bigint);

-- undo step 43: add view shop_api_v1.products
DROP VIEW "shop_api_v1"."products";

-- undo step 42: add function shop_api_v1.place_order(bigint,numeric)
DROP FUNCTION "shop_api_v1"."place_order"(bigint, numeric);

-- undo step 41: add view shop_api_v1.orders
DROP VIEW "shop_api_v1"."orders";

-- undo step 40: add view shop_api_v1.customers
DROP VIEW "shop_api_v1"."customers";

-- undo step 39: add trigger core.inventory.inventory_touch
DROP TRIGGER "inventory_touch" ON "core"."inventory";

-- undo step 38: add trigger core.customer.customer_touch
DROP TRIGGER "customer_touch" ON "core"."customer";

-- undo step 37: add function core.touch_updated_at()
DROP FUNCTION "core"."touch_updated_at"();

-- undo step 36: add foreign key core.shipment_purchase_id_fkey
ALTER TABLE "core"."shipment" DROP CONSTRAINT "shipment_purchase_id_fkey";

-- undo step 35: add foreign key core.shipment_address_id_fkey
ALTER TABLE "core"."shipment" DROP CONSTRAINT "shipment_address_id_fkey";

-- undo step 34: add foreign key core.purchase_line_purchase_id_fkey
ALTER TABLE "core"."purchase_line" DROP CONSTRAINT "purchase_line_purchase_id_fkey";

-- undo step 33: add foreign key core.purchase_line_product_id_fkey
ALTER TABLE "core"."purchase_line" DROP CONSTRAINT "purchase_line_product_id_fkey";

-- undo step 32: add foreign key core.purchase_customer_id_fkey
ALTER TABLE "core"."purchase" DROP CONSTRAINT "purchase_customer_id_fkey";

-- undo step 31: add foreign key core.product_category_id_fkey
ALTER TABLE "core"."product" DROP CONSTRAINT "product_category_id_fkey";

-- undo step 30: add foreign key core.payment_purchase_id_fkey
ALTER TABLE "core"."payment" DROP CONSTRAINT "payment_purchase_id_fkey";

-- undo step 29: add foreign key core.inventory_product_id_fkey
ALTER TABLE "core"."inventory" DROP CONSTRAINT "inventory_product_id_fkey";

-- undo step 28: add foreign key core.category_parent_id_fkey
ALTER TABLE "core"."category" DROP CONSTRAINT "category_parent_id_fkey";

-- undo step 27: add foreign key core.address_customer_id_fkey
ALTER TABLE "core"."address" DROP CONSTRAINT "address_customer_id_fkey";

-- undo step 26: add index core.purchase_line_by_product
DROP INDEX "core"."purchase_line_by_product";

-- undo step 25: add index core.purchase_by_customer
DROP INDEX "core"."purchase_by_customer";

-- undo step 24: add index core.product_tags
DROP INDEX "core"."product_tags";

-- undo step 23: add index core.product_name_search
DROP INDEX "core"."product_name_search";

-- undo step 22: add index core.open_purchases
DROP INDEX "core"."open_purchases";

-- undo step 21: add index core.one_default_address_per_customer
DROP INDEX "core"."one_default_address_per_customer";

-- undo step 20: add index core.address_by_customer
DROP INDEX "core"."address_by_customer";

-- undo step 19: add table core.shipment
-- keep what the way back removes: core.shipment into strata_backup.0001_initial_19_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_19_r";
CREATE TABLE "strata_backup"."0001_initial_19_r" AS SELECT "id", "purchase_id", "address_id", "carrier", "tracking", "shipped_at" FROM "core"."shipment";
DROP TABLE "core"."shipment";

-- undo step 18: add table core.purchase_line
-- keep what the way back removes: core.purchase_line into strata_backup.0001_initial_18_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_18_r";
CREATE TABLE "strata_backup"."0001_initial_18_r" AS SELECT "purchase_id", "line_no", "product_id", "quantity", "unit_price" FROM "core"."purchase_line";
DROP TABLE "core"."purchase_line";

-- undo step 17: add table core.purchase
-- keep what the way back removes: core.purchase into strata_backup.0001_initial_17_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_17_r";
CREATE TABLE "strata_backup"."0001_initial_17_r" AS SELECT "id", "customer_id", CAST("status" AS text) AS "status", "total", "placed_at", "note" FROM "core"."purchase";
DROP TABLE "core"."purchase";

-- undo step 16: add table core.product
-- keep what the way back removes: core.product into strata_backup.0001_initial_16_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_16_r";
CREATE TABLE "strata_backup"."0001_initial_16_r" AS SELECT "id", "sku", "name", "description", CAST("price" AS text) AS "price", "category_id", "tags", "attributes", "active", "created_at" FROM "core"."product";
DROP TABLE "core"."product";

-- undo step 15: add table core.payment
-- keep what the way back removes: core.payment into strata_backup.0001_initial_15_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_15_r";
CREATE TABLE "strata_backup"."0001_initial_15_r" AS SELECT "id", "purchase_id", CAST("method" AS text) AS "method", CAST("amount" AS text) AS "amount", "invoice_no", "paid_at" FROM "core"."payment";
DROP TABLE "core"."payment";

-- undo step 14: add table core.inventory
-- keep what the way back removes: core.inventory into strata_backup.0001_initial_14_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_14_r";
CREATE TABLE "strata_backup"."0001_initial_14_r" AS SELECT "product_id", "on_hand", "reserved", "updated_at" FROM "core"."inventory";
DROP TABLE "core"."inventory";

-- undo step 13: add table core.customer
-- keep what the way back removes: core.customer into strata_backup.0001_initial_13_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_13_r";
CREATE TABLE "strata_backup"."0001_initial_13_r" AS SELECT "id", CAST("email" AS text) AS "email", "full_name", "phone", "created_at", "updated_at" FROM "core"."customer";
DROP TABLE "core"."customer";

-- undo step 12: add table core.category
-- keep what the way back removes: core.category into strata_backup.0001_initial_12_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_12_r";
CREATE TABLE "strata_backup"."0001_initial_12_r" AS SELECT "id", "slug", "name", "parent_id" FROM "core"."category";
DROP TABLE "core"."category";

-- undo step 11: add table core.address
-- keep what the way back removes: core.address into strata_backup.0001_initial_11_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_initial_11_r";
CREATE TABLE "strata_backup"."0001_initial_11_r" AS SELECT "id", "customer_id", "line1", "line2", "city", "postal_code", "country", "is_default" FROM "core"."address";
DROP TABLE "core"."address";

-- undo step 10: add sequence core.invoice_number
DROP SEQUENCE "core"."invoice_number";

-- undo step 9: add enum core.payment_method
DROP TYPE "core"."payment_method";

-- undo step 8: add enum core.order_status
DROP TYPE "core"."order_status";

-- undo step 7: add domain core.money_amount
DROP DOMAIN "core"."money_amount";

-- undo step 6: add domain core.email_address
DROP DOMAIN "core"."email_address";

-- undo step 5: add extension pgcrypto
DROP EXTENSION "pgcrypto";

-- undo step 4: add facade version shop_api_v2
DROP SCHEMA "shop_api_v2";

-- undo step 3: add facade version shop_api_v1
DROP SCHEMA "shop_api_v1";

-- undo step 2: create schema core
DROP SCHEMA "core";

-- undo step 1: ensure role shop_app
-- role 'shop_app' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
