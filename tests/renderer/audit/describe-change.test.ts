import { describe, expect, it } from 'vitest'
import { describeChange, humanize, show } from '../../../src-renderer/src/features/audit/describe-change'

describe('the audit page says a change in words', () => {
  it('lists the fields an update changed, before → after, leaving the bookkeeping out', () => {
    const lines = describeChange({
      before: { name: 'Ann', phone: '138', notes: '', updatedAt: '2026-01-01T00:00:00.000Z', vip: false },
      after: { name: 'Ann Lee', phone: '138', notes: 'likes tea', updatedAt: '2026-01-02T00:00:00.000Z', vip: true },
    })
    expect(lines).toEqual([
      { kind: 'field', field: 'name', before: { kind: 'text', value: 'Ann' }, after: { kind: 'text', value: 'Ann Lee' } },
      { kind: 'field', field: 'notes', before: { kind: 'empty' }, after: { kind: 'text', value: 'likes tea' } },
      { kind: 'field', field: 'vip', before: { kind: 'flag', value: false }, after: { kind: 'flag', value: true } },
    ])
  })

  it('shows what a created record held (not its empty fields nor kept figures), and at most six lines', () => {
    expect(
      describeChange({ before: null, after: { name: 'Bo', email: null, id: 4, name_pinyin: 'bo', lifetimeValue: 0 } }),
    ).toEqual([{ kind: 'field', field: 'name', before: undefined, after: { kind: 'text', value: 'Bo' } }])
    const wide = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, i + 1]))
    const lines = describeChange({ before: null, after: wide })
    expect(lines).toHaveLength(6)
    expect(lines[5]).toEqual({ kind: 'more', count: 4 })
  })

  it('turns the special rows into sentences: Trash, purge, retention, erasure, scrubbed, nothing', () => {
    expect(describeChange({ before: { deletedAt: null }, after: { deletedAt: '2026-01-01T00:00:00.000Z' } })).toEqual([
      { kind: 'note', key: 'toTrash' },
    ])
    expect(describeChange({ before: { deletedAt: 'set' }, after: { deletedAt: null } })).toEqual([
      { kind: 'note', key: 'fromTrash' },
    ])
    expect(describeChange({ before: null, after: { purged: true, reason: 'trash' } })).toEqual([{ kind: 'note', key: 'purged' }])
    expect(describeChange({ before: null, after: { purged: true, reason: 'retention' } })).toEqual([
      { kind: 'note', key: 'retention' },
    ])
    expect(describeChange({ before: null, after: { erased: true, orders: 3, deals: 0 } })).toEqual([
      { kind: 'note', key: 'erased', orders: 3 },
    ])
    expect(describeChange({ before: null, after: { scrubbed: true } })).toEqual([{ kind: 'note', key: 'scrubbed' }])
    expect(describeChange({ before: { a: 1 }, after: { a: 1 } })).toEqual([{ kind: 'note', key: 'nothing' }])
    expect(describeChange({ before: null, after: null })).toEqual([{ kind: 'note', key: 'nothing' }])
  })

  it('shortens long values and names uncatalogued fields readably', () => {
    expect(show('x'.repeat(200))).toEqual({ kind: 'text', value: `${'x'.repeat(79)}…` })
    expect(show({ id: 1 })).toEqual({ kind: 'text', value: '{"id":1}' })
    expect(show(0)).toEqual({ kind: 'text', value: '0' })
    expect(show(8800, 'total')).toEqual({ kind: 'money', value: 8800 })
    expect(show(8800, 'unit_price')).toEqual({ kind: 'money', value: 8800 })
    expect(show('2026-12-05T14:24:29.847Z')).toEqual({ kind: 'time', value: '2026-12-05T14:24:29.847Z' })
    expect(show('2026-12-05')).toEqual({ kind: 'text', value: '2026-12-05' })
    expect(humanize('lastPurchaseAt')).toBe('Last purchase at')
    expect(humanize('stage_entered_at')).toBe('Stage entered at')
  })
})
