import sharp from 'sharp'

/** A real PNG, made on the fly, for upload tests. */
export const pngFile = async (name = 'test.png') => {
  const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#5b8def' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
