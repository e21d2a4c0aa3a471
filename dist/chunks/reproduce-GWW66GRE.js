import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-ODNYBAIG.js";
import "./chunk-4S4QQ5YS.js";
import "./chunk-E7N74QXR.js";
import "./chunk-PTSXCANT.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
