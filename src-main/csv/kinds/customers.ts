import { customerInput, type CustomerInput } from '../../../src-shared/domain/customer'
import { customerKeys, customerWriter } from '../commit/customers'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

export const customersKind: KindSpec<CustomerInput & { uid?: string }> = {
  kind: 'customers',
  fields: [
    {
      key: 'name',
      type: 'text',
      required: true,
      synonyms: [
        '客户名称',
        '姓名',
        '名称',
        '客户',
        '客户姓名',
        '联系人',
        '名字',
        'name',
        'customer name',
        'full name',
        'customer',
        'contact',
      ],
    },
    {
      key: 'phone',
      type: 'phone',
      synonyms: [
        '手机',
        '手机号',
        '手机号码',
        '电话',
        '联系电话',
        '联系方式',
        'phone',
        'mobile',
        'tel',
        'telephone',
        'phone number',
      ],
    },
    { key: 'email', type: 'email', synonyms: ['邮箱', '电子邮件', '电子邮箱', 'email', 'e-mail', 'mail'] },
    {
      key: 'code',
      type: 'text',
      synonyms: [
        '客户编号',
        '客户编码',
        '会员号',
        '会员编号',
        '会员卡号',
        '客户id',
        'customerid',
        'customer id',
        'customer code',
        'code',
        'external id',
        'member id',
      ],
    },
    {
      key: 'gender',
      type: 'enum',
      synonyms: ['性别', 'gender', 'sex'],
      values: { 男: 'male', 女: 'female', 其他: 'other', male: 'male', female: 'female', other: 'other', m: 'male', f: 'female' },
    },
    { key: 'birthday', type: 'date', synonyms: ['生日', '出生日期', 'birthday', 'birth date', 'date of birth', 'dob'] },
    { key: 'address', type: 'text', synonyms: ['地址', '详细地址', '收货地址', '联系地址', 'address', 'street'] },
    { key: 'city', type: 'text', synonyms: ['城市', '所在城市', '城市名称', 'city', 'town'] },
    { key: 'source', type: 'text', synonyms: ['来源', '客户来源', '渠道', 'source', 'channel', 'lead source'] },
    { key: 'notes', type: 'text', synonyms: ['备注', '说明', '附言', 'notes', 'note', 'remark', 'remarks', 'comments'] },
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: customerInput
    .extend({ uid: customerInput.shape.code })
    .transform(({ uid, ...rest }) => ({ ...rest, uid: uid ?? undefined })),
  matchKeys: MATCH_KEYS.customers,
  defaultMatch: ['uid', 'code', 'phone', 'email'],
  writer: customerWriter,
  table: 'customers',
  fileKeys: customerKeys,
  uniqueKeys: ['uid', 'code'],
}
