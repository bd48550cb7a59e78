import { parseMigrations, type Migration } from '../../src-main/db/migrations'

/** Small stand-in schema steps so runner tests do not depend on the real 0001. */
export const FAKE_SQL = {
  '0001_people.sql': `-- people
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);`,
  '0002_notes.sql': `CREATE TABLE notes (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id), body TEXT);
ALTER TABLE people ADD COLUMN email TEXT;`,
}

export function fakeMigrations(upTo = 2): Migration[] {
  const entries = Object.entries(FAKE_SQL).slice(0, upTo)
  return parseMigrations(Object.fromEntries(entries))
}

/** v1 plus a v2 that creates a table and then fails on a later statement. */
export function failingMigrations(): Migration[] {
  return parseMigrations({
    '0001_people.sql': FAKE_SQL['0001_people.sql'],
    '0002_broken.sql': `CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO people (name) VALUES ('inserted by v2');
SELECT * FROM no_such_table;`,
  })
}
