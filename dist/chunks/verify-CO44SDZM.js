import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VerifyError,
  changePercent,
  verified,
  verify
} from "./chunk-I7KZESIP.js";
import "./chunk-QHRM34D2.js";
import "./chunk-UT5ZD4FN.js";
export {
  VerifyError,
  changePercent,
  verified,
  verify
};
