import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-PSPY4ANS.js";
import "./chunk-W5B4MY6H.js";
import "./chunk-WYJV5C3W.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
