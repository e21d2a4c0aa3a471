import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-7ZMM64VI.js";
import "./chunk-Q46Y4NBI.js";
import "./chunk-XCZ6NZND.js";
import "./chunk-HUALVNES.js";
import "./chunk-EUDKUEN7.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
