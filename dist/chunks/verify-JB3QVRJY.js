import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-6ADKYH5S.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-JHS2YVSC.js";
import "./chunk-DPFUCHTX.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
