// Trunk's post-build step. Trunk starts all hooks of a stage at once, so the steps that rewrite
// index.html run here one after the other instead.
await import("./split-wasm.mjs");
await import("./boot.mjs");
await import("./offline.mjs");
await import("./hosts.mjs");
