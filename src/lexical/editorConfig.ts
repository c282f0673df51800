import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>

const cache = new WeakMap<SanitizedConfig, Promise<EditorConfig>>()

/** The server editor config of the app's default Lexical editor, built once per Payload config. */
export const defaultEditorConfig = (config: SanitizedConfig): Promise<EditorConfig> => {
  let editorConfig = cache.get(config)
  if (!editorConfig) {
    editorConfig = editorConfigFactory.default({ config })
    cache.set(config, editorConfig)
  }
  return editorConfig
}
