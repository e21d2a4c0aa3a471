import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-ZTLOFQGC.js";
import "./chunk-6EK5P2QQ.js";
import "./chunk-3JBTTIOS.js";
import "./chunk-3OEVIU2L.js";
import "./chunk-AJVLCIWT.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
