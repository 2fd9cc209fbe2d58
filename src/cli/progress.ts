/**
 * A one-line progress report for long jobs: items done, rate, and time left when the total is
 * known. Drawn only when stderr is a terminal, so piped or CI output stays quiet.
 */
export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private readonly live: boolean;

  constructor(
    private readonly label: string,
    private total?: number,
    stream: NodeJS.WriteStream = process.stderr,
    private readonly unit = 'articles',
  ) {
    this.stream = stream;
    this.live = Boolean(stream.isTTY) && !process.env.CI;
  }

  private readonly stream: NodeJS.WriteStream;

  setTotal(total: number): void {
    this.total = total;
  }

  tick(n = 1): void {
    this.done += n;
    if (!this.live) return;
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.stream.write(`\r${this.line()}\x1b[K`);
  }

  /** Clears the live line (the caller prints its own summary). */
  finish(): void {
    if (this.live) this.stream.write('\r\x1b[K');
  }

  line(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    let text = `${this.label}: ${this.done}${this.total ? `/${this.total}` : ''} ${this.unit}, ${rate.toFixed(0)}/s`;
    if (this.total && rate > 0 && this.done < this.total) {
      text += `, ${formatDuration((this.total - this.done) / rate)} left`;
    }
    return text;
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
