// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ConversionProgress } from '../../../src-renderer/src/features/security/conversion-progress'
import { useConversionStore } from '../../../src-renderer/src/features/security/conversion-store'
import { SecuritySection } from '../../../src-renderer/src/features/security/security-settings-section'
import { security as en } from '../../../src-shared/i18n/locales/en/security'
import { security as zhCN } from '../../../src-shared/i18n/locales/zh-CN/security'
import { cancellable } from '../../../src-shared/ipc/channels/security'
import { renderKit } from '../support/render-kit'

afterEach(() => {
  cleanup()
  useConversionStore.setState({ jobId: null, progress: null, outcome: null })
})

const at = (phase: string, done: number, total = 1000) => ({ jobId: 'j', kind: 'security.encryption', phase, done, total })

describe('the encryption switch’s progress in Settings → Security', () => {
  it('shows the step and its share of the bar, with Cancel, until the swap', async () => {
    await renderKit(<ConversionProgress progress={at('copying', 120)} />)
    const bar = screen.getByRole('progressbar', { name: 'Copying the data file… 12%' }) as HTMLProgressElement
    expect(bar.value).toBe(12)
    expect(screen.getByText('Copying the data file… 12%').getAttribute('role')).toBe('status')
    expect(screen.getByRole('button', { name: en.conversion.cancel })).toBeTruthy()
    expect(screen.getByText(en.conversion.closed)).toBeTruthy()
  })

  it('offers no Cancel once the new file is going in, and says so', async () => {
    await renderKit(<ConversionProgress progress={at('swapping', 985)} />, 'zh-CN')
    expect(screen.getByRole('progressbar', { name: '正在换上新文件… 98%' })).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText(zhCN.conversion.noCancel)).toBeTruthy()
  })

  it('counts the backups encrypted after the swap', async () => {
    await renderKit(<ConversionProgress progress={at('backups', 2, 5)} />)
    expect(screen.getByRole('progressbar', { name: 'Encrypting the backups beside it: 2 of 5 done' })).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('takes Cancel in every step before the swap only', () => {
    expect(['copying', 'encrypting', 'decrypting', 'checking', undefined].every(cancellable)).toBe(true)
    expect(['swapping', 'backups'].some(cancellable)).toBe(false)
  })

  it('shows a switch still running when Settings is opened again, without asking for the (refused) status', async () => {
    useConversionStore.setState({ jobId: 'j', progress: at('checking', 600) })
    await renderKit(<SecuritySection />)
    expect(screen.getByRole('progressbar', { name: 'Checking every table and index of the copy… 60%' })).toBeTruthy()
    expect(screen.getByRole('button', { name: en.conversion.cancel })).toBeTruthy()
  })
})
