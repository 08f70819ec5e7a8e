// Bundles the publish viewer into one minified script (run by pom.xml, execution bundle-publish-viewer):
// node src/main/viewer/build.mjs <outfile>. Through esbuild's API, which finds its binary however npm installed it.
import { build } from 'esbuild';

const outfile = process.argv[2];
if (!outfile) {
  console.error('usage: node src/main/viewer/build.mjs <outfile>');
  process.exit(2);
}
await build({
  entryPoints: ['src/main/viewer/viewer.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  outfile,
});
