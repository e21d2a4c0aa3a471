import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-QHVVJ4ZA.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-54Z6RF5E.js";
import "./chunk-SC5PJBJN.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
