-- Schema 3: a medication's regimen is structured: `doses` holds the daily doses as JSON
-- ([{"time": "08:00", "mg": 1}, ...]) and `needs_review` marks a medication whose typed regimen
-- could not be read completely. The store converts every typed regimen right after this
-- migration; the text stays in `regimen` so a prescriber can check what was read.

ALTER TABLE medications ADD COLUMN doses TEXT NOT NULL DEFAULT '[]';

ALTER TABLE medications ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
