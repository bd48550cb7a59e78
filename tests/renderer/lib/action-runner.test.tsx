// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useToastStore } from '../../../src-renderer/src/components/toast'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { IpcCallError } from '../../../src-renderer/src/lib/ipc'
import { useActionRunner } from '../../../src-renderer/src/lib/use-action-runner'

afterEach(() => cleanup())

const failWith = (code: 'cancelled' | 'internal', message: string) => () => Promise.reject(new IpcCallError({ code, message }))

describe('useActionRunner', () => {
  beforeEach(async () => {
    useToastStore.setState({ toasts: [] })
    await i18n.changeLanguage('en')
  })

  it('says a failure as an error toast, in words', async () => {
    const { result } = renderHook(() => useActionRunner())
    await act(async () => expect(await result.current(failWith('internal', 'The disk is full.'))).toBeUndefined())
    expect(useToastStore.getState().toasts).toMatchObject([{ tone: 'error', message: 'That did not work: The disk is full.' }])
  })

  it('says a job the owner cancelled plainly, not as a failure', async () => {
    const { result } = renderHook(() => useActionRunner())
    await act(async () => expect(await result.current(failWith('cancelled', 'Cancelled. Nothing was changed.'))).toBeUndefined())
    expect(useToastStore.getState().toasts).toMatchObject([{ tone: 'info', message: 'Cancelled. Nothing was changed.' }])
  })
})
