import type { Weighted } from '../random/weighted-table'

/** Cities of Chinese-named customers, weighted roughly by how many shoppers a shop sees. */
export const ZH_CITIES: Weighted<string> = [
  ['上海', 16],
  ['北京', 14],
  ['广州', 10],
  ['深圳', 10],
  ['杭州', 9],
  ['成都', 8],
  ['南京', 6],
  ['武汉', 6],
  ['重庆', 6],
  ['西安', 5],
  ['苏州', 5],
  ['天津', 4],
  ['长沙', 4],
  ['厦门', 3],
  ['青岛', 3],
  ['昆明', 3],
  ['郑州', 3],
  ['宁波', 2],
  ['大连', 2],
  ['合肥', 2],
  ['福州', 2],
  ['济南', 2],
]

/** Cities of English-named customers: expats in China and overseas buyers. */
export const EN_CITIES: Weighted<string> = [
  ['Shanghai', 6],
  ['Beijing', 4],
  ['Shenzhen', 3],
  ['Hong Kong', 5],
  ['Singapore', 4],
  ['London', 4],
  ['New York', 3],
  ['San Francisco', 2],
  ['Sydney', 3],
  ['Toronto', 2],
  ['Vancouver', 2],
  ['Manchester', 1],
]

export const ZH_DISTRICTS = [
  '朝阳区',
  '海淀区',
  '浦东新区',
  '徐汇区',
  '天河区',
  '南山区',
  '西湖区',
  '武侯区',
  '鼓楼区',
  '高新区',
] as const

export const ZH_STREETS = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '长江路',
  '和平街',
  '文化路',
  '科技园路',
  '滨江大道',
  '学院路',
] as const

export const EN_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Park Avenue',
  'King Street',
  'Queen Road',
  'Harbour View',
  'Maple Drive',
] as const
