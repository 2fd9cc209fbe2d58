import { type Command, UserError, int, str } from '../command.js';

export const command: Command = {
  name: 'bench',
  summary: 'Measure the pipeline on a corpus: articles/s, tokens/s, per-stage time, peak RSS',
  help: `Usage: dyad bench --corpus FILE.jsonl [--limit N] [--json]

Reads the corpus, runs every pipeline stage on each article and reports throughput,
time per stage and the process's peak resident memory. Nothing is stored.

Options:
  --corpus FILE   JSON Lines corpus (any input dyad reads works)
  --limit N       stop after N articles
  --json          print {articles, seconds, articlesPerSecond, tokensPerSecond, peakRssMB, stages}
`,
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const corpus = str(values.corpus);
    if (!corpus) throw new UserError('--corpus FILE is required');
    const limit = int(values.limit, 'limit') ?? Infinity;
    const { readInputs } = await import('../../ingest/index.js');
    const { createPipeline } = await import('../../pipeline.js');
    const { Progress } = await import('../progress.js');

    const pipeline = createPipeline();
    const progress = new Progress('bench', Number.isFinite(limit) ? limit : undefined);
    let articles = 0;
    let tokens = 0;
    let failed = 0;
    let readMs = 0;
    const started = performance.now();
    let mark = started;
    for await (const item of readInputs([corpus])) {
      readMs += performance.now() - mark;
      if ('error' in item) {
        failed++;
      } else {
        tokens += pipeline.process(item.article).tokens.length;
        articles++;
        progress.tick();
      }
      if (articles >= limit) break;
      mark = performance.now();
    }
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    if (articles === 0) throw new UserError(`${corpus}: no articles could be read`);
    const stages: Record<string, number> = { read: round(readMs) };
    for (const [name, ms] of Object.entries(pipeline.timings)) stages[name] = round(ms);
    const report = {
      articles,
      failed,
      seconds: round(seconds),
      articlesPerSecond: round(articles / seconds),
      tokensPerSecond: Math.round(tokens / seconds),
      peakRssMB: round(process.resourceUsage().maxRSS / 1024),
      stages,
    };
    if (values.json) {
      process.stdout.write(JSON.stringify(report) + '\n');
    } else {
      process.stdout.write(
        `${articles} articles in ${report.seconds} s: ${report.articlesPerSecond} articles/s, ` +
          `${report.tokensPerSecond} tokens/s, peak RSS ${report.peakRssMB} MB\n` +
          Object.entries(stages)
            .map(([name, ms]) => `  ${name.padEnd(12)} ${String(ms).padStart(10)} ms  ${((ms / articles) * 1000).toFixed(0)} µs/article`)
            .join('\n') +
          '\n',
      );
    }
    return 0;
  },
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
