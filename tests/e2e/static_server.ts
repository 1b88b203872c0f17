// A copy of a build served by scripts/serve.mjs on its own port, for the tests that change what
// is served (a new build, a damaged file) or take the server away (offline).
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export class StaticServer {
  readonly dir: string;
  private process?: ChildProcess;

  /** A copy of `build` (`dist` or `target/dist-support`), to be served under `base`. */
  constructor(build: string, readonly port: number, readonly base = "/") {
    this.dir = mkdtempSync(join(tmpdir(), "psd-served-"));
    cpSync(join(root, build), this.dir, { recursive: true });
  }

  get url() {
    return `http://127.0.0.1:${this.port}${this.base}`;
  }

  async start() {
    this.process = spawn("node", [join(root, "scripts/serve.mjs"), this.dir, String(this.port), "--base", this.base], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      this.process?.stdout?.once("data", () => resolve());
      this.process?.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise((resolve) => this.process?.once("exit", resolve));
    this.process.kill();
    await exited;
  }

  read(file: string) {
    return readFileSync(join(this.dir, file), "utf8");
  }

  write(file: string, text: string | Buffer) {
    writeFileSync(join(this.dir, file), text);
  }

  readBytes(file: string) {
    return readFileSync(join(this.dir, file));
  }

  async remove() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
