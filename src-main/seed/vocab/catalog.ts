import type { Bilingual } from './bilingual'

/** One line of the catalog: every base is sold in every variant of its category. */
export interface CatalogCategory {
  code: string
  name: Bilingual
  /** Base products with their price in yuan / dollars for the first variant. */
  bases: readonly (readonly [name: Bilingual, price: number])[]
  /** Variants with a price factor relative to the base price. */
  variants: readonly (readonly [name: Bilingual, factor: number])[]
}

// prettier-ignore
const ORIGINS = [
  [['云南保山', 'Yunnan Baoshan'], 68], [['耶加雪菲', 'Yirgacheffe'], 98], [['哥伦比亚慧兰', 'Colombia Huila'], 88],
  [['巴西喜拉多', 'Brazil Cerrado'], 72], [['危地马拉安提瓜', 'Guatemala Antigua'], 92], [['肯尼亚AA', 'Kenya AA'], 118],
  [['意式拼配', 'Espresso Blend'], 65], [['曼特宁', 'Mandheling'], 85], [['哥斯达黎加', 'Costa Rica'], 105],
  [['巴拿马瑰夏', 'Panama Geisha'], 298], [['西达摩', 'Sidamo'], 95], [['卢旺达', 'Rwanda'], 99],
] as const

/** A café that also sells beans, tea, gear and gifts: ~500 products. Kept as a hand-packed table (prettier-ignore): one value per line would make it 300 lines longer and harder to edit. */
// prettier-ignore
export const CATALOG: readonly CatalogCategory[] = [
  { code: 'BN', name: ['咖啡豆', 'Coffee beans'], bases: ORIGINS.map(([[zh, en], price]) => [[`${zh}咖啡豆`, `${en} beans`], price]),
    variants: [[['227g 中烘', '227g medium'], 1], [['227g 深烘', '227g dark'], 1], [['454g 中烘', '454g medium'], 1.8],
      [['454g 深烘', '454g dark'], 1.8], [['1kg 中烘', '1kg medium'], 3.4], [['1kg 深烘', '1kg dark'], 3.4]] },
  { code: 'DR', name: ['挂耳咖啡', 'Drip bags'], bases: ORIGINS.slice(0, 8).map(([[zh, en]]) => [[`${zh}挂耳`, `${en} drip bags`], 39]),
    variants: [[['10片', '10 bags'], 1], [['30片', '30 bags'], 2.6], [['50片', '50 bags'], 4]] },
  { code: 'TE', name: ['茶叶', 'Tea'], bases: [
    [['西湖龙井', 'Longjing'], 168], [['碧螺春', 'Biluochun'], 128], [['铁观音', 'Tieguanyin'], 98], [['大红袍', 'Da Hong Pao'], 138],
    [['普洱熟茶', 'Ripe Pu-erh'], 88], [['普洱生茶', 'Raw Pu-erh'], 108], [['祁门红茶', 'Keemun'], 78], [['正山小种', 'Lapsang Souchong'], 88],
    [['白毫银针', 'Silver Needle'], 198], [['茉莉花茶', 'Jasmine tea'], 58], [['白牡丹', 'White Peony'], 98], [['凤凰单丛', 'Phoenix Dancong'], 118],
    [['安吉白茶', 'Anji white tea'], 148], [['六安瓜片', "Lu'an Guapian"], 128]],
    variants: [[['50g 袋装', '50g pouch'], 1], [['50g 罐装', '50g tin'], 1.3], [['100g 袋装', '100g pouch'], 1.9],
      [['100g 罐装', '100g tin'], 2.2], [['250g 袋装', '250g pouch'], 4.4], [['250g 罐装', '250g tin'], 4.8]] },
  { code: 'GR', name: ['冲煮器具', 'Brewing gear'], bases: [
    [['手冲壶', 'Pour-over kettle'], 168], [['V60滤杯', 'V60 dripper'], 98], [['法压壶', 'French press'], 128], [['摩卡壶', 'Moka pot'], 188],
    [['手摇磨豆机', 'Hand grinder'], 238], [['电动磨豆机', 'Electric grinder'], 598], [['咖啡电子秤', 'Coffee scale'], 128],
    [['冷萃瓶', 'Cold brew bottle'], 79], [['虹吸壶', 'Siphon brewer'], 328], [['分享壶', 'Glass server'], 69], [['意式咖啡机', 'Espresso machine'], 1999]],
    variants: [[['白色', 'white'], 1], [['黑色', 'black'], 1], [['不锈钢', 'steel'], 1.1], [['铜色', 'copper'], 1.3]] },
  { code: 'SP', name: ['耗材', 'Supplies'], bases: [
    [['V60滤纸', 'V60 filter papers'], 18], [['V60滤纸02', 'V60-02 filter papers'], 22], [['蛋糕杯滤纸', 'Wave filters'], 26],
    [['咖啡机清洁片', 'Cleaning tablets'], 45], [['除垢剂', 'Descaler'], 39], [['茶滤', 'Tea strainer'], 25]],
    variants: [[['标准装', 'standard'], 1], [['加大装', 'large'], 1.8], [['量贩装', 'bulk'], 4]] },
  { code: 'CU', name: ['杯具', 'Cups'], bases: [
    [['马克杯', 'Mug'], 59], [['玻璃杯', 'Glass tumbler'], 45], [['盖碗', 'Gaiwan'], 88], [['公道杯', 'Fairness pitcher'], 68],
    [['品茗杯套装', 'Tasting cup set'], 98], [['保温杯', 'Travel flask'], 138], [['拿铁杯', 'Latte cup'], 79], [['紫砂壶', 'Yixing teapot'], 368],
    [['咖啡杯碟', 'Cup and saucer'], 69], [['随行杯', 'Tumbler'], 89]],
    variants: [[['月白', 'white'], 1], [['墨黑', 'black'], 1], [['青瓷', 'celadon'], 1.2], [['樱粉', 'pink'], 1], [['琥珀', 'amber'], 1.1]] },
  { code: 'SN', name: ['零食', 'Snacks'], bases: [
    [['黄油曲奇', 'Butter cookies'], 38], [['蛋卷', 'Egg rolls'], 32], [['牛轧糖', 'Nougat'], 36], [['芒果干', 'Dried mango'], 29],
    [['每日坚果', 'Daily nuts'], 69], [['猪肉脯', 'Pork jerky'], 42], [['绿豆糕', 'Mung bean cake'], 28], [['凤梨酥', 'Pineapple cakes'], 48],
    [['黑巧克力', 'Dark chocolate'], 45], [['抹茶饼干', 'Matcha biscuits'], 35], [['海苔卷', 'Seaweed rolls'], 26], [['杏仁酥', 'Almond cookies'], 33]],
    variants: [[['小袋', 'small bag'], 1], [['家庭装', 'family pack'], 2.2], [['礼罐', 'gift tin'], 2.8], [['分享箱', 'party box'], 4.5]] },
  { code: 'GF', name: ['礼盒', 'Gift boxes'], bases: [
    [['月饼礼盒', 'Mooncake gift box'], 198], [['年货礼盒', 'New Year gift box'], 288], [['茶叶礼盒', 'Tea gift box'], 258],
    [['咖啡礼盒', 'Coffee gift box'], 228], [['企业定制礼盒', 'Corporate gift box'], 388]],
    variants: [[['经典款', 'classic'], 1], [['尊享款', 'premium'], 1.6], [['臻选款', 'deluxe'], 2.5]] },
  { code: 'SY', name: ['糖浆与奶', 'Syrups and milk'], bases: [
    [['香草糖浆', 'Vanilla syrup'], 45], [['焦糖糖浆', 'Caramel syrup'], 45], [['榛果糖浆', 'Hazelnut syrup'], 48], [['燕麦奶', 'Oat milk'], 19],
    [['椰奶', 'Coconut milk'], 16], [['淡奶油', 'Whipping cream'], 32], [['枫糖浆', 'Maple syrup'], 52], [['炼乳', 'Condensed milk'], 15]],
    variants: [[['单瓶', 'single'], 1], [['3瓶装', '3-pack'], 2.8], [['整箱', 'case'], 8]] },
  { code: 'TW', name: ['茶具配件', 'Tea accessories'], bases: [
    [['茶盘', 'Tea tray'], 168], [['茶夹', 'Tea tongs'], 19], [['茶巾', 'Tea towel'], 15], [['茶宠', 'Tea pet'], 39],
    [['煮水壶', 'Water kettle'], 199], [['茶叶罐', 'Tea caddy'], 49], [['闻香杯', 'Aroma cups'], 58], [['茶针', 'Tea pick'], 12]],
    variants: [[['竹制', 'bamboo'], 1], [['陶瓷', 'ceramic'], 1.2], [['铜制', 'copper'], 1.6]] },
  { code: 'BK', name: ['烘焙点心', 'Bakery'], bases: [
    [['可颂', 'Croissant'], 12], [['司康', 'Scone'], 14], [['肉桂卷', 'Cinnamon roll'], 16], [['巴斯克蛋糕', 'Basque cheesecake'], 28],
    [['提拉米苏', 'Tiramisu'], 32], [['贝果', 'Bagel'], 12], [['玛德琳', 'Madeleine'], 10], [['布朗尼', 'Brownie'], 15],
    [['葡式蛋挞', 'Egg tart'], 9], [['瑞士卷', 'Swiss roll'], 26]],
    variants: [[['单个', 'single'], 1], [['4个装', 'box of 4'], 3.6], [['8个装', 'box of 8'], 6.8]] },
  { code: 'BV', name: ['饮品', 'Drinks'], bases: [
    [['美式', 'Americano'], 22], [['拿铁', 'Latte'], 28], [['卡布奇诺', 'Cappuccino'], 28], [['澳白', 'Flat white'], 30],
    [['手冲单品', 'Pour-over'], 38], [['冷萃', 'Cold brew'], 32], [['抹茶拿铁', 'Matcha latte'], 30], [['柠檬红茶', 'Lemon tea'], 22],
    [['桂花乌龙', 'Osmanthus oolong'], 24], [['热可可', 'Hot chocolate'], 26]],
    variants: [[['中杯 热', 'regular hot'], 1], [['中杯 冰', 'regular iced'], 1], [['大杯 热', 'large hot'], 1.2], [['大杯 冰', 'large iced'], 1.2]] },
  { code: 'MR', name: ['周边', 'Merchandise'], bases: [
    [['帆布袋', 'Tote bag'], 49], [['围裙', 'Apron'], 89], [['贴纸', 'Sticker pack'], 9], [['冰箱贴', 'Fridge magnet'], 19],
    [['钥匙扣', 'Keyring'], 25], [['T恤', 'T-shirt'], 99], [['笔记本', 'Notebook'], 29], [['徽章', 'Pin badge'], 15]],
    variants: [[['经典款', 'classic'], 1], [['联名款', 'collab'], 1.3], [['限定款', 'limited'], 1.6]] },
]

/** A product by position: category code, base index, variant index. */
export type CatalogRef = readonly [code: string, base: number, variant: number]

/**
 * Pairs bought together far more often than chance, so association rules have real bundles
 * to find (coffee beans + filter papers, kettle + dripper, latte + croissant …).
 */
export const PLANTED_BUNDLES: readonly { when: CatalogRef; add: CatalogRef; probability: number }[] = [
  { when: ['BN', 0, 0], add: ['SP', 0, 0], probability: 0.55 },
  { when: ['GR', 0, 0], add: ['GR', 1, 0], probability: 0.5 },
  { when: ['BV', 1, 0], add: ['BK', 0, 0], probability: 0.45 },
  { when: ['BN', 6, 0], add: ['SY', 3, 0], probability: 0.4 },
  { when: ['TE', 0, 0], add: ['CU', 2, 0], probability: 0.35 },
  { when: ['DR', 0, 0], add: ['SN', 0, 0], probability: 0.3 },
]

/** Gift boxes that sell in their festival window (index into the GF bases). */
export const SEASONAL_GIFTS = { midAutumn: 0, springFestival: 1, christmas: 4 } as const
