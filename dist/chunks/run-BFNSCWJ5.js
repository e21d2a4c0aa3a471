import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-XO7T6NTZ.js";
import "./chunk-OYXNSHL7.js";
import "./chunk-BB5R6MYC.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
