import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-FR4WABPW.js";
import "./chunk-C72ULKQ2.js";
import "./chunk-5XXBERCU.js";
import "./chunk-Y63P2KUV.js";
import "./chunk-OYNFTVYJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
