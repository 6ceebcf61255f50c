// The build's last step (`npm run tables`, run by `npm run build`): writes the tables of files.ts into dist/data,
// each made by the code that makes it in memory when the file is absent, so the two are the same table; the
// tests compare it, entry by entry and answer by answer, with the package it is made from (the lexicon's with
// the dictionary read into Maps, in tests/text/english-lexicon.test.ts; franc's with franc's own, in
// tests/language/franc-fast.test.ts; the tagger's with the package's model and lemmatiser, in
// tests/checks/grammar-garble/wink-model.test.ts; the stop words with stopwords-iso's, in
// tests/checks/untranslated-text/foreign-words.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { francModelsFiles, francModelsStamp } from '../language/franc-models.js'
import { dictionaryFiles, LEXICON_FILE, lexiconStamp, lexiconTable } from '../text/english-lexicon.js'
import { WINK_CORE_FILE, winkCoreStamp, winkCoreTable } from '../checks/grammar-garble/wink-model.js'
import { FOREIGN_STOPWORDS_FILE, foreignStopwordsStamp, foreignStopwordsTable, stopWordLanguages } from '../checks/untranslated-text/foreign-words.js'
import { prebuiltDir } from './files.js'

mkdirSync(prebuiltDir(), { recursive: true })
writeFileSync(join(prebuiltDir(), LEXICON_FILE), lexiconTable(dictionaryFiles(), lexiconStamp()))
for (const [name, contents] of francModelsFiles(francModelsStamp())) writeFileSync(join(prebuiltDir(), name), contents)
const winkCore = winkCoreTable(winkCoreStamp())
if (winkCore) writeFileSync(join(prebuiltDir(), WINK_CORE_FILE), winkCore)
writeFileSync(join(prebuiltDir(), FOREIGN_STOPWORDS_FILE), foreignStopwordsTable(stopWordLanguages(), foreignStopwordsStamp()))
