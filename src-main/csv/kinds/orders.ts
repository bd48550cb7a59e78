import { orderLineRow, type OrderLineRow } from '../../../src-shared/domain/order'
import { orderWriter } from '../commit/orders'
import { customerRefFields } from './customer-ref-fields'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

const statuses = {
  待付款: 'pending',
  待支付: 'pending',
  已付款: 'paid',
  已支付: 'paid',
  已发货: 'shipped',
  已完成: 'completed',
  交易成功: 'completed',
  已取消: 'cancelled',
  交易关闭: 'cancelled',
  已退款: 'refunded',
  退款成功: 'refunded',
  pending: 'pending',
  paid: 'paid',
  shipped: 'shipped',
  completed: 'completed',
  complete: 'completed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  refunded: 'refunded',
}

/** One row per order line, grouped into orders by number (how shops and marketplaces export). */
export const ordersKind: KindSpec<OrderLineRow> = {
  kind: 'orders',
  fields: [
    {
      key: 'number',
      type: 'text',
      required: true,
      synonyms: [
        '订单号',
        '订单编号',
        '单号',
        '发票号',
        'order no',
        'order number',
        'order id',
        'invoice',
        'invoiceno',
        'invoice no',
        'invoice number',
      ],
    },
    {
      key: 'orderedAt',
      type: 'datetime',
      required: true,
      synonyms: [
        '下单时间',
        '订单日期',
        '下单日期',
        '日期',
        '时间',
        '创建时间',
        '付款时间',
        'order date',
        'date',
        'invoicedate',
        'invoice date',
        'created at',
        'ordered at',
      ],
    },
    { key: 'status', type: 'enum', synonyms: ['订单状态', '状态', 'status', 'order status'], values: statuses },
    { key: 'channel', type: 'text', synonyms: ['渠道', '平台', '销售渠道', 'channel', 'platform'] },
    { key: 'paymentMethod', type: 'text', synonyms: ['支付方式', '付款方式', 'payment', 'payment method'] },
    { key: 'discount', type: 'money', synonyms: ['优惠', '优惠金额', '折扣', 'discount'] },
    { key: 'tax', type: 'money', synonyms: ['税额', '税', 'tax', 'vat'] },
    { key: 'notes', type: 'text', synonyms: ['订单备注', '备注', 'notes', 'note', 'remark'] },
    {
      key: 'sku',
      type: 'text',
      synonyms: ['货号', '商品编码', '商品编号', 'sku', 'stockcode', 'stock code', 'item code', 'product code'],
    },
    {
      key: 'description',
      type: 'text',
      synonyms: ['商品名称', '品名', '商品', '宝贝标题', 'description', 'item', 'product', 'product name'],
    },
    { key: 'quantity', type: 'number', required: true, synonyms: ['数量', '购买数量', '件数', 'qty', 'quantity'] },
    {
      key: 'unitPrice',
      type: 'money',
      required: true,
      synonyms: ['单价', '价格', '售价', '商品单价', 'unit price', 'unitprice', 'price'],
    },
    ...customerRefFields,
    { key: 'customerAddress', type: 'text', synonyms: ['收货地址', '地址', '国家', 'address', 'country', 'shipping address'] },
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: orderLineRow,
  matchKeys: MATCH_KEYS.orders,
  defaultMatch: ['uid', 'number'],
  writer: orderWriter,
  table: 'orders',
}
