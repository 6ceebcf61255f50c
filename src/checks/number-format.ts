import { storyMatches } from '../text/neighbours.js'
import type { Check } from '../types.js'

// A count written with a full stop between thousands, as French, Italian, Spanish, German, Portuguese and
// Greek write it ("5.000 personnes"), kept in English, where it reads as a decimal: "more than 5.000 people" is
// five people to an English reader. Two groups ("1.250.000") can be nothing else. One group is a separator only
// when what it counts comes in wholes: people, homes, euros — not seconds, points or degrees, which a precise
// decimal can measure ("a 2.125 second lead"), and not million or billion ("$1.375 billion").
const TWO_GROUPS = /(?<![\d.,])[1-9]\d{0,2}\.\d{3}\.\d{3}(?!\d|[.,]\d)/gu
const ONE_GROUP = /(?<![\d.,])(?:([$€£¥₺₹])\s?)?[1-9]\d{0,2}\.\d{3}(?!\d|[.,]\d)(?:\s+(\p{L}+))?/gu
const COUNTED = new Set(
  ('people persons dead deaths bodies victims residents inhabitants families children men women babies ' +
    'homes houses buildings dwellings troops soldiers police officers firefighters rescuers volunteers workers ' +
    'migrants refugees displaced injured wounded missing survivors patients doctors beds cases votes voters ' +
    'seats jobs users customers members fans spectators students tourists visitors vehicles cars trucks boats ' +
    'animals euros dollars pesos reais lira liras francs rupees yuan yen hryvnias drachmas kilometres kilometers ' +
    'km metres meters hectares tonnes tons hours days years new more other')
    .split(' '),
)

// "a 5,8 magnitude quake", "3,5 million", "2,4%": a decimal comma, as most of Europe writes it. English groups
// thousands by three digits, so a comma before one or two digits and a unit of measure is a decimal.
const DECIMAL_COMMA = /(?<![\d.,])\d{1,3},\d{1,2}(?![\d,])(?=\s?%|\s(?:per ?cent|percent|million|billion|trillion|magnitude|degrees|km|kilometres|kilometers|metres|meters|kg|tonnes|points|mm|cm)\b)/gu

const numberFormat: Check = {
  id: 'number-format',
  category: 'Accuracy/Mistranslation',
  severity: 'minor',
  needs: 'variant',
  description: 'Finds numbers in a European format: a thousands separator ("5.000 people", "1.250.000") or a decimal comma ("a 5,8 magnitude quake").',
  explanation:
    'Many languages separate thousands with a full stop ("5.000 personas") and MT often keeps it. In English ' +
    '"more than 5.000 people" reads as five people. Two groups of three digits ("1.250.000") are always a ' +
    'separator; one group is reported when it counts wholes (people, homes, euros, kilometres) or follows a ' +
    'currency sign without "million" or "billion" after it. Decimals stay silent: "5.5 magnitude", "2.125 ' +
    'seconds", "$1.375 billion", "version 3.000" followed by nothing countable. A decimal comma before a unit ' +
    '("5,8 magnitude", "3,5 million", "2,4%") is reported too; "1,250 people" and "pages 10,11" are English.',
  *run({ variant }) {
    const { text } = variant.doc
    for (const { match, start, end, sentence } of storyMatches(variant, TWO_GROUPS)) {
      yield {
        message: `Number \`${match[0]}\` is written with full stops between thousands (a European convention); write ${match[0].replaceAll('.', ',')}.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
    for (const { match, start, end, sentence } of storyMatches(variant, DECIMAL_COMMA)) {
      yield {
        message: `Number \`${text.slice(start, Math.min(text.length, end + 10)).split(/\s/u).slice(0, 2).join(' ')}\` uses a decimal comma (a European convention), which English reads as a list or a thousands separator; write ${match[0].replace(',', '.')}.`,
        start,
        end,
        ...(sentence !== undefined && { sentence }),
      }
    }
    for (const { match, start, sentence } of storyMatches(variant, ONE_GROUP)) {
      const [, currency, next] = match
      const counted = next !== undefined && COUNTED.has(next.toLowerCase())
      const money = currency !== undefined && !/^(?:million|billion|trillion|bn|m|mn)$/iu.test(next ?? '')
      if (!counted && !money) continue
      const number = /[1-9]\d{0,2}\.\d{3}/u.exec(match[0])![0]
      const at = start + match[0].indexOf(number)
      yield {
        message: `Number \`${text.slice(start, start + match[0].length)}\` uses a full stop between thousands (a European convention), which English reads as a decimal; write ${number.replace('.', ',')}.`,
        start: at,
        end: at + number.length,
        ...(sentence !== undefined && { sentence }),
      }
    }
  },
}
export default numberFormat
