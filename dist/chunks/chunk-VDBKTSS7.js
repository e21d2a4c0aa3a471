import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);

// src/format/count.ts
function count(n, noun) {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

export {
  count
};
