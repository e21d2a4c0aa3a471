import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-75I2FFKL.js";
import "./chunk-RIOR4BKY.js";
import "./chunk-EMEEJ7BT.js";
import "./chunk-TMQCG3AG.js";
import "./chunk-7V5U6E2E.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
