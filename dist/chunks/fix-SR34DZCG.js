import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-5JBJM7MF.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-GE445IUA.js";
import "./chunk-OQL5U2WG.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-SKVLQLF6.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
