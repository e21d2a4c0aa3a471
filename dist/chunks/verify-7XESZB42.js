import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-YMENBBWH.js";
import "./chunk-MJGDTPAQ.js";
import "./chunk-CQ42KPYP.js";
import "./chunk-NYMMDGZW.js";
import "./chunk-7ATFTKWQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
