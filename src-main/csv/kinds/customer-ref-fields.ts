import type { FieldSpec } from './types'

/** How orders, deals, tickets and surveys name their customer. */
export const customerRefFields: FieldSpec[] = [
  {
    key: 'customer.code',
    type: 'text',
    synonyms: [
      '客户编号',
      '客户编码',
      '会员号',
      '会员编号',
      '客户id',
      '买家id',
      'customerid',
      'customer id',
      'customer code',
      'buyer id',
      'member id',
    ],
  },
  {
    key: 'customer.name',
    type: 'text',
    synonyms: ['客户名称', '客户', '客户姓名', '买家', '收货人', '姓名', 'customer', 'customer name', 'buyer', 'name'],
  },
  {
    key: 'customer.phone',
    type: 'phone',
    synonyms: ['手机', '手机号', '手机号码', '电话', '联系电话', '收货人手机', 'phone', 'mobile', 'tel', 'telephone'],
  },
  { key: 'customer.email', type: 'email', synonyms: ['邮箱', '电子邮件', '电子邮箱', 'email', 'e-mail', 'mail'] },
]
