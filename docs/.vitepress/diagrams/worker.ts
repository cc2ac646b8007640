/**
 * Draws the diagrams whose sources arrive on standard input as a JSON array, and writes the results (an SVG or an
 * error message each) to standard output as a JSON array. Run by drawings.ts for the build, which cannot wait for a
 * promise.
 */
import { text } from 'node:stream/consumers'
import { drawDiagrams } from './render'

const sources = JSON.parse(await text(process.stdin)) as string[]
process.stdout.write(JSON.stringify(await drawDiagrams(sources)))
