import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ZJDDQW3K.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-IO4HE7FY.js";
import "./chunk-SJ5OIFCL.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
