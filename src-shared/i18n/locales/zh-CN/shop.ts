import type { shop as en } from '../en/shop'

/** 首次使用与演示店铺：空店铺的下一步、演示横幅、切换店铺。 */
export const shop: typeof en = {
  windowTitle: '{{app}} — 演示店铺',
  switching: '正在打开…',
  switchFailed: '无法打开店铺：{{message}}',
  banner: {
    label: '演示店铺提示',
    title: '演示店铺 — 练习数据，不是您的',
    body: '在这里随便试；您自己的店铺不会被改动。',
    back: '回到我的店铺',
    reset: '重置演示',
  },
  reset: {
    title: '重新开始演示店铺？',
    description: '演示店铺里做过的一切将被一份全新的副本取代。您自己的店铺不会被改动。',
    confirm: '重置演示',
    cancel: '取消',
  },
  firstRun: {
    title: '店铺还是空的 — 从这里开始',
    body: '有了客户和订单，仪表盘就会显示数据。先选一步：',
    import: {
      title: '从 CSV 导入',
      body: '从表格或原来的系统导入客户、商品和订单。',
      action: '导入 CSV 文件',
    },
    customer: {
      title: '添加客户',
      body: '手动录入第一位客户。',
      action: '添加客户',
    },
    order: {
      title: '记一笔订单',
      body: '记录一笔销售；顺便可以添加客户。',
      action: '新建订单',
    },
    demo: {
      title: '在演示店铺里学习',
      body: '一家有 {{customers}} 位客户及其订单、商机和工单的练习店铺，存放在单独的文件里。您的店铺不会被改动，一键即可回来。',
      action: '打开演示店铺',
    },
  },
  settings: {
    title: '演示店铺',
    body: '一家有虚构客户、订单、商机和工单的练习店铺，存放在单独的文件里（数据文件夹中的 {{file}}）。可用来学习 Kehu 或培训新员工：您的店铺不会被改动，一键即可回来。',
  },
}
