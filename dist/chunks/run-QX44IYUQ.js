import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-HEQYUWYG.js";
import "./chunk-VQOFCW45.js";
import "./chunk-JPKO6Y32.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
