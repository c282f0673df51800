/**
 * A constant answer of an article's size, served by the same Next app: the framework's ceiling in
 * `npm run bench`. Off (404) unless BENCH_ROUTES=true.
 */
const body = JSON.stringify({ docs: [{ id: 1, title: 'Constant', body: 'x'.repeat(10_000) }] })

export const GET = () =>
  process.env.BENCH_ROUTES === 'true'
    ? new Response(body, { headers: { 'content-type': 'application/json' } })
    : new Response('Not Found', { status: 404 })
