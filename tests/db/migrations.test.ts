import { describe, expect, it } from 'vitest'
import { migrationChecksum, parseMigrations } from '../../src-main/db'

describe('parseMigrations', () => {
  it('sorts by version and parses names from any path', () => {
    const parsed = parseMigrations({
      './migrations/0002_b.sql': 'CREATE TABLE b (x);',
      'C:\\src\\migrations\\0001_a.sql': 'CREATE TABLE a (x);',
    })
    expect(parsed.map((m) => [m.version, m.name])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
    expect(parsed[0].checksum).toBe(migrationChecksum('CREATE TABLE a (x);'))
  })

  it('has no migrations when there are no files', () => {
    expect(parseMigrations({})).toEqual([])
  })

  it.each([
    [{ './0001_a.sql': '', './0003_c.sql': '' }, /gap before version 3/],
    [{ './0001_a.sql': '', './0001_again.sql': '' }, /duplicate version 1/],
    [{ './0002_b.sql': '' }, /gap before version 2/],
    [{ './1_a.sql': '' }, /NNNN_name\.sql/],
    [{ './0001_Init.sql': '' }, /NNNN_name\.sql/],
  ])('rejects bad numbering or names %#', (files, message) => {
    expect(() => parseMigrations(files)).toThrow(message)
  })

  it('rejects transaction statements but allows trigger bodies', () => {
    expect(() => parseMigrations({ './0001_a.sql': 'BEGIN;\nCREATE TABLE a (x);\nCOMMIT;' })).toThrow(/BEGIN\/COMMIT/)
    expect(() => parseMigrations({ './0001_a.sql': 'CREATE TABLE a (x);\nBEGIN TRANSACTION;' })).toThrow(/BEGIN/)
    const trigger = `CREATE TABLE a (x);
CREATE TRIGGER a_ins AFTER INSERT ON a BEGIN
  SELECT RAISE(ROLLBACK, 'no');
END;
-- a comment may say COMMIT freely`
    expect(parseMigrations({ './0001_a.sql': trigger })).toHaveLength(1)
  })

  it('normalises line endings in checksums', () => {
    expect(migrationChecksum('a\r\nb\rc\n')).toBe(migrationChecksum('a\nb\nc\n'))
  })
})
