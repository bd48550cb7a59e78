import type { Bilingual } from './bilingual'
import type { FestivalKind } from '../calendar/festivals'

/** Subjects of the shop's bigger business-to-business sales (deals). */
export const DEAL_SUBJECTS: readonly Bilingual[] = [
  ['企业年会礼盒', 'Company party gift boxes'],
  ['办公室咖啡豆月供', 'Monthly office coffee beans'],
  ['中秋员工福利', 'Mid-Autumn staff gifts'],
  ['春节客户礼品', 'New Year client gifts'],
  ['咖啡机租赁', 'Espresso machine rental'],
  ['茶歇长期合作', 'Catering coffee break contract'],
  ['酒店客房茶包', 'Hotel room tea sachets'],
  ['婚礼回礼', 'Wedding favours'],
  ['门店批发供货', 'Wholesale supply'],
  ['咖啡培训课程', 'Barista training course'],
]

export const ACTIVITY_BODIES: Record<'call' | 'visit' | 'message' | 'note' | 'email' | 'meeting', readonly Bilingual[]> = {
  call: [
    ['电话确认了送货时间', 'Called to confirm delivery time'],
    ['回访上次购买的体验', 'Follow-up call about the last purchase'],
    ['电话报价', 'Gave a quote by phone'],
  ],
  visit: [
    ['到店试喝了新豆子', 'Came in to taste the new beans'],
    ['带朋友来店里', 'Visited with friends'],
    ['上门送样品', 'Delivered samples in person'],
  ],
  message: [
    ['微信咨询礼盒价格', 'Asked about gift box prices on WeChat'],
    ['发了新品介绍', 'Sent the new arrivals list'],
    ['微信确认了订单', 'Confirmed the order on WeChat'],
  ],
  note: [
    ['对价格比较敏感', 'Price sensitive'],
    ['希望有更多低因选择', 'Would like more decaf options'],
    ['下次推荐耶加雪菲', 'Recommend Yirgacheffe next time'],
  ],
  email: [
    ['发送了报价单', 'Sent the quotation'],
    ['发送了发票', 'Sent the invoice'],
    ['邮件确认合同条款', 'Confirmed contract terms by email'],
  ],
  meeting: [
    ['和采购经理开会讨论方案', 'Meeting with the purchasing manager'],
    ['门店品鉴会', 'Tasting session at the shop'],
    ['确认年度合作细节', 'Agreed the annual terms'],
  ],
}

export const TASK_TITLES: readonly Bilingual[] = [
  ['回电话确认需求', 'Call back about their needs'],
  ['寄送样品', 'Send samples'],
  ['跟进报价', 'Follow up on the quote'],
  ['确认送货地址', 'Confirm the delivery address'],
  ['发生日优惠券', 'Send a birthday coupon'],
  ['邀请参加品鉴会', 'Invite to the tasting'],
  ['补开发票', 'Issue the invoice'],
  ['询问使用体验', 'Ask how they like it'],
]

/** Campaign names per festival window; `{year}` is filled in. */
export const CAMPAIGN_NAMES: Record<FestivalKind, Bilingual> = {
  double11: ['{year}双11大促', 'Double 11 sale {year}'],
  mid618: ['{year} 618 年中购物节', '618 mid-year sale {year}'],
  springFestival: ['{year}年货节', 'New Year goods fair {year}'],
  midAutumn: ['{year}中秋礼盒季', 'Mid-Autumn gift season {year}'],
  christmas: ['{year}圣诞礼物季', 'Christmas gifts {year}'],
}

/** Why a sale was cancelled (order_refunds.reason). */
export const CANCEL_REASONS: readonly Bilingual[] = [
  ['客户不想要了', 'Customer changed their mind'],
  ['缺货', 'Out of stock'],
  ['重复下单', 'Ordered twice'],
  ['地址无法配送', 'Cannot deliver to the address'],
  ['付款后联系不上客户', 'Could not reach the customer after payment'],
]

/** Why goods came back (order_refunds.reason). */
export const REFUND_REASONS: readonly Bilingual[] = [
  ['商品破损', 'Arrived damaged'],
  ['口味不喜欢', 'Did not like the taste'],
  ['买错了规格', 'Bought the wrong size'],
  ['临近保质期', 'Close to its best-before date'],
  ['七天无理由退货', 'Seven-day no-questions return'],
]
