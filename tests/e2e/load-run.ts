/**
 * A bounded HTTP load run from loopback: a fixed number of GET requests spread over a list of URLs, a fixed number in
 * flight, over keep-alive connections. It counts failures and measures; it never judges speed.
 */
import { Agent, get } from 'node:http'
import { performance } from 'node:perf_hooks'

export interface LoadRunOptions {
  urls: readonly string[]
  requests: number
  concurrency: number
  /** Sent with every request, e.g. `accept-encoding` as a browser sends it. */
  headers?: Record<string, string>
}

export interface LoadRunResult {
  requests: number
  /** One line per request that failed or was not answered with 200, e.g. `http://…/x: HTTP 404`. */
  failures: string[]
  seconds: number
  requestsPerSecond: number
  p50Milliseconds: number
  p99Milliseconds: number
}

/** Sends `requests` GET requests, `concurrency` at a time, cycling through `urls`. */
export async function runLoad({ urls, requests, concurrency, headers = {} }: LoadRunOptions): Promise<LoadRunResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies = new Float64Array(requests)
  const failures: string[] = []
  let nextRequest = 0

  const client = async () => {
    while (nextRequest < requests) {
      const index = nextRequest++
      const url = urls[index % urls.length] ?? ''
      const started = performance.now()
      try {
        const status = await statusOf(url, agent, headers)
        if (status !== 200) failures.push(`${url}: HTTP ${status}`)
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      }
      latencies[index] = performance.now() - started
    }
  }

  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, client))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()

  latencies.sort()
  return {
    requests,
    failures,
    seconds,
    requestsPerSecond: requests / seconds,
    p50Milliseconds: percentile(latencies, 0.5),
    p99Milliseconds: percentile(latencies, 0.99),
  }
}

function statusOf(url: string, agent: Agent, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolveStatus, reject) => {
    const request = get(url, { agent, headers }, (response) => {
      response.on('error', reject)
      response.on('end', () => resolveStatus(response.statusCode))
      response.resume()
    })
    request.setTimeout(10_000, () => request.destroy(new Error('no answer within 10 s')))
    request.on('error', reject)
  })
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0
}
