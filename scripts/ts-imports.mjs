// Lets plain Node import the project's TypeScript without a build: the demo (the GitHub stand-in,
// the registry fixture, the signature pusher, the OCI client) and the generator (each operation's
// declared inputs and outputs). Node 24 compiles them with its own TypeScript transform
// (module.stripTypeScriptTypes, mode 'transform', which also handles parameter properties), and
// their NodeNext-style `./x.js` imports resolve to the `./x.ts` files.
import { existsSync, readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

// Node warns once that stripTypeScriptTypes is experimental; the demo's output stays readable.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  if (String(warning).includes('stripTypeScriptTypes')) return;
  emitWarning.call(process, warning, ...rest);
};

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      specifier.endsWith('.js') &&
      (specifier.startsWith('./') || specifier.startsWith('../')) &&
      context.parentURL?.endsWith('.ts')
    ) {
      const candidate = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
      if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(candidate))) {
        return nextResolve(candidate.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/'))
      return nextLoad(url, context);
    const source = stripTypeScriptTypes(readFileSync(fileURLToPath(url), 'utf8'), {
      mode: 'transform',
      sourceUrl: url,
    });
    return { format: 'module', source, shortCircuit: true };
  },
});
