import { useState } from 'react'
import type {
  ImportAnalysis,
  ImportKind,
  ImportReport,
  InFilePolicy,
  Mapping,
  MatchRule,
} from '../../../../../src-shared/ipc/channels/csv-import'
import { ENCODING_CHOICES, DELIMITER_CHOICES } from '../../../../../src-shared/ipc/channels/csv-import'
import { call, errorMessage } from '../../../lib/ipc'

export type Step = 'file' | 'mapping' | 'preview' | 'result'
export type EncodingChoice = (typeof ENCODING_CHOICES)[number]
export type DelimiterChoice = (typeof DELIMITER_CHOICES)[number]

interface Running {
  jobId: string
  dryRun: boolean
  cancelling: boolean
}

/**
 * The import wizard's state and steps: file → mapping → preview (with a dry run) → result.
 * Every change of encoding, delimiter or mapping re-analyses the file in the main process,
 * so the preview always shows what the import would do with the current choices.
 */
export function useImportWizard() {
  const [step, setStep] = useState<Step>('file')
  const [kind, setKind] = useState<ImportKind>('customers')
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null)
  const [encoding, setEncoding] = useState<EncodingChoice>('auto')
  const [delimiter, setDelimiter] = useState<DelimiterChoice | undefined>(undefined)
  const [rules, setRules] = useState<MatchRule[]>([])
  const [policy, setPolicy] = useState<InFilePolicy>('first')
  const [check, setCheck] = useState<ImportReport | null>(null)
  const [result, setResult] = useState<{ report: ImportReport; jobId: string } | null>(null)
  const [running, setRunning] = useState<Running | null>(null)
  const [error, setError] = useState<string | null>(null)

  const attempt = async (work: () => Promise<void>): Promise<void> => {
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const analyze = (changes: { encoding?: EncodingChoice; delimiter?: DelimiterChoice; mapping?: Mapping; kind?: ImportKind }) =>
    attempt(async () => {
      if (!analysis) return
      const next = await call('csv.analyze', {
        fileId: analysis.fileId,
        kind: changes.kind ?? kind,
        encoding: changes.encoding ?? encoding,
        delimiter: changes.delimiter ?? delimiter,
        mapping: changes.kind ? undefined : (changes.mapping ?? analysis.mapping),
      })
      setAnalysis(next)
      if (changes.kind) setRules(next.rules)
      setCheck(null)
    })
  /** Runs the import (or its dry run) with the current choices, or the ones just made. */
  const run = (dryRun: boolean, choices: { rules?: MatchRule[]; policy?: InFilePolicy } = {}) =>
    attempt(async () => {
      if (!analysis || running) return
      const jobId = crypto.randomUUID()
      setRunning({ jobId, dryRun, cancelling: false })
      try {
        const report = await call('csv.import', {
          fileId: analysis.fileId,
          jobId,
          kind,
          encoding,
          delimiter,
          mapping: analysis.mapping,
          rules: choices.rules ?? rules,
          inFileDuplicates: choices.policy ?? policy,
          dryRun,
        })
        if (dryRun) setCheck(report)
        else {
          setResult({ report, jobId })
          setStep('result')
        }
      } finally {
        setRunning(null)
      }
    })

  return {
    step,
    kind,
    analysis,
    encoding,
    delimiter,
    rules,
    policy,
    check,
    result,
    running,
    error,
    setStep,
    chooseKind: (next: ImportKind) => {
      setKind(next)
      void analyze({ kind: next })
    },
    pick: () =>
      attempt(async () => {
        const picked = await call('csv.pick', { kind })
        if (!picked) return
        setAnalysis(picked)
        setEncoding('auto')
        setDelimiter(undefined)
        setRules(picked.rules)
        setPolicy('first')
        setCheck(null)
      }),
    chooseEncoding: (next: EncodingChoice) => {
      setEncoding(next)
      void analyze({ encoding: next })
    },
    chooseDelimiter: (next: DelimiterChoice | undefined) => {
      setDelimiter(next)
      void analyze({ delimiter: next })
    },
    mapField: (field: string, header: string) => {
      if (!analysis) return
      const rest = Object.fromEntries(Object.entries(analysis.mapping).filter(([key]) => key !== field))
      void analyze({ mapping: header ? { ...rest, [field]: header } : rest })
    },
    setRule: (key: MatchRule['key'], action: MatchRule['action'] | 'off') => {
      const order = analysis?.matchKeys ?? []
      const others = rules.filter((r) => r.key !== key)
      const next = (action === 'off' ? others : [...others, { key, action }]).sort(
        (a, b) => order.indexOf(a.key) - order.indexOf(b.key),
      )
      setRules(next)
      setCheck(null)
      void run(true, { rules: next })
    },
    choosePolicy: (next: InFilePolicy) => {
      setPolicy(next)
      setCheck(null)
      void run(true, { policy: next })
    },
    /** The preview checks the whole file at once: duplicates and updates show before anything is written. */
    toPreview: () => {
      setStep('preview')
      void run(true)
    },
    runCheck: () => run(true),
    commit: () => run(false),
    cancel: () =>
      attempt(async () => {
        if (!running) return
        setRunning({ ...running, cancelling: true })
        await call('jobs.cancel', { jobId: running.jobId })
      }),
    restart: () => {
      setStep('file')
      setAnalysis(null)
      setCheck(null)
      setResult(null)
      setError(null)
    },
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
