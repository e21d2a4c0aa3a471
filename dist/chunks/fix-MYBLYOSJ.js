import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-73IDHSKD.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-G6VWALNO.js";
import "./chunk-WPCMYJV6.js";
import "./chunk-KXILLDM5.js";
import "./chunk-UB24MFBI.js";
import "./chunk-NPQUUB5J.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
