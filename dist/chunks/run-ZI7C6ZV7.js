import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-UOALM3A5.js";
import "./chunk-YJ6CZ7W6.js";
import "./chunk-C7G5PFPM.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
