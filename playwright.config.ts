import { defineConfig } from '@playwright/test';

// One time zone for the browser, the test workers and the browser-mode server they start (inherited
// through the environment): otherwise the tests' «today» and the app's differ for hours around midnight.
const TIME_ZONE = 'America/Lima';
process.env.TZ = TIME_ZONE;

// Playwright cannot download its browsers here: Debian's Chromium drives the real renderer.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    locale: 'es-PE',
    timezoneId: TIME_ZONE,
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // A fake webcam, so the camera capture is exercised for real.
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
    },
  },
});
