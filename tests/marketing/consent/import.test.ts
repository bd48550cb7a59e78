import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../../src-main/csv/undo'
import { fileWith, importCsv, openCsvTestDb } from '../../csv/support'

const FIRST = '姓名,手机,营销同意,微信号\n张三,13800138000,是,zhangsan88\n李四,13900139000,否,\n王五,13700137000,,\n'
const SECOND = 'Name,Phone,Marketing consent\n张三,13800138000,no\n'

describe('customers CSV: a consent column and a WeChat ID column', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (b = openCsvTestDb()))
  afterEach(() => b.close())
  const rows = () =>
    b.db.prepare('SELECT name, marketing_consent, consent_on, consent_source, wechat_id FROM customers ORDER BY id').all()

  it('maps the columns by their headers, records the answers as imported, and undo restores them', async () => {
    const first = await importCsv(b.db, fileWith(b.dir, 'a.csv', FIRST), { kind: 'customers' })
    expect(first).toMatchObject({ created: 3, failed: 0 })
    expect(rows()).toEqual([
      { name: '张三', marketing_consent: 'yes', consent_on: null, consent_source: 'import', wechat_id: 'zhangsan88' },
      { name: '李四', marketing_consent: 'no', consent_on: null, consent_source: 'import', wechat_id: null },
      { name: '王五', marketing_consent: 'unknown', consent_on: null, consent_source: null, wechat_id: null },
    ])
    const second = await importCsv(b.db, fileWith(b.dir, 'b.csv', SECOND), { kind: 'customers' })
    expect(second).toMatchObject({ updated: 1 })
    expect(rows()[0]).toMatchObject({ marketing_consent: 'no', wechat_id: 'zhangsan88' })
    undoImport(b.db, second.importId!)
    expect(rows()[0]).toMatchObject({ marketing_consent: 'yes', consent_source: 'import', wechat_id: 'zhangsan88' })
  })

  it('fails a row whose consent is not a known answer, and imports the others', async () => {
    const result = await importCsv(b.db, fileWith(b.dir, 'c.csv', '姓名,营销同意\n甲,也许\n乙,同意\n'), { kind: 'customers' })
    expect(result).toMatchObject({ created: 1, failed: 1 })
  })
})
