-- Schema 2: a case-folded search key per patient (identifier and every word of the name, each
-- preceded by a space) so that a prefix search is one LIKE over one column, plus indexes for the
-- audit log. The store recomputes the key with full Unicode case folding right after this
-- migration; the SQL below fills it for ASCII text.

ALTER TABLE patients ADD COLUMN search_key TEXT NOT NULL DEFAULT '';

UPDATE patients SET search_key = ' ' || lower(identifier) || ' ' || lower(name);

CREATE INDEX patients_name ON patients (name);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_patient ON audit_log (patient_id);
