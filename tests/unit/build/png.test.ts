import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { grayAlphaPng, pngSize } from '../../../docs/.vitepress/build/png'

/** The scanlines of a PNG written by grayAlphaPng: its one IDAT chunk, inflated. */
function grayAlphaScanlines(png: Buffer): Buffer {
  const idat = png.indexOf('IDAT', 33, 'latin1')
  return inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))
}

describe('pngSize', () => {
  it("reads a PNG's width and height from its header", () => {
    expect(pngSize(grayAlphaPng(3, 2, new Uint8Array(3 * 2 * 4))!)).toEqual({ width: 3, height: 2 })
  })

  it('says undefined for bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a and then some bytes to read'))).toBeUndefined()
    expect(pngSize(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined()
  })
})

describe('grayAlphaPng', () => {
  it('writes grey pixels as grey and straight alpha, row by row', () => {
    // Two pixels, premultiplied as resvg gives them: opaque black, and grey 200 at half opacity.
    const png = grayAlphaPng(2, 1, new Uint8Array([0, 0, 0, 255, 100, 100, 100, 128]))!
    expect(pngSize(png)).toEqual({ width: 2, height: 1 })
    expect(png[25]).toBe(4) // colour type: grey with alpha
    expect([...grayAlphaScanlines(png)]).toEqual([0, 0, 255, 199, 128])
  })

  it('declines an image with colour in it', () => {
    expect(grayAlphaPng(1, 1, new Uint8Array([255, 0, 0, 255]))).toBeUndefined()
  })
})
