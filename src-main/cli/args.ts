import { parseArgs } from 'node:util'
import { z } from 'zod'
import { DUPLICATE_ACTIONS, ENCODING_CHOICES, IMPORT_KINDS, IN_FILE_POLICIES } from '../../src-shared/ipc/channels/csv-import'
import { EXPORT_ENCODINGS, EXPORT_KINDS } from '../../src-shared/ipc/channels/csv-export'
import { isoDate } from '../../src-shared/ipc/schemas'

/** `kehu import <kind> <file> [...]` */
export const importCommand = z.strictObject({
  command: z.literal('import'),
  kind: z.enum(IMPORT_KINDS),
  file: z.string().min(1),
  db: z.string().optional(),
  dryRun: z.boolean().default(false),
  encoding: z.enum(ENCODING_CHOICES).default('auto'),
  onDuplicate: z.enum(DUPLICATE_ACTIONS).default('update'),
  inFileDuplicates: z.enum(IN_FILE_POLICIES).default('first'),
  mapping: z.string().optional(),
})

/** `kehu export <kind> --out <dir> [...]` */
export const exportCommand = z.strictObject({
  command: z.literal('export'),
  kind: z.enum(EXPORT_KINDS),
  out: z.string().min(1),
  db: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
})

export const command = z.discriminatedUnion('command', [importCommand, exportCommand])
export type Command = z.infer<typeof command>

/** Reads argv into a validated command; zod's message names what is wrong. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'dry-run': { type: 'boolean' },
      encoding: { type: 'string' },
      'on-duplicate': { type: 'string' },
      'in-file-duplicates': { type: 'string' },
      mapping: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  })
  const [name, kind, file] = positionals
  return command.parse({
    command: name,
    kind,
    db: values.db,
    encoding: values.encoding,
    ...(name === 'import'
      ? {
          file,
          dryRun: values['dry-run'],
          onDuplicate: values['on-duplicate'],
          inFileDuplicates: values['in-file-duplicates'],
          mapping: values.mapping,
        }
      : { out: values.out, from: values.from, to: values.to }),
  })
}
