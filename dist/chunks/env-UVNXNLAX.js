import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-UD2V2U2P.js";
import "./chunk-NI4EAR23.js";
import "./chunk-3O4ICTCP.js";
import "./chunk-74IR4WNA.js";
import "./chunk-N7U6Q7HY.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
