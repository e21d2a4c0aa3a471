import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ODJ3BZBR.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-UASTYGPU.js";
import "./chunk-6QM5G7I7.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-42PO5DMG.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
