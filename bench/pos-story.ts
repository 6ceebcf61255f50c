import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
/** The bundled seed story (reference, native rewrite and three MT variants): the speed workload of the tagger bench. */
export const STORY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'reference', 'nato-stoltenberg-seoul-2023-01-30')
