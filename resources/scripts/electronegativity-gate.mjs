// CI's Electron security gate (issue 15 §4). @doyensec/electronegativity always exits 0
// (TOOLCHAIN.md), so this runs it, reads its CSV and fails on any HIGH finding that the
// allow-list (resources/security/electronegativity-allow.json) does not explain with a reason.
// An allow-list entry that no longer matches anything fails too: a stale excuse hides nothing
// today but would silently cover the next finding of that check in that file.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

export const SCANNER = '@doyensec/electronegativity@1.10.3'
const HEADER = 'issue, severity, confidence, filename, location, sample, description, url'
const ATTEMPTS = 5

/**
 * Whether the scanner's CSV came out whole. It writes its header and its rows with two
 * concurrent `fs.writeFile` calls (dist/util/file.js: the header with 'w', the rows with 'a'),
 * so about one run in six the header lands over the start of the rows — the first row then
 * begins mid-text (" to parse CSP, it may not be valid.") — or truncates them away. Whole: the
 * header, then rows that each begin with a check's name. src-main always has findings (its CSP
 * is one), so a scan with none is taken as cut too.
 */
export function isWholeScan(csv) {
  const lines = csv.split(/\r?\n/).filter((line) => line.length > 0)
  return lines[0] === HEADER && lines.length > 1 && lines.slice(1).every((line) => /^[A-Z0-9_]+,/.test(line))
}

/** The findings of the scanner's CSV: `{ check, severity, file, location, description }`. */
export function readFindings(csv) {
  const rows = parse(csv, { columns: true, trim: true, skip_empty_lines: true })
  return rows.map((row) => ({
    check: row.issue,
    severity: row.severity,
    file: row.filename,
    location: row.location,
    description: row.description,
  }))
}

/**
 * HIGH findings sorted into allowed (an entry with the same check and file, and a reason) and
 * unexplained, plus the problems of the allow-list itself (entries without a reason, entries
 * that matched nothing). The gate passes when `unexplained` and `problems` are both empty.
 */
export function judge(findings, allowList) {
  const problems = allowList
    .filter((entry) => typeof entry.reason !== 'string' || entry.reason.trim().length < 20)
    .map((entry) => `${entry.check} in ${entry.file}: the allow-list entry gives no reason`)
  const explains = (entry, finding) => entry.check === finding.check && entry.file === finding.file
  const valid = allowList.filter((entry) => typeof entry.reason === 'string' && entry.reason.trim().length >= 20)
  const high = findings.filter((finding) => finding.severity === 'HIGH')
  const allowed = high.filter((finding) => valid.some((entry) => explains(entry, finding)))
  const unexplained = high.filter((finding) => !allowed.includes(finding))
  for (const entry of valid)
    if (!high.some((finding) => explains(entry, finding)))
      problems.push(`${entry.check} in ${entry.file}: the allow-list entry matches no finding any more (remove it)`)
  return { allowed, unexplained, problems }
}

/** The scanner's CSV for src-main, scanned again when it came out cut (see `isWholeScan`). */
function runScanner(root) {
  const require = createRequire(join(root, 'package.json'))
  const electronVersion = require('electron/package.json').version
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const work = mkdtempSync(join(tmpdir(), 'kehu-electronegativity-'))
    try {
      const csv = join(work, 'findings.csv')
      const args = ['-y', SCANNER, '-i', join(root, 'src-main'), '-r', '-e', electronVersion, '-o', csv]
      execFileSync('npx', args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] })
      const text = readFileSync(csv, 'utf8')
      if (isWholeScan(text)) return text
      console.error(`[electronegativity] scan ${attempt} of ${ATTEMPTS} came out cut (the scanner's write race); scanning again`)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
  throw new Error(`electronegativity: every one of ${ATTEMPTS} scans came out cut; its findings cannot be trusted`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  const allowList = JSON.parse(readFileSync(join(root, 'resources/security/electronegativity-allow.json'), 'utf8'))
  const findings = readFindings(runScanner(root))
  const { allowed, unexplained, problems } = judge(findings, allowList)
  console.log(`[electronegativity] ${findings.length} findings, ${allowed.length} HIGH explained by the allow-list`)
  for (const f of unexplained) console.error(`HIGH ${f.check} at src-main/${f.file}:${f.location} — ${f.description}`)
  for (const p of problems) console.error(`allow-list: ${p}`)
  if (unexplained.length > 0 || problems.length > 0) process.exit(1)
}
