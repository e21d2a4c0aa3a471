import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-6AA2LZC3.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-UFUQNMYO.js";
import "./chunk-6WY64PCU.js";
import "./chunk-TFQ62LXK.js";
import "./chunk-MJGDTPAQ.js";
import "./chunk-CQ42KPYP.js";
import "./chunk-7ATFTKWQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
