import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ELWVTVOI.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-X2NIFK65.js";
import "./chunk-R2Y6HJWT.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
