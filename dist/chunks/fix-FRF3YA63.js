import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZD3I4JBP.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-ULM7VDYF.js";
import "./chunk-7KGQKWJU.js";
import "./chunk-UOXHUP3E.js";
import "./chunk-7PHAIANN.js";
import "./chunk-MAFO4F64.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
