// The package's version on its own: `mtaudit --version` reads it without loading anything of the audit.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
export const VERSION: string = (require('mtaudit/package.json') as { version: string }).version
