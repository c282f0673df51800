/**
 * Hosts whose pages may use `next dev`'s own resources (the HMR socket, dev chunks). Next allows
 * only localhost by default, so an admin opened at http://127.0.0.1:3000 would render blank.
 * Plain JavaScript: next.config.mjs imports it.
 *
 * @param {string | undefined} serverUrl NEXT_PUBLIC_SERVER_URL
 * @returns {string[]}
 */
export const allowedDevOrigins = (serverUrl) => {
  const hosts = ['localhost', '127.0.0.1', '[::1]']
  if (serverUrl) {
    try {
      hosts.push(new URL(serverUrl).hostname.toLowerCase())
    } catch {
      // An invalid URL allows nothing more; Payload reports the bad serverURL itself.
    }
  }
  return [...new Set(hosts)]
}
