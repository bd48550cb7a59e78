import { describe, expect, it } from 'vitest'
import { IpcCallError } from '../../../src-renderer/src/lib/ipc'
import { refusedUntilOpen, startQuestion } from '../../../src-renderer/src/lib/start-question'

/** A question whose answers are scripted, counting how often it is asked. */
function scripted(...answers: (() => Promise<string>)[]) {
  let asked = 0
  const question = (): Promise<string> => answers[Math.min(asked++, answers.length - 1)]()
  return { question, asked: () => asked }
}

const lockedOut = (): Promise<string> =>
  Promise.reject(new IpcCallError({ code: 'security_locked', message: 'The data file is locked.' }))

describe('startQuestion', () => {
  it('hands an answer that came before the page to its first render, once', async () => {
    const s = scripted(
      () => Promise.resolve('open'),
      () => Promise.resolve('again'),
    )
    const q = startQuestion(s.question)
    expect(q.take()).toBeUndefined()
    q.ask()
    await Promise.resolve()
    await Promise.resolve()
    expect(q.take()).toBe('open')
    expect(q.take()).toBeUndefined()
    await expect(q.answer()).resolves.toBe('again')
    expect(s.asked()).toBe(2)
  })

  it('gives the pending start question to the page instead of asking twice', async () => {
    const s = scripted(() => Promise.resolve('open'))
    const q = startQuestion(s.question)
    q.ask()
    await expect(q.answer()).resolves.toBe('open')
    expect(s.asked()).toBe(1)
  })

  it('asks again when the start question was refused because the file was not open yet', async () => {
    const s = scripted(lockedOut, () => Promise.resolve('open now'))
    const q = startQuestion(s.question)
    q.ask()
    await Promise.resolve()
    expect(q.take()).toBeUndefined()
    await expect(q.answer()).resolves.toBe('open now')
    expect(s.asked()).toBe(2)
  })

  it('tells "not open yet" refusals from real failures', () => {
    expect(refusedUntilOpen(new IpcCallError({ code: 'security_locked', message: '' }))).toBe(true)
    expect(refusedUntilOpen(new IpcCallError({ code: 'app_locked', message: '' }))).toBe(true)
    expect(refusedUntilOpen(new IpcCallError({ code: 'internal', message: '' }))).toBe(false)
    expect(refusedUntilOpen(new Error('offline'))).toBe(false)
  })
})
