/**
 * Sentences, tokens, part-of-speech tags, entities and negation from wink-nlp and its English model
 * (both ship inside their npm packages: nothing is downloaded at run time). Everything the rules
 * need is read here once per text, into plain objects with character offsets.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export type Token = {
  text: string
  /** Lower case. */
  lower: string
  lemma: string
  /** Universal POS tag: NOUN, VERB, AUX, ADJ, ADV, NUM, PROPN, PRON, DET, ADP, PART, PUNCT, SYM… */
  pos: string
  start: number
  end: number
  /** Inside the scope of a negation ("no", "not", "never", "n't"). */
  negated: boolean
  /** Its singular and its form without a final "s", worked out once when a rule first asks (claims/view.ts). */
  forms?: [string, string]
}

export type Sentence = {
  text: string
  start: number
  end: number
  tokens: Token[]
}

let instance: WinkMethods | undefined
// Sentence boundaries come from text.ts, negation from the scope rule below and numbers from the
// tags: wink's `sbd`, `negation` and `ner` steps would more than double the cost of a parse.
const nlp = (): WinkMethods => (instance ??= winkNLP(model, ['pos']))

export type Span = { text: string; start: number; end: number }

const NEGATOR = new Set("no not n't never none nobody nothing neither nor without cannot nowhere".split(' '))
const SCOPE_END = new Set(', ; : . ! ? but however although though yet because while whereas'.split(' '))

/** Tokens after a negator, up to the end of its clause, are negated ("no treatment is a cure"). */
const markNegation = (tokens: Token[]) => {
  let negating = false
  for (const token of tokens) {
    if (SCOPE_END.has(token.lower)) negating = false
    else if (negating) token.negated = true
    if (NEGATOR.has(token.lower)) negating = true
  }
}

const makeSentence = (span: Span, tokens: Token[]): Sentence => {
  markNegation(tokens)
  return { ...span, tokens }
}

/** Tokens of one sentence, with offsets in the whole text. */
export const parseSentence = (span: Span): Sentence => {
  const { its } = nlp()
  const doc = nlp().readDoc(span.text)
  const tokens = doc.tokens()
  const values = tokens.out() as string[]
  const pos = tokens.out(its.pos) as string[]
  // wink-nlp's typings omit `its.lemma` from out()'s accepted helpers, though the model provides it.
  const lemmas = tokens.out(its.lemma as never) as unknown as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  const parsed: Token[] = []
  let cursor = 0
  values.forEach((value, index) => {
    let start = cursor + spaces[index].length
    if (!span.text.startsWith(value, start)) start = span.text.indexOf(value, cursor)
    if (start === -1) return
    cursor = start + value.length
    if (pos[index] === 'SPACE') return
    parsed.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index],
      start: span.start + start,
      end: span.start + start + value.length,
      negated: false,
    })
  })
  return makeSentence(span, parsed)
}

/**
 * Parses sentences one by one: the tagger's cost grows faster than the length of what it is given
 * in one piece, so a whole document in one call is several times slower.
 */
export const parseSentences = (spans: Span[]): Sentence[] => spans.map(parseSentence)
