// Tests run better-sqlite3 under Node. If the module was last built for Electron (npm start), or a failed
// Electron rebuild deleted it, rebuild it for Node before the tests start.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  console.log(`better-sqlite3 no carga con Node (${error.message.split('\n')[0]}); recompilando para Node…`);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
