import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-FQLGAIAO.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-TGZZJTPX.js";
import "./chunk-APRBRUM4.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
