import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-6RCJFZZB.js";
import "./chunk-Z4JVJUWR.js";
import "./chunk-JJKSK2RD.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
