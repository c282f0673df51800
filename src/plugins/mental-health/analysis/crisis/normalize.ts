/**
 * Brings a reader's comment to one plain spelling before crisis screening: lower case, straight
 * quotes, contractions spelled out, common text-speak, misspellings and euphemisms of the words
 * the signals look for, and no stretched letters ("diiie"). Pure.
 */

/** Whole words (after lower-casing) and what they stand for. */
const WORDS: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  ima: 'i am going to',
  imma: 'i am going to',
  wanna: 'want to',
  wana: 'want to',
  wnna: 'want to',
  wan: 'want',
  wnat: 'want',
  wnt: 'want',
  wamt: 'want',
  whant: 'want',
  gonna: 'going to',
  gunna: 'going to',
  finna: 'going to',
  gotta: 'got to',
  hafta: 'have to',
  tryna: 'trying to',
  dunno: 'do not know',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  aint: 'am not',
  thats: 'that is',
  whats: 'what is',
  wats: 'what is',
  wat: 'what',
  theres: 'there is',
  hes: 'he is',
  youre: 'you are',
  theyre: 'they are',
  wud: 'would',
  wuld: 'would',
  woud: 'would',
  cud: 'could',
  shud: 'should',
  u: 'you',
  ur: 'your',
  r: 'are',
  b: 'be',
  ppl: 'people',
  bc: 'because',
  bcuz: 'because',
  becuz: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  abt: 'about',
  rn: 'right now',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmw: 'tomorrow',
  tomorow: 'tomorrow',
  tommorow: 'tomorrow',
  tommorrow: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  tn: 'tonight',
  bout: 'about',
  '2day': 'today',
  b4: 'before',
  'w/': 'with',
  'w/o': 'without',
  idk: 'i do not know',
  idc: 'i do not care',
  ngl: 'honestly',
  tbh: 'honestly',
  jk: 'just kidding',
  pls: 'please',
  plz: 'please',
  prolly: 'probably',
  every1: 'everyone',
  evry1: 'everyone',
  evryone: 'everyone',
  everone: 'everyone',
  any1: 'anyone',
  some1: 'someone',
  no1: 'no one',
  noone: 'no one',
  nobdy: 'nobody',
  myslef: 'myself',
  mysef: 'myself',
  myslf: 'myself',
  mself: 'myself',
  meself: 'myself',
  kil: 'kill',
  kiling: 'killing',
  ded: 'dead',
  dyin: 'dying',
  tierd: 'tired',
  lyf: 'life',
  lyfe: 'life',
  anymroe: 'anymore',
  anymor: 'anymore',
  nomore: 'no more',
  kms: 'kill myself',
  ctb: 'kill myself',
  kys: 'kill yourself',
  od: 'overdose',
  "od'd": 'overdosed',
  'o.d.': 'overdose',
  sewerslide: 'suicide',
  selfharm: 'self harm',
  's/h': 'self harm',
  selfdelete: 'kill myself',
}

/** Phrases, after the word map, and what they stand for. */
const PHRASES: [RegExp, string][] = [
  [/\bsewer[\s-]+slide\b/g, 'suicide'],
  [/\bcommit (?:sudoku|toaster bath)\b/g, 'commit suicide'],
  [/\bself[\s-]+delet(?:e|ing)\b/g, 'kill myself'],
  [/\bun[\s-]?alive(d|ing)?(?= (?:my|your|him|her|them|our)sel(?:f|ves)\b| (?:me|him|her|them|you|us)\b)/g, 'kill$1'],
  [/\bun[\s-]?alive\b/g, 'kill myself'],
  [/\bun[\s-]?aliving\b/g, 'killing myself'],
  [/\bun[\s-]?alived\b/g, 'killed'],
  [/\bkilld\b/g, 'killed'],
  [/\bs[u*][i1!*]{0,2}[cs]{1,2}[i1!*]{0,2}d(e|al|ally|ality)\b/g, 'suicid$1'],
  [/\bno more\b/g, 'anymore'],
  [/\bany more\b/g, 'anymore'],
  [/\bmy self\b(?![\s-]+(?:harm|injur\w*|care|esteem|worth|image|respect|confidence|talk|doubt|love))/g, 'myself'],
  [/\b(\d+)[\s-]*(?:year|yr)s?[\s-]*old\b/g, '$1 year old'],
  [/\b(\d+) ?yo\b/g, '$1 year old'],
]

/** Contractions with an apostrophe, spelled out. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(he|she|it|that|there|who|everyone|nobody)'s (been|got|gotten|had)\b/g, '$1 has $2'],
  [/\b(he|she|it|that|there|what|who|where|how|here|nobody|everyone|everybody|no one|someone)'s\b/g, '$1 is'],
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'am not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they|it|everyone|everybody|that|who)'d\b/g, '$1 would'],
  [/\by'all\b/g, 'you all'],
]

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '@': 'a', $: 's' }

/** "k1ll", "su1c1de": digits and symbols standing for letters inside a word. */
const unleet = (token: string) =>
  /[a-z]/.test(token) && /[013@$]/.test(token) && !/^\d/.test(token)
    ? token.replace(/[013@$]/g, (char) => LEET[char])
    : token

/** Runs of three or more of one letter ("soooo", "diiie") shrink to one when that makes a known word, else to two. */
const unstretch = (token: string) => {
  if (!/(\w)\1\1/.test(token)) return token
  const one = token.replace(/(\w)\1{2,}/g, '$1')
  const two = token.replace(/(\w)\1{2,}/g, '$1$1')
  return STRETCHED_WORDS.has(one) || WORDS[one] ? one : two
}
const STRETCHED_WORDS = new Set('die dead so done bye please help want me tired sorry alone'.split(' '))

/** "jumpin", "thinkin": a dropped g, restored for the verbs the signals look for. */
const G_DROPPED = new Set(
  'jump cut think feel try go kill die hurt plan hang tak say do liv want hop pray wish end burn bleed cry drink us starv sleep wak com los giv writ noth someth'.split(
    ' ',
  ),
)
const restoreG = (token: string) => {
  if (!token.endsWith('in')) return token
  const stem = token.slice(0, -2)
  return G_DROPPED.has(stem) || G_DROPPED.has(stem.replace(/(\w)\1$/, '$1')) ? `${token}g` : token
}

const mapToken = (token: string) => {
  const plain = restoreG(unleet(unstretch(token)))
  return WORDS[plain] ?? plain
}

/** The comment in the one spelling the crisis signals are written for. */
export const normalize = (text: string): string => {
  let result = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\b(\d+) kms\b/g, '$1 km')
  for (const [pattern, replacement] of CONTRACTIONS) result = result.replace(pattern, replacement)
  result = result.replace(/[a-z0-9'@$*/.]+/g, (token) => {
    const trail = /[.']+$/.exec(token)?.[0] ?? ''
    const core = trail && !WORDS[token] ? token.slice(0, -trail.length) : token
    return (WORDS[core] ? WORDS[core] : mapToken(core)) + (core === token ? '' : trail)
  })
  for (const [pattern, replacement] of PHRASES) result = result.replace(pattern, replacement)
  return result
    .replace(/[^a-z0-9'".,!?;:\n ]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** Sentences, then clauses where "but", "however", "though" turn the meaning; line breaks always end one. */
export const clauses = (normalized: string): string[] =>
  normalized
    .split(
      /[.!?;:\n]+|(?<!\b(?:nothing|anything|everything|all|last|none))(?:,\s|\s)(?:but|however|although|though|yet)\s/,
    )
    .map((clause) => clause.replace(/[,"]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
