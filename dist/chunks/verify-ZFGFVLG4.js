import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VerifyError,
  changePercent,
  verified,
  verify
} from "./chunk-T2I26QNJ.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  VerifyError,
  changePercent,
  verified,
  verify
};
