import type { orders as en } from '../en/orders'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const orders: Catalog<typeof en> = {
  validation: {
    money: '请输入金额，例如 12.50。',
    moneyDecimals: '小数位数超过了货币允许的位数（最多两位：12.50）。',
    moneyRange: '金额过大。',
    moneyNegative: '金额不能小于零。',
    quantity: '请输入数量，例如 2 或 0.5。',
    quantityPositive: '数量必须大于 0。如需退货，请对订单退款。',
    quantityDecimals: '数量最多保留三位小数（0.125）。',
    quantityRange: '数量过大。',
    lineDescription: '请填写商品说明（或选择一个商品）。',
    lineDiscount: '该行优惠超过了该行金额。',
    orderDiscount: '整单优惠超过了商品合计。',
    linesRequired: '请至少添加一件商品。',
    reason: '请填写原因，它会记入账目。',
    duplicateLine: '每一行只能出现一次。',
    refundWhat: '请选择退回的商品，或填写退款金额。',
    dateRange: '结束日期早于开始日期。',
  },
  status: {
    pending: '待付款',
    paid: '已付款',
    shipped: '已发货',
    completed: '已完成',
    cancelled: '已取消',
    refunded: '已退款',
  },
  payment: {
    cash: '现金',
    wechat: '微信支付',
    alipay: '支付宝',
    card: '银行卡',
    transfer: '银行转账',
    other: '其他',
  },
  reversalKind: {
    cancel: '取消',
    refund: '退款',
  },
}
