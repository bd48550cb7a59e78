import { describe, expect, it } from 'vitest'
import { addCustomerTag, insertTag } from '../../src-main/customers/tag-write'
import { listTags, tagsOf } from '../../src-main/customers/tags'
import { insertCustomer } from '../../src-main/customers/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('customers/tag-write: the seed’s tag writes', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db

  it('inserts tags (trimmed, unique case-blind) and puts them on customers', () => {
    const vip = insertTag(
      db(),
      { name: ' VIP ', color: '#d4380d' },
      { uid: 'tag-uid-1', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    )
    const tea = insertTag(db(), { name: '爱喝茶' })
    expect(() => insertTag(db(), { name: 'vip' })).toThrow(/UNIQUE constraint failed: tags.name/)
    const customer = insertCustomer(db(), { name: '赵敏' })
    addCustomerTag(db(), customer, vip, '2025-02-01T00:00:00.000Z')
    addCustomerTag(db(), customer, tea)
    expect(tagsOf(db(), customer)).toEqual([
      { id: vip, name: 'VIP', color: '#d4380d' },
      { id: tea, name: '爱喝茶', color: null },
    ])
    expect(
      db().prepare('SELECT created_at FROM customer_tags WHERE customer_id = ? AND tag_id = ?').pluck().get(customer, vip),
    ).toBe('2025-02-01T00:00:00.000Z')
    expect(listTags(db()).map((t) => [t.name, t.usage])).toEqual([
      ['VIP', 1],
      ['爱喝茶', 1],
    ])
    expect(db().prepare('SELECT uid FROM tags WHERE id = ?').pluck().get(vip)).toBe('tag-uid-1')
  })
})
