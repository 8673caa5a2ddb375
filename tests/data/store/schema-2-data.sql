-- Data for the schema-2 fixture (schema-2.sqlite = 0001_initial.sql + schema-1-data.sql +
-- 0002_patient_search.sql + this file, built with the sqlite3 shell): the schema-1 data with the
-- search keys the store computes (full case folding) and the second migration recorded. A second
-- medication whose typed regimen cannot be read completely ("twice daily").
UPDATE patients SET search_key = ' mrn-0001 élodie durand' WHERE id = 1;
UPDATE patients SET search_key = ' mrn-0002 王小明' WHERE id = 2;
INSERT INTO schema_migrations VALUES (2, '0002_patient_search', '2026-01-05T09:10:00.000Z', '0.1.0');
INSERT INTO medications (id, patient_id, drug, regimen, since, indication, prescriber, revision, created_at, modified_at)
VALUES (2, 2, 'diazepam', '5 mg twice daily', NULL, 'anxiety', '', 1,
        '2026-01-05T09:11:00.000Z', '2026-01-05T09:11:00.000Z');
