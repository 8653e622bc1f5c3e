/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Spring Boot service (complaint-web) serves what this builds from its classpath, so the bundle is
// written straight into Maven's target/classes/static. In development, `npm run dev` proxies the API and
// the login endpoints to a running complaint-web on 8090, so the browser still sees one origin.
export default defineConfig({
  plugins: [react()],
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
