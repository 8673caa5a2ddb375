-- Data for the schema-1 fixture (schema-1.sqlite = 0001_initial.sql + this file, built with the
-- sqlite3 shell). Two patients, one with non-ASCII text, a plan with two versions, a visit.
INSERT INTO schema_migrations VALUES (1, '0001_initial', '2026-01-05T09:00:00.000Z', '0.1.0');
INSERT INTO patients (id, identifier, name, date_of_birth, sex, weight_kg, handout_language, notes,
    seizure_history, prior_abrupt_withdrawals, opioid_coprescription, alcohol_use, liver_impairment, pregnant,
    archived, revision, created_at, modified_at)
VALUES (1, 'MRN-0001', 'Élodie Durand', '1961-04-12', 'female', 58.5, 'en', 'prefers mornings', 0, 1, 0, 'moderate', 0, 0,
        0, 1, '2026-01-05T09:01:00.000Z', '2026-01-05T09:01:00.000Z'),
       (2, 'MRN-0002', '王小明', NULL, 'male', NULL, 'zh_CN', '', 1, 0, 1, 'none', 0, 0,
        0, 1, '2026-01-05T09:02:00.000Z', '2026-01-05T09:02:00.000Z');
INSERT INTO medications (id, patient_id, drug, regimen, since, indication, prescriber, revision, created_at, modified_at)
VALUES (1, 1, 'alprazolam', '1 mg at 08:00 and 22:00', '2019-03-01', 'panic disorder', 'Dr Lee', 1,
        '2026-01-05T09:03:00.000Z', '2026-01-05T09:03:00.000Z');
INSERT INTO plans (id, patient_id, title, status, archived, head_version_id, version_count, branched_from_version_id,
    created_at, modified_at)
VALUES (1, 1, 'Alprazolam taper, second draft', 'active', 0, 2, 2, NULL, '2026-01-05T09:04:00.000Z', '2026-01-05T09:05:00.000Z');
INSERT INTO plan_versions (id, plan_id, parent_version_id, number, title, document, author, comment, saved_at)
VALUES (1, 1, NULL, 1, 'Alprazolam taper, first draft',
        '{"format": "lento-plan/1", "title": "Alprazolam taper, first draft", "current": [{"drug": "alprazolam", "time": "08:00", "mg": 1}], "steps": [{"day": 0, "doses": [{"drug": "alprazolam", "time": "08:00", "mg": 0.75}]}]}',
        'dr.lee', 'first draft', '2026-01-05T09:04:00.000Z'),
       (2, 1, 1, 2, 'Alprazolam taper, second draft',
        '{"format": "lento-plan/1", "title": "Alprazolam taper, second draft", "current": [{"drug": "alprazolam", "time": "08:00", "mg": 1}], "steps": [{"day": 0, "doses": [{"drug": "alprazolam", "time": "08:00", "mg": 0.875}]}, {"day": 14, "doses": [{"drug": "alprazolam", "time": "08:00", "mg": 0.75}]}]}',
        'dr.lee', 'slower start', '2026-01-05T09:05:00.000Z');
INSERT INTO visits (id, patient_id, plan_id, visit_date, ciwa_b_items, bwsq_items, bp_systolic, bp_diastolic, pulse,
    temperature_c, respirations, decision, notes, author, revision, created_at, modified_at)
VALUES (1, 1, 1, '2026-01-19', '1,1,2,0,0,0,1,0,1,2,1,1,0,1,0,0,1,0,0,0', NULL, 128, 82, 76, 36.7, 14, 'continue',
        'sleeping worse, coping', 'dr.lee', 1, '2026-01-19T10:00:00.000Z', '2026-01-19T10:00:00.000Z');
INSERT INTO visit_doses (id, visit_id, position, drug, minute_of_day, mg, from_date, to_date)
VALUES (1, 1, 0, 'alprazolam', 480, 0.875, '2026-01-05', '2026-01-18');
INSERT INTO audit_log (at, who, table_name, record_id, patient_id, action, changes)
VALUES ('2026-01-05T09:01:00.000Z', 'dr.lee', 'patients', 1, 1, 'insert', '{}');
