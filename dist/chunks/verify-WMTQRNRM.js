import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  VerifyError,
  changePercent,
  verified,
  verify
} from "./chunk-7V5U6E2E.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  VerifyError,
  changePercent,
  verified,
  verify
};
