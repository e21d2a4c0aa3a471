import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VerifyError,
  changePercent,
  verified,
  verify
} from "./chunk-MNAC37L7.js";
import "./chunk-C7G5PFPM.js";
import "./chunk-UT5ZD4FN.js";
export {
  VerifyError,
  changePercent,
  verified,
  verify
};
