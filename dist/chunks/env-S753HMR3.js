import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-JOEIHPQ3.js";
import "./chunk-MYNFWBCG.js";
import "./chunk-N3VPNDYD.js";
import "./chunk-6ZZF4G5B.js";
import "./chunk-3D23LETI.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
