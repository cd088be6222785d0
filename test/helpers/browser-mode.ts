import { spawn, type ChildProcess } from 'node:child_process';

/** Browser mode started the way a developer starts it (`node dist/web/server.cjs`) on a data folder. */
export interface BrowserMode {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startBrowserMode(dataDir: string): Promise<BrowserMode> {
  const child: ChildProcess = spawn(process.execPath, ['dist/web/server.cjs', '--port', '0'], {
    env: { ...process.env, LACTARED_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /LactaRed web: (\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`el servidor terminó (${String(code)}): ${stderr}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
