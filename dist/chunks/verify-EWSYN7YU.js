import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ZDZO4JNL.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-CBU2QKEE.js";
import "./chunk-4L6RXDMH.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
