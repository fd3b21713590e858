// bench/build: builds our site from a generated snapshot of N explainers and, in the same run, plain Astro
// glob() over the same N as Markdown. Prints wall time, pages/s, peak memory, where the time goes, the time per HTML
// route and peak memory against glob()'s (the goals), and the lower bound that Astro's fixed cost and writing our
// output set on this machine.
// Usage: npm run bench:build [-- 2000 10000]
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeFloor } from './writeFloor'
import { generateCorpus } from './generateCorpus'

type Result = { seconds: number; peakMb: number; pages: number; phases: Record<string, number> }

const root = path.resolve(import.meta.dirname, '../..')
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs')

/** Runs one Astro build under /usr/bin/time, timestamping its log lines to find the phases. */
function build(projectRoot: string, env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const marks: { at: number; line: string }[] = []
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, astroBin, 'build', '--root', projectRoot], { env: { ...process.env, ...env }, cwd: root })
    let tail = ''
    let all = ''
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) marks.push({ at: (performance.now() - started) / 1000, line })
      tail = (tail + chunk.toString()).slice(-4000)
      all += chunk.toString()
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (${code}):\n${tail}`))
      const time = /TIME ([\d.]+) (\d+)/.exec(all)
      if (!time) return reject(new Error(`no timing from /usr/bin/time:\n${tail}`))
      const at = (pattern: RegExp) => marks.find((mark) => pattern.test(mark.line))?.at ?? Number.NaN
      // Our site reads the snapshot in its pages, without Astro's content layer: its start ends where bundling begins.
      const synced = Number.isNaN(at(/Synced content/)) ? at(/Building static entrypoints/) : at(/Synced content/)
      const renderStart = at(/generating static routes/)
      const renderEnd = at(/page\(s\) built/)
      const pages = Number(/(\d+) page\(s\) built/.exec(marks.map((mark) => mark.line).join('\n'))?.[1] ?? 0)
      resolve({
        seconds: Number(time[1]),
        peakMb: Math.round(Number(time[2]) / 1024),
        pages,
        phases: { 'start + content sync': synced, bundling: renderStart - synced, rendering: renderEnd - renderStart },
      })
    })
  })
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean)
for (const count of sizes.length > 0 ? sizes : [2000, 10000]) {
  const dir = await mkdtemp(path.join(tmpdir(), `ttcs-bench-build-${count}-`))
  const { snapshotDir, markdownDir } = await generateCorpus(dir, count)
  const ours = await build(path.join(root, 'site'), { SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: path.join(dir, 'ours'), BUILD_CACHE_DIR: path.join(dir, 'image-cache') })
  const oursWarm = await build(path.join(root, 'site'), { SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: path.join(dir, 'ours'), BUILD_CACHE_DIR: path.join(dir, 'image-cache') })
  const baseline = await build(path.join(root, 'bench/build/baseline'), { MARKDOWN_DIR: markdownDir, SITE_OUT_DIR: path.join(dir, 'baseline') })
  const htmlCount = async (out: string) => (await readdir(path.join(dir, out), { recursive: true })).filter((file) => String(file).endsWith('.html')).length
  console.log(`\n== ${count} explainers`)
  for (const [name, result, out] of [['ours (cold image cache)', ours, 'ours'], ['ours (warm image cache)', oursWarm, 'ours'], ['Astro glob() Markdown', baseline, 'baseline']] as const) {
    const phases = Object.entries(result.phases).map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`).join(', ')
    console.log(`${name.padEnd(26)} ${result.seconds.toFixed(1).padStart(6)} s  ${String(result.pages).padStart(6)} routes (${await htmlCount(out)} HTML)  ${(result.pages / result.seconds).toFixed(0).padStart(5)} routes/s  peak ${result.peakMb} MB  [${phases}]`)
  }
  // A build cannot be faster than writing its output: copying it on the same disk shows what that costs here.
  const floor = { ours: await writeFloor(path.join(dir, 'ours')), baseline: await writeFloor(path.join(dir, 'baseline')) }
  for (const [name, { files, seconds }] of Object.entries(floor)) console.log(`output of ${name}: ${files} files; copying it takes ${seconds.toFixed(1)} s`)
  // What any Astro build pays before its first page (the baseline's start, content sync and bundling), plus writing our output.
  const fixed = baseline.phases['start + content sync']! + baseline.phases.bundling!
  console.log(`lower bound for ours: the baseline's start, content sync and bundling (${fixed.toFixed(1)} s) + copying our output (${floor.ours.seconds.toFixed(1)} s) = ${(fixed + floor.ours.seconds).toFixed(1)} s, ratio ${((fixed + floor.ours.seconds) / baseline.seconds).toFixed(2)} before rendering anything`)
  // The goals (issue 21): per HTML route never slower than Astro's own Markdown path, and peak memory within 1.1× of
  // what glob() peaks at, both in this run. The whole-site ratio is for information (ours writes about twice the routes).
  const html = { ours: await htmlCount('ours'), baseline: await htmlCount('baseline') }
  const perRoute = { ours: (oursWarm.seconds / html.ours) * 1000, baseline: (baseline.seconds / html.baseline) * 1000 }
  const perRouteRatio = perRoute.ours / perRoute.baseline
  const memoryRatio = Math.max(ours.peakMb, oursWarm.peakMb) / baseline.peakMb
  console.log(`per HTML route: ours (warm image cache) ${perRoute.ours.toFixed(2)} ms, glob() ${perRoute.baseline.toFixed(2)} ms, ratio ${perRouteRatio.toFixed(2)} (goal ≤ 1.0): ${perRouteRatio <= 1 ? 'met' : 'NOT met'}`)
  console.log(`peak memory: ours ${Math.max(ours.peakMb, oursWarm.peakMb)} MB, glob() ${baseline.peakMb} MB, ratio ${memoryRatio.toFixed(2)} (goal ≤ 1.1): ${memoryRatio <= 1.1 ? 'met' : 'NOT met'}`)
  console.log(`whole site, for information: ours/baseline cold ${(ours.seconds / baseline.seconds).toFixed(2)}, warm ${(oursWarm.seconds / baseline.seconds).toFixed(2)}`)
  await rm(dir, { recursive: true, force: true })
}
