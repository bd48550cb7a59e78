/**
 * Headless Kehu: `npm run kehu -- import <kind> <file> [...]` and `... export <kind> --out <dir>`.
 * Progress goes to stderr; the last stdout line is one JSON object, `{"ok":true,…}` or
 * `{"ok":false,"error":{code,message}}` with a non-zero exit code (see ./main.ts).
 */
import { runCli } from './main'

// `--` from `npm run kehu -- …` may reach us; it is not an argument.
process.exitCode = await runCli(process.argv.slice(2).filter((a) => a !== '--'))
