import { type Command, UserError, int, str } from '../command.js';

export const command: Command = {
  name: 'bench',
  summary: 'Measure the pipeline on a corpus: articles per second and per CPU-second, per-stage time, peak RSS',
  help: `Usage: dyad bench --corpus FILE.jsonl [--limit N] [--json]

Reads the corpus, runs every pipeline stage on each article and reports throughput,
wall and CPU time per stage and the process's peak resident memory. Nothing is stored.
CPU time (user + system, all of the process's threads) is the figure to compare on a
shared machine: wall time grows with other people's load, CPU time hardly does.

Options:
  --corpus FILE   JSON Lines corpus (any input dyad reads works)
  --limit N       stop after N articles
  --json          print {articles, seconds, cpuSeconds, articlesPerSecond, articlesPerCpuSecond,
                  tokensPerSecond, tokensPerCpuSecond, peakRssMB, stages: {name: ms}, cpuStages: {name: ms}}
`,
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const corpus = str(values.corpus);
    if (!corpus) throw new UserError('--corpus FILE is required');
    const limit = int(values.limit, 'limit', 1) ?? Infinity;
    const { readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const { Progress } = await import('../progress.js');

    const pipeline = createPipeline();
    const progress = new Progress('bench', Number.isFinite(limit) ? limit : undefined);
    let articles = 0;
    let tokens = 0;
    let failed = 0;
    // Said when no article could be read: a missing or unreadable corpus, in the reader's words.
    let firstProblem: string | undefined;
    let readMs = 0;
    let readCpuMs = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let mark = started;
    let cpuMark = cpuStarted;
    for await (const item of readInputs([corpus])) {
      readMs += performance.now() - mark;
      readCpuMs += cpuMs(process.cpuUsage(cpuMark));
      if ('error' in item) {
        failed++;
        firstProblem ??= `${item.error.where}: ${item.error.problem}`;
      } else {
        tokens += pipeline.process(item.article).tokens.length;
        articles++;
        progress.tick();
      }
      if (articles >= limit) break;
      mark = performance.now();
      cpuMark = process.cpuUsage();
    }
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    const cpuSeconds = cpuMs(process.cpuUsage(cpuStarted)) / 1000;
    if (articles === 0) throw new UserError(firstProblem ?? `${corpus}: no articles could be read`);
    const stages: Record<string, number> = { read: round(readMs) };
    for (const [name, ms] of Object.entries(pipeline.timings)) stages[name] = round(ms);
    const cpuStages: Record<string, number> = { read: round(readCpuMs) };
    for (const [name, ms] of Object.entries(pipeline.cpuTimings)) cpuStages[name] = round(ms);
    const report = {
      articles,
      failed,
      seconds: round(seconds),
      cpuSeconds: round(cpuSeconds),
      articlesPerSecond: round(articles / seconds),
      articlesPerCpuSecond: round(articles / cpuSeconds),
      tokensPerSecond: Math.round(tokens / seconds),
      tokensPerCpuSecond: Math.round(tokens / cpuSeconds),
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
      stages,
      cpuStages,
    };
    if (values.json) {
      process.stdout.write(JSON.stringify(report) + '\n');
    } else {
      const perArticle = (ms: number) => `${((ms / articles) * 1000).toFixed(0).padStart(7)} µs/article`;
      process.stdout.write(
        `${articles} articles in ${report.seconds} s wall, ${report.cpuSeconds} s CPU: ` +
          `${report.articlesPerSecond} articles/s, ${report.articlesPerCpuSecond} articles/CPU-s, ` +
          `${report.tokensPerCpuSecond} tokens/CPU-s, peak RSS ${report.peakRssMB} MB\n` +
          `  ${'stage'.padEnd(12)} ${'wall'.padStart(10)}    ${'per article'.padStart(18)}  ${'CPU'.padStart(10)}    ${'per article'.padStart(18)}\n` +
          Object.entries(stages)
            .map(([name, ms]) => {
              const cpu = cpuStages[name] ?? 0;
              return `  ${name.padEnd(12)} ${String(ms).padStart(10)} ms ${perArticle(ms)}  ${String(cpu).padStart(10)} ms ${perArticle(cpu)}`;
            })
            .join('\n') +
          '\n',
      );
    }
    return 0;
  },
};

/** Milliseconds of user + system CPU time in a process.cpuUsage() reading or difference. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
