import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-OBYKSR4W.js";
import "./chunk-MQTH6PXK.js";
import "./chunk-C476ZC2A.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
