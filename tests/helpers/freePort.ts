import { createServer } from 'node:net'

// Below Linux's ephemeral range (32768–60999), from which every `listen(0)` of the suite — servers in other test
// projects running at the same time, the rebuild webhook — draws its port: a port picked here and bound a few
// seconds later (npm start binds after migrations) cannot be taken by one of those in between.
const lowest = 20_000
const range = 12_000

/** A TCP port on 127.0.0.1 that is free right now, outside the range the OS hands out to `listen(0)`. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = lowest + Math.floor(Math.random() * range)
    if (await isFree(port)) return port
  }
  throw new Error(`No free port found between ${lowest} and ${lowest + range}.`)
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}
