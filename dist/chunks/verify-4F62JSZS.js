import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-QOVUOEUZ.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-HXXIW63V.js";
import "./chunk-3GCCWERR.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
