import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  reproduceLookalikes,
  verifyRepository
} from "./chunk-JWMK3GYR.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SMENXNA6.js";
import "./chunk-G3VOV2RF.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  reproduceLookalikes,
  verifyRepository
};
