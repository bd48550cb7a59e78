import type { Weighted } from '../random/weighted-table'
import type { PaymentMethod } from '../../../src-shared/domain/sale'
import type { Bilingual } from './bilingual'

/** Where customers first came from (customers.source). */
export const SOURCES: Weighted<Bilingual> = [
  [['微信', 'WeChat'], 28],
  [['门店', 'Walk-in'], 24],
  [['抖音', 'Douyin'], 14],
  [['淘宝', 'Taobao'], 12],
  [['小红书', 'Xiaohongshu'], 8],
  [['转介绍', 'Referral'], 8],
  [['美团', 'Meituan'], 4],
  [['展会', 'Trade fair'], 2],
]

export const TAGS: readonly (readonly [name: Bilingual, color: string])[] = [
  [['VIP', 'VIP'], '#d4a017'],
  [['老客户', 'Regular'], '#2e7d32'],
  [['咖啡爱好者', 'Coffee lover'], '#6d4c41'],
  [['茶友', 'Tea lover'], '#558b2f'],
  [['企业客户', 'Business'], '#1565c0'],
  [['批发', 'Wholesale'], '#283593'],
  [['学生', 'Student'], '#00838f'],
  [['送礼', 'Gift buyer'], '#ad1457'],
  [['投诉过', 'Complained'], '#c62828'],
  [['流失风险', 'At risk'], '#ef6c00'],
  [['新客', 'New'], '#7b1fa2'],
  [['会员', 'Member'], '#455a64'],
]

export const CUSTOMER_NOTES: readonly Bilingual[] = [
  ['喜欢深烘豆子，不要酸的', 'Prefers dark roast, nothing acidic'],
  ['每月初来买一次茶叶', 'Buys tea at the start of every month'],
  ['公司行政，逢年过节订礼盒', 'Office manager, orders gift boxes for holidays'],
  ['对坚果过敏', 'Allergic to nuts'],
  ['只在周末来店里', 'Only comes in at weekends'],
  ['需要开发票', 'Needs an invoice'],
  ['朋友介绍来的', 'Came through a friend'],
  ['喜欢燕麦奶拿铁', 'Likes oat milk lattes'],
  ['住在附近小区', 'Lives nearby'],
  ['送货请先电话联系', 'Call before delivery'],
  ['手冲爱好者，常问新豆', 'Home brewer, asks about new beans'],
  ['生日在会员群里登记过', 'Birthday registered in the member group'],
]

/** Order channels (orders.channel); the first is the shop counter. */
export const ORDER_CHANNELS: Weighted<Bilingual> = [
  [['门店', 'In store'], 45],
  [['微信小程序', 'WeChat mini program'], 22],
  [['淘宝', 'Taobao'], 16],
  [['抖音', 'Douyin'], 10],
  [['美团外卖', 'Meituan delivery'], 7],
]

/**
 * How customers pay, as the order form records it (payment method keys, shown translated): at
 * the counter mostly WeChat Pay and Alipay, some cash and cards, companies by bank transfer.
 */
export const STORE_PAYMENTS: Weighted<PaymentMethod> = [
  ['wechat', 52],
  ['alipay', 28],
  ['cash', 8],
  ['card', 7],
  ['transfer', 3],
  ['other', 2],
]

export const ONLINE_PAYMENTS: Weighted<PaymentMethod> = [
  ['wechat', 55],
  ['alipay', 45],
]
