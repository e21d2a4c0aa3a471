import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-7LBEUDLJ.js";
import "./chunk-UXS26JER.js";
import "./chunk-76NN6CVQ.js";
import "./chunk-6CJJJU3K.js";
import "./chunk-YQUEJ7GR.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
