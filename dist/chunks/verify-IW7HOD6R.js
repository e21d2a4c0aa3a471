import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-U3XVJZAB.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-PMJPWPOU.js";
import "./chunk-PPI3OZ2W.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
