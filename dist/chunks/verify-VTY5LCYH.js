import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-L6D5NJE4.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-5HJNSNQR.js";
import "./chunk-HEYLLLRV.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
