import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VerifyError,
  changePercent,
  verified,
  verify
} from "./chunk-ZWMYZKY7.js";
import "./chunk-ZR6ZB6M4.js";
import "./chunk-UT5ZD4FN.js";
export {
  VerifyError,
  changePercent,
  verified,
  verify
};
