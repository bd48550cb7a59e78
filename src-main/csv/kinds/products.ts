import { productInput, type ProductInput } from '../../../src-shared/domain/product'
import { productKeys, productWriter } from '../commit/products'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

export const productsKind: KindSpec<ProductInput> = {
  kind: 'products',
  fields: [
    {
      key: 'sku',
      type: 'text',
      required: true,
      synonyms: ['货号', '商品编码', '商品编号', '编码', 'sku', 'stockcode', 'stock code', 'item code', 'product code', 'code'],
    },
    {
      key: 'name',
      type: 'text',
      synonyms: ['商品名称', '品名', '名称', '商品', 'product', 'product name', 'description', 'name', 'title'],
    },
    { key: 'category', type: 'text', synonyms: ['分类', '类别', '品类', '商品分类', 'category', 'type'] },
    {
      key: 'price',
      type: 'money',
      synonyms: ['售价', '价格', '单价', '零售价', '销售价', 'price', 'unit price', 'unitprice', 'sale price'],
    },
    { key: 'cost', type: 'money', synonyms: ['成本', '进价', '成本价', 'cost', 'cost price'] },
    {
      key: 'active',
      type: 'enum',
      synonyms: ['在售', '状态', 'active', 'status'],
      values: {
        是: 'true',
        在售: 'true',
        上架: 'true',
        否: 'false',
        下架: 'false',
        停售: 'false',
        true: 'true',
        false: 'false',
        yes: 'true',
        no: 'false',
        active: 'true',
        inactive: 'false',
        '1': 'true',
        '0': 'false',
      },
    },
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: productInput,
  matchKeys: MATCH_KEYS.products,
  defaultMatch: ['uid', 'sku'],
  writer: productWriter,
  table: 'products',
  fileKeys: productKeys,
  uniqueKeys: ['uid', 'sku'],
}
