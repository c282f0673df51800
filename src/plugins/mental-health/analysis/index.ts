export { analyzeLexical, analyzeText } from './analyze'
export { DEFAULT_EXCEPTIONS, DEFAULT_LEXICON } from './lexicon'
export { fingerprint } from './text'
export * from './types'
