import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-W3ICUCOE.js";
import "./chunk-LVQEIWRQ.js";
import "./chunk-X24CL36V.js";
import "./chunk-HG4T5FEA.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
