import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-LT665236.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-FBRCUTP5.js";
import "./chunk-7J2LOBFM.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
