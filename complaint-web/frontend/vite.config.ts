/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The Spring Boot service (complaint-web) serves what this builds from its classpath, so the bundle is
// written straight into Maven's target/classes/static. In development, `npm run dev` proxies the API and
// the login endpoints to a running complaint-web on 8090, so the browser still sees one origin.
// Every antd input reads the form's context, imported from @rc-component/form's index file; that file
// assembles the Form object by assignment, which the bundler must keep as a side effect, so the whole form
// library (fields, validation) came along and sat in the chunk every page loads. The package has no side
// effects on import, as its own code shows; said so here, the index keeps only what is used, and the form's
// code goes only to the pages with a form.
const FORM_PACKAGES = /node_modules\/@rc-component\/(form|async-validator)\//;

function formPackagesHaveNoSideEffects(): Plugin {
  return {
    name: 'form-packages-have-no-side-effects',
    transform(code, id) {
      return FORM_PACKAGES.test(id) ? { code, map: null, moduleSideEffects: false } : null;
    },
  };
}

export default defineConfig({
  plugins: [react(), formPackagesHaveNoSideEffects()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8090',
      '/auth': 'http://localhost:8090',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    // a file's first test pays for importing antd into jsdom: past 5 s when the machine is busy (CI, parallel builds)
    testTimeout: 20_000,
  },
});
