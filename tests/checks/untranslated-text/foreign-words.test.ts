// The foreign stop words untranslated-text reads: the build's table must hold what the package's lists give.
import { describe, expect, it } from 'vitest'
import { FOREIGN_STOPWORDS_FILE, foreignStopWordOf, foreignStopwordsStamp, foreignStopwordsTable, stopWordLanguages, stopWordsOfTable } from '../../../src/checks/untranslated-text/foreign-words.js'
import { readPrebuilt } from '../../../src/prebuilt/files.js'

describe('the foreign stop words', () => {
  const fromLists = stopWordLanguages()

  it('read back from a table, are the lists’ words with their languages, words with a space among them', () => {
    const table = foreignStopwordsTable(fromLists, foreignStopwordsStamp())
    expect(stopWordsOfTable(table)).toEqual(fromLists)
    expect(fromLists.get('por qué')).toEqual(['es'])
    expect(fromLists.get('kadar')).toEqual(['tr', 'ms'])
  })

  it('are not read from a table stamped for other lists, and the build’s file is current', () => {
    expect(stopWordsOfTable(foreignStopwordsTable(fromLists, 'mtaudit-foreign-stopwords/1 stopwords-iso@0.0.1 fr'))).toBeUndefined()
    const built = readPrebuilt(FOREIGN_STOPWORDS_FILE)
    if (built) expect(built.toString('utf8') === foreignStopwordsTable(fromLists, foreignStopwordsStamp()), `${FOREIGN_STOPWORDS_FILE} is stale: npm run build`).toBe(true)
  })

  it('answer only for words English does not have', () => {
    expect(foreignStopWordOf('kadar')).toEqual(['tr', 'ms'])
    expect(foreignStopWordOf('the')).toEqual([])
  })
})
