import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { pngSize } from '../../../../scripts/lib/png-size'

describe('pngSize', () => {
  it("reads a PNG's width and height from its header", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2"><rect width="3" height="2"/></svg>'
    expect(pngSize(new Resvg(svg).render().asPng())).toEqual({ width: 3, height: 2 })
  })

  it('says undefined for bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('GIF89a and then some bytes to read'))).toBeUndefined()
    expect(pngSize(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined()
  })
})
