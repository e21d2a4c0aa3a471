import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-VAVUO62T.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-OU6PAFWQ.js";
import "./chunk-G5GANH3I.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
