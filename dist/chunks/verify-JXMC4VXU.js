import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-7ZHTGUIP.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-75CQ23XS.js";
import "./chunk-7NZMUHCI.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
