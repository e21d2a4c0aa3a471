import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-DOPR7QZ6.js";
import "./chunk-SWO4UXCX.js";
import "./chunk-IZ7LU3VF.js";
import "./chunk-ZACU7ULD.js";
import "./chunk-NAAT2AAN.js";
import "./chunk-YLZRWRFT.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
