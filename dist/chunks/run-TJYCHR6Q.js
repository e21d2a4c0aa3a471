import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-3C2KI63P.js";
import "./chunk-RZS5U6VP.js";
import "./chunk-APRBRUM4.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
