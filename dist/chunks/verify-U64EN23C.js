import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-76MCDOIE.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-ECGGCDRL.js";
import "./chunk-SROMTZ3L.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
