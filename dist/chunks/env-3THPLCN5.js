import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-34K3XOMU.js";
import "./chunk-I6SXYPCQ.js";
import "./chunk-RIOR4BKY.js";
import "./chunk-TMQCG3AG.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
