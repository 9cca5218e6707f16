-- An issued official document never changes: the only update allowed is recording, once,
-- the document that corrected it (superseded_by_id from NULL to a value). No route deletes one
-- (the tests' database reset empties every table, so deleting is not refused here).
CREATE TRIGGER official_documents_immutable BEFORE UPDATE ON official_documents
WHEN OLD.superseded_by_id IS NOT NULL OR NEW.superseded_by_id IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.application_id IS NOT OLD.application_id
  OR NEW.bureau_code IS NOT OLD.bureau_code OR NEW.kind IS NOT OLD.kind
  OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq OR NEW.number IS NOT OLD.number
  OR NEW.issued_on IS NOT OLD.issued_on OR NEW.issued_at IS NOT OLD.issued_at
  OR NEW.signer_id IS NOT OLD.signer_id OR NEW.signer_name IS NOT OLD.signer_name
  OR NEW.content_json IS NOT OLD.content_json OR NEW.content_hash IS NOT OLD.content_hash
  OR NEW.licence_json IS NOT OLD.licence_json OR NEW.supersedes_id IS NOT OLD.supersedes_id
  OR NEW.correction_reason IS NOT OLD.correction_reason
BEGIN
  SELECT RAISE(ABORT, 'official_documents are immutable');
END;
--> statement-breakpoint
-- Numbers only ever go up, one at a time.
CREATE TRIGGER document_counters_monotonic BEFORE UPDATE ON document_counters
WHEN NEW.last <> OLD.last + 1 OR NEW.bureau_code IS NOT OLD.bureau_code
  OR NEW.kind IS NOT OLD.kind OR NEW.year IS NOT OLD.year
BEGIN
  SELECT RAISE(ABORT, 'document numbers only go up by one');
END;
