import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-4ZLB37U4.js";
import "./chunk-C6WSJ74K.js";
import "./chunk-ICDO52LI.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
