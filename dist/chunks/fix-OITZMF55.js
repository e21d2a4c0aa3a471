import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-WKRCSQQA.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-RYKBDZZ7.js";
import "./chunk-IPVUMUWD.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-ECRJGHKE.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
