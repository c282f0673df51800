import type { PayloadRequest } from 'payload'

import { DEFAULT_CRISIS_HEADING, DEFAULT_CRISIS_RESOURCES } from './defaults'

const GLOBAL = 'crisis-resources'

/**
 * The crisis resources as frontends show them: the current heading and lines of the global, or the
 * plugin's defaults where the global is not installed (a person in crisis still gets the lines).
 * Each line keeps a stable id, so the same resources always read the same (ETags hold).
 */
export const currentCrisisResources = async (req: PayloadRequest) => {
  if (!req.payload.config.globals.some((global) => global.slug === GLOBAL))
    return {
      heading: DEFAULT_CRISIS_HEADING,
      resources: DEFAULT_CRISIS_RESOURCES.map(({ label, detail, href }, index) => ({
        id: `default-${index + 1}`,
        label,
        detail,
        href: href ?? null,
      })),
    }
  const global = await req.payload.findGlobal({ slug: GLOBAL, depth: 0, req, overrideAccess: true })
  return {
    heading: global.heading,
    resources: (global.resources ?? []).map(({ id, label, detail, href }) => ({
      id,
      label,
      detail,
      href: href ?? null,
    })),
  }
}
