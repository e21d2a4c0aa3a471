import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-TDUY5EVZ.js";
import "./chunk-UB24MFBI.js";
import "./chunk-NPQUUB5J.js";
import "./chunk-T2I26QNJ.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
