import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  reproduceLookalikes,
  verifyRepository
} from "./chunk-RIAAAR24.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-IJRYXLKJ.js";
import "./chunk-DVEK7VQ3.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  reproduceLookalikes,
  verifyRepository
};
