/**
 * Which address a request comes from, decided once, at the edge of the app (scripts/serve.mjs),
 * where the connection's address is known: X-Forwarded-For is believed only as far as it was
 * written by proxies listed in TRUSTED_PROXIES (none by default). The result is written to the
 * request's X-Forwarded-For, replacing what the client sent, so the app reads one trustworthy
 * value (`clientAddressOf` in the app). Plain JavaScript: the server script runs without tooling.
 */
import net from 'net'

/** `::ffff:127.0.0.1` → `127.0.0.1`. */
export const normaliseAddress = (address) => {
  const value = String(address ?? '').trim()
  return value.startsWith('::ffff:') && net.isIPv4(value.slice(7)) ? value.slice(7) : value
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or IPv4/IPv6 CIDR ranges (e.g. `10.0.0.0/8, ::1`).
 * @returns {net.BlockList}
 */
export const trustedProxies = (value = process.env.TRUSTED_PROXIES ?? '') => {
  const list = new net.BlockList()
  for (const entry of value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split('/')
    const type = net.isIPv6(address) ? 'ipv6' : 'ipv4'
    if (!net.isIP(address)) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`)
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
  }
  return list
}

const isTrusted = (list, address) => {
  const value = normaliseAddress(address)
  if (!net.isIP(value)) return false
  return list.check(value, net.isIPv6(value) ? 'ipv6' : 'ipv4')
}

/**
 * The client's address: the connection's, unless that is a trusted proxy, in which case the
 * right-most address in X-Forwarded-For that is not itself a trusted proxy.
 * @param {string | undefined} socketAddress
 * @param {string | undefined} forwardedFor
 * @param {net.BlockList} trusted
 */
export const clientAddress = (socketAddress, forwardedFor, trusted) => {
  let address = normaliseAddress(socketAddress) || 'unknown'
  if (!isTrusted(trusted, address) || !forwardedFor) return address
  const hops = forwardedFor.split(',').map(normaliseAddress).filter(Boolean)
  while (hops.length) {
    const hop = hops.pop()
    if (!net.isIP(hop)) return address
    address = hop
    if (!isTrusted(trusted, hop)) return hop
  }
  return address
}
