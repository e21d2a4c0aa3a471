import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
} from "./chunk-VNUXJPZS.js";
import "./chunk-4S4QQ5YS.js";
import "./chunk-ZWMYZKY7.js";
import "./chunk-ZR6ZB6M4.js";
import "./chunk-UT5ZD4FN.js";
export {
  formatVerifyJson,
  formatVerifyMarkdown,
  formatVerifyText
};
