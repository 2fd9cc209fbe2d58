import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../cli/command.js';
import { type ApiStore, type AppOptions, createApp, isLoopback } from './app.js';

export interface ServeOptions extends Omit<AppOptions, 'token'> {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Required for writes when given; required to listen beyond loopback (usually $DYAD_TOKEN). */
  token?: string;
}


export interface RunningServer {
  /** Where the server answers, e.g. http://127.0.0.1:8080/ */
  url: string;
  /** Stops accepting requests and ends open connections; the store stays open. */
  close(): Promise<void>;
}

const LISTEN_PROBLEMS: Record<string, string> = {
  EADDRINUSE: 'port already in use; choose another with --port',
  EACCES: 'permission denied to listen here; choose a port above 1023',
  EADDRNOTAVAIL: 'no such address on this machine',
  ENOTFOUND: 'unknown host name',
};

/** Starts the HTTP API over `store`; resolves once it listens. */
export function startServer(store: ApiStore, { host, port, ...appOptions }: ServeOptions): Promise<RunningServer> {
  if (!isLoopback(host) && !appOptions.token) {
    return Promise.reject(new UserError(`${host}: listening beyond this machine needs a token for writes; set DYAD_TOKEN`));
  }
  const app = createApp(store, appOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', onError);
      // The opening view's answer and the counts are the same for every reader and kept a while:
      // made now, the first reader does not wait for them.
      void (async () => {
        await app.request('/api/world');
        await app.request('/api/stats');
      })();
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${shownHost}:${info.port}/`, close: () => closeServer(server) });
    }) as Server;
    const onError = (err: NodeJS.ErrnoException) => {
      const problem = (err.code && LISTEN_PROBLEMS[err.code]) ?? err.message;
      reject(new UserError(`${host}:${port}: ${problem}`));
    };
    server.once('error', onError);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Idle keep-alive connections would hold close() open until they time out.
    server.closeAllConnections();
  });
}

/**
 * Serves `store` until the process gets SIGINT or SIGTERM, then stops the server and closes the
 * store. Prints the URL (on stdout, so scripts can read it) once it listens.
 */
export async function serveUntilStopped(store: ApiStore & { close(): Promise<void> }, options: ServeOptions): Promise<void> {
  const running = await startServer(store, options);
  process.stdout.write(`dyad: serving at ${running.url} (Ctrl-C to stop)\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (sig: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(sig);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write(`dyad: ${signal}, stopping\n`);
  await running.close();
  await store.close();
}
