import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-OPNV3RF3.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-7RIWKWNI.js";
import "./chunk-LE5G3FTI.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
