import { gzipSync } from 'node:zlib';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from '../vite.config';

// `npx vite build -c bench/bundle-report.config.ts`: the same build, into a throw-away folder, printing each
// chunk's gzip size, what it imports statically, and the modules that weigh most in it (rendered bytes).
// It tells which code the first page pays for; `npm run bench` measures what the browser actually loads.
function report(): Plugin {
  return {
    name: 'bundle-report',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      for (const chunk of chunks.sort((a, b) => b.code.length - a.code.length)) {
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        console.log(`\n${chunk.fileName}  ${(chunk.code.length / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip`);
        console.log(`  imports: ${chunk.imports.join(', ') || '—'}`);
        const heavy = Object.entries(chunk.modules)
          .map(([id, module]) => [id.replace(/^.*node_modules\//, ''), module.renderedLength] as const)
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(process.env.TOP ?? 15));
        for (const [id, bytes] of heavy) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${id}`);
      }
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({ plugins: [report()], build: { outDir: process.env.OUT ?? '/tmp/bundle-report', emptyOutDir: true, minify: !process.env.NOMIN } }),
);
