/**
 * Text normalisation for related-story matching. Pure and deterministic: the same text always
 * gives the same tokens, so scores are reproducible in tests and across servers.
 */
import { foldText } from '@/lib/text/fold'

export { foldText }

/**
 * Words that carry no topic. Words under three letters are dropped anyway, so they are not listed.
 * News filler ("said", "year", "new", weekdays) is here because every story has it, and it would
 * otherwise make unrelated stories look alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // function words
  'about',
  'above',
  'after',
  'again',
  'against',
  'all',
  'also',
  'although',
  'among',
  'and',
  'another',
  'any',
  'are',
  'around',
  'because',
  'been',
  'before',
  'being',
  'below',
  'between',
  'both',
  'but',
  'can',
  'could',
  'did',
  'does',
  'doing',
  'down',
  'during',
  'each',
  'either',
  'even',
  'ever',
  'every',
  'few',
  'for',
  'from',
  'further',
  'had',
  'has',
  'have',
  'having',
  'her',
  'here',
  'hers',
  'herself',
  'him',
  'himself',
  'his',
  'how',
  'however',
  'into',
  'its',
  'itself',
  'just',
  'least',
  'less',
  'like',
  'many',
  'may',
  'might',
  'more',
  'most',
  'much',
  'must',
  'near',
  'neither',
  'nor',
  'not',
  'now',
  'off',
  'once',
  'only',
  'onto',
  'other',
  'others',
  'our',
  'ours',
  'out',
  'over',
  'own',
  'same',
  'shall',
  'she',
  'should',
  'since',
  'some',
  'still',
  'such',
  'than',
  'that',
  'the',
  'their',
  'theirs',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'though',
  'through',
  'thus',
  'too',
  'under',
  'until',
  'upon',
  'very',
  'was',
  'were',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'why',
  'will',
  'with',
  'within',
  'without',
  'would',
  'yet',
  'you',
  'your',
  'yours',
  // news filler
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tell',
  'tells',
  'according',
  'added',
  'reported',
  'year',
  'years',
  'new',
  'news',
  'week',
  'weeks',
  'month',
  'months',
  'day',
  'days',
  'today',
  'yesterday',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'people',
  'one',
  'two',
  'three',
  'first',
  'last',
  'next',
  'back',
  'well',
  'get',
  'got',
  'make',
  'made',
  'take',
  'took',
  'come',
  'came',
  'going',
  'went',
])

/** Undoes consonant doubling before a suffix ("running" → "run"), but not for l/s/z ("falling" → "fall"). */
function undouble(stem: string): string {
  const last = stem.at(-1) ?? ''
  if (stem.length >= 4 && last === stem.at(-2) && !/[aeiouylsz]/.test(last)) return stem.slice(0, -1)
  return stem
}

const hasVowel = (s: string): boolean => /[aeiouy]/.test(s)

/**
 * A light English suffix stripper: plural, then at most one of -ly/-ing/-ed, then a final "e" so
 * that "close", "closes", "closed" and "closing" all meet at "clos". Conservative on purpose: short
 * words and non-ASCII words are left alone, and stems keep at least three letters with a vowel.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word
  let w = word
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (/(?:ss|ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)

  if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2)
  else if (w.endsWith('ing') && w.length >= 6 && hasVowel(w.slice(0, -3))) w = undouble(w.slice(0, -3))
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length >= 5 && hasVowel(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2))
  }

  if (w.endsWith('e') && !w.endsWith('ee') && w.length >= 4) w = w.slice(0, -1)
  return w
}

/** Topic-bearing word stems of a text, in order, with repeats (term frequency needs them). */
export function tokenize(text: string): string[] {
  // Possessive "'s" goes; other apostrophes join the word ("don't" → "dont").
  const folded = foldText(text)
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
  const tokens: string[] = []
  for (const raw of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || /^\p{N}+$/u.test(raw) || STOPWORDS.has(raw)) continue
    const stemmed = stem(raw)
    // Checked again: "weekly" → "week" is still filler.
    if (stemmed.length < 3 || STOPWORDS.has(stemmed)) continue
    tokens.push(stemmed)
  }
  return tokens
}

/** One spelling per tag, so "#Heat Wave", "heat_wave" and "Heat-Wave" all count as the same tag. */
export function normaliseTag(tag: string): string {
  return foldText(tag.trim().replace(/^#+/, ''))
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Headline compared for re-filed copies: folded, punctuation and spacing ignored. */
export function normaliseTitle(title: string): string {
  return foldText(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
