import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-Y2E3JRVX.js";
import "./chunk-NLB2IMXT.js";
import "./chunk-T2I26QNJ.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
