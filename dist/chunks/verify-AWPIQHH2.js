import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-MDS7IN2U.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-7PHAIANN.js";
import "./chunk-MAFO4F64.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
