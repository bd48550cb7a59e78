import { spawnSync } from 'node:child_process'

/**
 * Mounting a small file system needs a user namespace (`unshare -rm`); where the machine forbids
 * it, tests that fill a real volume skip with this warning.
 */
export const canMountTmpfs =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { stdio: 'ignore' }).status === 0

export const cannotMountWarning = (what: string): string =>
  `${what} skipped: this machine does not allow mounting a tmpfs in a user namespace (unshare -rm)`
