-- Lento patient store, schema 1: patients and their medications, plans whose every save is an
-- immutable version, visits with raw withdrawal-scale items, and an append-only audit log.
-- Dates are ISO 'YYYY-MM-DD' text, times ISO-8601 UTC text, booleans 0/1.
-- Statements end with ';' at the end of a line; a trigger body ends with a line 'END;'.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    program_version TEXT NOT NULL
);

CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    date_of_birth TEXT,
    sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('unknown', 'female', 'male', 'other')),
    weight_kg REAL,
    handout_language TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    seizure_history INTEGER NOT NULL DEFAULT 0,
    prior_abrupt_withdrawals INTEGER NOT NULL DEFAULT 0,
    opioid_coprescription INTEGER NOT NULL DEFAULT 0,
    alcohol_use TEXT NOT NULL DEFAULT 'unknown' CHECK (alcohol_use IN ('unknown', 'none', 'moderate', 'heavy')),
    liver_impairment INTEGER NOT NULL DEFAULT 0,
    pregnant INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE medications (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    drug TEXT NOT NULL,
    regimen TEXT NOT NULL DEFAULT '',
    since TEXT,
    indication TEXT NOT NULL DEFAULT '',
    prescriber TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'completed', 'abandoned')),
    archived INTEGER NOT NULL DEFAULT 0,
    head_version_id INTEGER,
    version_count INTEGER NOT NULL DEFAULT 0,
    branched_from_version_id INTEGER,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

-- parent_version_id is UNIQUE: two saves made from the same version can never both land.
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    parent_version_id INTEGER UNIQUE REFERENCES plan_versions (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL,
    author TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    UNIQUE (plan_id, number)
);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    plan_id INTEGER REFERENCES plans (id),
    visit_date TEXT NOT NULL,
    ciwa_b_items TEXT,
    bwsq_items TEXT,
    bp_systolic INTEGER,
    bp_diastolic INTEGER,
    pulse INTEGER,
    temperature_c REAL,
    respirations INTEGER,
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'hold', 'slow', 'step_back', 'stop')),
    notes TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

-- Doses actually taken since the previous visit; replaced as a whole when a visit is corrected.
CREATE TABLE visit_doses (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    position INTEGER NOT NULL,
    drug TEXT NOT NULL,
    minute_of_day INTEGER,
    mg REAL NOT NULL,
    from_date TEXT,
    to_date TEXT
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    patient_id INTEGER,
    action TEXT NOT NULL,
    changes TEXT NOT NULL
);

CREATE INDEX medications_patient ON medications (patient_id);
CREATE INDEX plans_patient ON plans (patient_id);
CREATE INDEX plan_versions_plan ON plan_versions (plan_id);
CREATE INDEX visits_patient ON visits (patient_id, visit_date);
CREATE INDEX visit_doses_visit ON visit_doses (visit_id);

-- Plan versions and the audit log are append-only; patients, plans and visits are archived or
-- corrected, never deleted.
CREATE TRIGGER plan_versions_no_update BEFORE UPDATE ON plan_versions
BEGIN
    SELECT RAISE(ABORT, 'plan versions are immutable');
END;

CREATE TRIGGER plan_versions_no_delete BEFORE DELETE ON plan_versions
BEGIN
    SELECT RAISE(ABORT, 'plan versions are immutable');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
BEGIN
    SELECT RAISE(ABORT, 'patients are archived, not deleted');
END;

CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN
    SELECT RAISE(ABORT, 'plans are archived, not deleted');
END;

CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
BEGIN
    SELECT RAISE(ABORT, 'visits are corrected, not deleted');
END;
