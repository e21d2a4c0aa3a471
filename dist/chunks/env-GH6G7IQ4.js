import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-YSWZFSDD.js";
import "./chunk-GVCO6VUI.js";
import "./chunk-RIOR4BKY.js";
import "./chunk-TMQCG3AG.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
