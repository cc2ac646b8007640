import { describe, expect, it } from 'vitest'
import { checkServers } from '../../../docs/.vitepress/data/check-servers'
import { servers } from '../../../docs/.vitepress/data/servers'

describe('checkServers', () => {
  it('passes the real server data, as the build does before rendering any page', () => {
    expect(checkServers()).toEqual(servers)
  })
})
