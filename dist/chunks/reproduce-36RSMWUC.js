import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-RXBGSCBV.js";
import "./chunk-NLB2IMXT.js";
import "./chunk-76IBXBMO.js";
import "./chunk-AGQ4WPX7.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
