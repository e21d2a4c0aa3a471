import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-MUJTVHVG.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SCIK4M3L.js";
import "./chunk-JXVA2G3U.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
