import type { customers as en } from '../en/customers'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const customers: Catalog<typeof en> = {
  entity: '客户',
  fields: {
    name: '姓名',
    phone: '电话',
    email: '邮箱',
    code: '客户编号',
    gender: '性别',
    birthday: '生日',
    address: '地址',
    city: '城市',
    source: '来源',
    notes: '备注',
    tags: '标签',
    createdAt: '创建时间',
    updatedAt: '更新时间',
    lifetimeValue: '累计消费',
    orderCount: '订单数',
    lastPurchaseAt: '最近购买',
    averageOrder: '平均客单价',
  },
  gender: {
    female: '女',
    male: '男',
    other: '其他',
  },
  activityKinds: {
    call: '电话',
    visit: '拜访',
    message: '消息',
    note: '备注',
    email: '邮件',
    meeting: '会面',
    purchase: '购买',
    system: '系统',
  },
  validation: {
    phone: '请输入电话号码（可含空格、短横线和开头的 +）。',
    birthdayFuture: '生日不能晚于今天。',
    tagChoice: '请选择已有标签或输入新标签名（二选一）。',
    mergeSelf: '请选择两个不同的客户进行合并。',
  },
  messages: {
    duplicatePhone: '与 {{name}} 电话相同',
    duplicateEmail: '与 {{name}} 邮箱相同',
  },
}
