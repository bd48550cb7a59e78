import type { lock as en } from '../en/lock'

/** 应用锁：锁定画面、设置 → 应用锁，以及锁定时的提醒。 */
export const lock: typeof en = {
  screen: {
    title: 'Kehu 已锁定',
    body: '请输入口令继续。锁定期间不显示店铺的任何数据。',
    passphrase: '口令',
    unlock: '解锁',
    checking: '正在核对…',
  },
  settings: {
    title: '应用锁',
    intro: '空闲一段时间后、电脑锁屏或睡眠时，以及按 {{shortcut}} 时锁定 Kehu。用口令解锁。',
    enabled: '离开时锁定 Kehu',
    idleMinutes: '空闲多少分钟后锁定',
    passphrase: '当前口令',
    passphraseHint: '更改应用锁需要输入口令。',
    newPassphrase: '新口令',
    newPassphraseHint: '它也能解开加密的数据，请妥善保管。',
    save: '保存',
    saving: '正在保存…',
    saved: '应用锁已保存。',
    lockNow: '立即锁定',
    stateOn: '已开启 — 空闲 {{minutes}} 分钟后锁定。',
    stateOff: '未开启。',
  },
  reminder: {
    title: 'Kehu 提醒',
    one: '有一项任务到期。解锁 Kehu 查看。',
    digest: '离开期间有任务到期。解锁 Kehu 查看。',
  },
}
