import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-X5W6YWKV.js";
import "./chunk-PCIU2H4F.js";
import "./chunk-32KMYDQZ.js";
import "./chunk-YLAASPYB.js";
import "./chunk-D6ZDBEEW.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
