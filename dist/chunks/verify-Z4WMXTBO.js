import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-WJ5EOHDF.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-UISQZ65B.js";
import "./chunk-F7ZWHUOX.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
