import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-FTBGASE7.js";
import "./chunk-ZUMBPZI6.js";
import "./chunk-MKJZRJ7Q.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
