import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-6BZ4JLTO.js";
import "./chunk-WWVOY5HR.js";
import "./chunk-NOJZCVK5.js";
import "./chunk-LVCWZT6W.js";
import "./chunk-BRSHWBEZ.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
