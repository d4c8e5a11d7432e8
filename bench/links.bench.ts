// Times the link checker on 2,000 URLs spread over 40 loopback hosts (127.0.0.1–127.0.0.40, one port) whose
// server answers every request after 100 ms, next to linkinator 7.x and markdown-link-check on the same URLs.
// Prints wall times, the lower bound ⌈50 / 6⌉ × 100 ms, ratios and the peak concurrent requests per host the
// server saw; asserts nothing. The server runs in a worker thread so that it never competes with the checker
// for this thread. Usage: npm run bench:links [-- --skip-others]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { classify } from '../scripts/audit/classify.js';
import { DEFAULT_LIMITS, defaultFetcherOptions } from '../scripts/audit/defaults.js';
import { createFetcher } from '../scripts/audit/fetch-url.js';
import { repoRoot } from '../scripts/lib/paths.js';

const HOSTS = 40;
const URLS = 2000;
const DELAY_MS = 100;
const PAGE = '<title>ok</title>';

/** What the server saw since the last reset. */
interface ServerCounts {
  peakPerHost: number;
  requests: number;
}

/** The worker: one server per loopback address, all on one port; counts open requests per host. */
async function serve(): Promise<void> {
  const open = new Map<string, number>();
  let peak = 0;
  let requests = 0;
  let port = 0;
  for (let i = 1; i <= HOSTS; i++) {
    const address = `127.0.0.${i}`;
    const server = createServer((req, res) => {
      req.resume();
      requests++;
      open.set(address, (open.get(address) ?? 0) + 1);
      peak = Math.max(peak, open.get(address)!);
      setTimeout(() => {
        open.set(address, open.get(address)! - 1);
        // An explicit length keeps HEAD answers on a kept-alive connection (Node closes them otherwise).
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': PAGE.length }).end(req.method === 'HEAD' ? undefined : PAGE);
      }, DELAY_MS);
    });
    await new Promise<void>((resolve) => server.listen(port, address, resolve));
    const bound = server.address();
    if (port === 0 && typeof bound === 'object' && bound) port = bound.port;
  }
  parentPort!.on('message', () => {
    parentPort!.postMessage({ peakPerHost: peak, requests } satisfies ServerCounts);
    peak = 0;
    requests = 0;
  });
  parentPort!.postMessage(port);
}

/** Runs a command without blocking (its output is not needed) and times it. */
function timeCommand(command: string, args: string[], cwd: string): Promise<{ ms: number; code: number | null }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', cwd });
    child.on('close', (code) => resolve({ ms: performance.now() - start, code }));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'skip-others': { type: 'boolean', default: false } } });
  const perHost = DEFAULT_LIMITS.perHost;
  const bound = Math.ceil(URLS / HOSTS / perHost) * DELAY_MS;
  const benchDir = join(repoRoot, 'bench');
  const out = join(benchDir, '.results', 'links');
  const worker = new Worker(new URL(import.meta.url));
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const counts = () => new Promise<ServerCounts>((resolve) => (worker.once('message', resolve), worker.postMessage('counts')));
  const urls = Array.from({ length: URLS }, (_, i) => `http://127.0.0.${(i % HOSTS) + 1}:${port}/page/${i}`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const report = (name: string, ms: number, seen: ServerCounts, note: string) =>
    process.stdout.write(`${name.padEnd(32)}wall ${seconds(ms).padStart(8)}  ${(ms / bound).toFixed(2).padStart(6)}× bound  peak per host ${String(seen.peakPerHost).padStart(3)}  requests ${seen.requests}${note}\n`);

  process.stdout.write(`${URLS} URLs on ${HOSTS} loopback hosts, every answer after ${DELAY_MS} ms, per-host limit ${perHost}, global limit ${DEFAULT_LIMITS.global}\n`);
  process.stdout.write(`lower bound ⌈${URLS / HOSTS} / ${perHost}⌉ × ${DELAY_MS} ms = ${seconds(bound)}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
  await counts();

  const check = async (list: string[], headFirst: boolean) => {
    const fetcher = createFetcher(defaultFetcherOptions({ headFirst }));
    const start = performance.now();
    const results = await Promise.all(list.map(async (url) => classify(await fetcher.fetch(url, false))));
    const ms = performance.now() - start;
    await fetcher.close();
    return { ms, ok: results.filter((r) => r.class === 'ok').length, seen: await counts() };
  };
  // One unreported round first, so that neither mode pays for warming up the JIT, the server or the sockets.
  await check(urls.slice(0, 400), true);
  let ours = 0;
  for (const [name, headFirst] of [['this checker (HEAD first)', true], ['this checker (GET, kept alive)', false]] as const) {
    const runs = [await check(urls, headFirst), await check(urls, headFirst), await check(urls, headFirst)].sort((a, b) => a.ms - b.ms);
    const median = runs[1]!;
    if (headFirst) ours = median.ms;
    report(name, median.ms, { peakPerHost: Math.max(...runs.map((r) => r.seen.peakPerHost)), requests: median.seen.requests }, `  ok ${median.ok}/${URLS} (median of 3)`);
  }

  if (!values['skip-others']) {
    if (!existsSync(join(benchDir, 'node_modules'))) {
      process.stdout.write('installing the comparison tools: npm ci --prefix bench\n');
      execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'ignore' });
    }
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'links.html'), `<!doctype html><title>links</title>\n${urls.map((u) => `<a href="${u}">${u}</a>`).join('\n')}\n`);
    writeFileSync(join(out, 'links.md'), `# Links\n\n${urls.map((u) => `- <${u}>`).join('\n')}\n`);
    const others: [string, string, string[]][] = [
      ['linkinator 7', join(benchDir, 'node_modules', 'linkinator', 'build', 'src', 'cli.js'), ['links.html']],
      ['markdown-link-check', join(benchDir, 'node_modules', 'markdown-link-check', 'markdown-link-check'), ['-q', 'links.md']],
    ];
    for (const [name, script, args] of others) {
      const { ms, code } = await timeCommand(process.execPath, [script, ...args], out);
      report(name, ms, await counts(), `  exit ${code}; ${(ms / ours).toFixed(1)}× this checker`);
    }
    process.stdout.write('\nThe other tools run as programs, so their times include starting Node (about 0.1–0.3 s).\n');
  }
  await worker.terminate();
}

if (isMainThread) await main();
else await serve();
