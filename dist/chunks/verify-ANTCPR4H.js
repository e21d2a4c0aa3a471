import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-3ZQXEGX3.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-UOS4SI7Z.js";
import "./chunk-GEDVBR3Z.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
