import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-QLRPG276.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-YLAASPYB.js";
import "./chunk-D6ZDBEEW.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
