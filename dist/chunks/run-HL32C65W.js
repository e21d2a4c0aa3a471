import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-H3XZ5ACE.js";
import "./chunk-4JZQXI6U.js";
import "./chunk-APRBRUM4.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
