/** The few PNG facts the build needs: a file's size, and a small grey-and-alpha encoder for icons. */
import { crc32, deflateSync } from 'node:zlib'

/** The eight bytes every PNG file starts with. */
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's header chunk; undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength)
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature)) return undefined
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * An image of grey pixels (the theme's icons are black or grey strokes), given as premultiplied RGBA, as a
 * grey-and-alpha PNG: half the bytes of the colour PNG, which matters inside a stylesheet. Undefined when a pixel
 * has colour.
 */
export function grayAlphaPng(width: number, height: number, rgba: Uint8Array): Buffer | undefined {
  const rowBytes = width * 2 + 1
  const scanlines = Buffer.alloc(rowBytes * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = (y * width + x) * 4
      const [red, green, blue, alpha] = [rgba[pixel]!, rgba[pixel + 1]!, rgba[pixel + 2]!, rgba[pixel + 3]!]
      if (red !== green || green !== blue) return undefined
      // resvg's pixels carry premultiplied alpha; PNG's do not.
      scanlines[y * rowBytes + 1 + x * 2] = alpha === 0 ? 0 : Math.min(255, Math.round((red * 255) / alpha))
      scanlines[y * rowBytes + 2 + x * 2] = alpha
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 4, 0, 0, 0], 8) // 8 bits per sample, grey with alpha, deflate, no filter, no interlace
  return Buffer.concat([
    pngSignature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanlines, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(typeAndData) >>> 0)
  return Buffer.concat([length, typeAndData, checksum])
}
