import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-4YEA5E4H.js";
import "./chunk-ZACU7ULD.js";
import "./chunk-NAAT2AAN.js";
import "./chunk-YLZRWRFT.js";
import "./chunk-HG4T5FEA.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
