import type { Bilingual } from './bilingual'

export type TicketKind = 'inquiry' | 'complaint' | 'return' | 'repair'

export const TICKET_SUBJECTS: Record<TicketKind, readonly Bilingual[]> = {
  inquiry: [
    ['礼盒可以定制logo吗', 'Can gift boxes carry our logo?'],
    ['豆子保质期多久', 'How long do the beans keep?'],
    ['有没有低因咖啡', 'Do you have decaf?'],
    ['发货时间咨询', 'When will my order ship?'],
    ['会员积分怎么用', 'How do I use member points?'],
  ],
  complaint: [
    ['快递太慢', 'Delivery took too long'],
    ['收到的茶叶受潮了', 'The tea arrived damp'],
    ['店员态度不好', 'Unfriendly staff'],
    ['少发了一件商品', 'An item was missing'],
    ['咖啡味道和上次不一样', 'The coffee tastes different from last time'],
  ],
  return: [
    ['买错了规格想换货', 'Ordered the wrong size, want to exchange'],
    ['礼盒包装破损要退货', 'Gift box damaged, want a refund'],
    ['杯子有裂纹', 'The cup is cracked'],
    ['不喜欢这个口味想退', 'Do not like the flavour, want to return'],
  ],
  repair: [
    ['磨豆机不转了', 'The grinder stopped working'],
    ['咖啡机漏水', 'The espresso machine leaks'],
    ['电子秤显示不准', 'The scale reads wrong'],
    ['手冲壶温控失灵', 'Kettle temperature control is broken'],
  ],
}

export const SURVEY_COMMENTS: { good: readonly Bilingual[]; bad: readonly Bilingual[] } = {
  good: [
    ['处理很快，谢谢', 'Quick help, thanks'],
    ['咖啡一如既往的好', 'Great coffee as always'],
    ['店员很耐心', 'Very patient staff'],
    ['会推荐给朋友', 'Will recommend to friends'],
  ],
  bad: [
    ['等了太久', 'Waited too long'],
    ['问题还没完全解决', 'Not fully solved'],
    ['价格有点贵', 'A bit expensive'],
    ['希望回复更及时', 'Replies could be faster'],
  ],
}
