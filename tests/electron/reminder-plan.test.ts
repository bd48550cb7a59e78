import { describe, expect, it } from 'vitest'
import { notificationPlan, reminderTarget } from '../../src-main/electron/reminder-plan'

const one = { kind: 'reminder' as const, title: '回电话', body: '王芳 · 今天 10:00 到期', taskIds: [7] }
const digest = { kind: 'digest' as const, title: 'Kehu 关闭或休眠期间的提醒：3 个', body: '一、二、三', taskIds: [1, 2, 3] }

describe('reminder notifications (the decisions behind the Electron glue)', () => {
  it('show in the window when it has focus, else as an OS notification where the OS has them', () => {
    expect(reminderTarget({ windowFocused: true, osNotifications: true })).toBe('window')
    expect(reminderTarget({ windowFocused: false, osNotifications: true })).toBe('os')
    expect(reminderTarget({ windowFocused: false, osNotifications: false })).toBe('window')
  })

  it('offer Done and the three snoozes for one task, in the UI language; a click opens the task', () => {
    const plan = notificationPlan(one, 'zh-CN')
    expect([plan.title, plan.body]).toEqual(['回电话', '王芳 · 今天 10:00 到期'])
    expect(plan.actions).toEqual(['完成', '10 分钟后', '1 小时后', '明天 9:00'])
    expect(plan.action(0)).toEqual({ kind: 'open', open: { taskId: 7, action: 'done' } })
    expect(plan.action(1)).toEqual({ kind: 'snooze', id: 7, preset: '10m' })
    expect(plan.action(2)).toEqual({ kind: 'snooze', id: 7, preset: '1h' })
    expect(plan.action(3)).toEqual({ kind: 'snooze', id: 7, preset: 'tomorrow' })
    expect(plan.action(4)).toBeNull()
    expect(plan.click).toEqual({ kind: 'open', open: { taskId: 7 } })
    expect(notificationPlan(one, 'en').actions).toEqual(['Done', 'In 10 minutes', 'In 1 hour', 'Tomorrow 9:00'])
  })

  it('give a digest no buttons; a click opens the Today page', () => {
    const plan = notificationPlan(digest, 'en')
    expect(plan.actions).toEqual([])
    expect(plan.action(0)).toBeNull()
    expect(plan.click).toEqual({ kind: 'open', open: { taskId: null } })
  })
})
