-- 跨系统查询 over the other systems' records (licence_records): each record's customer code is a
-- `record` key of the register index, kept by these triggers on import, re-import and removal.
-- A record is also found by everything that finds its licence (number, shop, holder, address,
-- phone, credit code): the search reads the licence's entry rather than copying it per source.
CREATE TRIGGER licence_records_registry_insert AFTER INSERT ON licence_records
BEGIN
  INSERT OR IGNORE INTO registry_search_keys (key, kind, object_id)
  SELECT lower(replace(NEW.customer_code, '-', '')), 'record', CAST(NEW.id AS TEXT)
  WHERE length(replace(NEW.customer_code, '-', '')) >= 2;
END;
--> statement-breakpoint
CREATE TRIGGER licence_records_registry_update AFTER UPDATE OF customer_code ON licence_records
WHEN OLD.customer_code IS NOT NEW.customer_code
BEGIN
  DELETE FROM registry_search_keys WHERE kind = 'record' AND object_id = CAST(OLD.id AS TEXT);
  INSERT OR IGNORE INTO registry_search_keys (key, kind, object_id)
  SELECT lower(replace(NEW.customer_code, '-', '')), 'record', CAST(NEW.id AS TEXT)
  WHERE length(replace(NEW.customer_code, '-', '')) >= 2;
END;
--> statement-breakpoint
CREATE TRIGGER licence_records_registry_delete AFTER DELETE ON licence_records
BEGIN
  DELETE FROM registry_search_keys WHERE kind = 'record' AND object_id = CAST(OLD.id AS TEXT);
END;
--> statement-breakpoint
-- The records already there.
INSERT OR IGNORE INTO registry_search_keys (key, kind, object_id)
SELECT lower(replace(customer_code, '-', '')), 'record', CAST(id AS TEXT) FROM licence_records
WHERE length(replace(customer_code, '-', '')) >= 2;
