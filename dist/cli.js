#!/usr/bin/env node
import { createRequire as __xcoverCreateRequire } from "node:module";
import { dirname as __xcoverDirname } from "node:path";
import { fileURLToPath as __xcoverFileURLToPath } from "node:url";
const require = __xcoverCreateRequire(import.meta.url);
const __xcoverFilenameValue = __xcoverFileURLToPath(import.meta.url);
const __xcoverDirnameValue = __xcoverDirname(__xcoverFilenameValue);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape2 = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape2[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION2 = "4.7.10";
    exports.VERSION = VERSION2;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template2;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template2(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common2) {
          var obj = param || common2;
          if (param && common2 && param !== common2) {
            obj = Utils.extend({}, common2, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main2(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main2 = executeDecorators(templateSpec.main, main2, container, options.depths || [], data, blockParams);
        return main2(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str2, hash) {
          throw new Error(str2);
        },
        parse: function parse3(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table3 = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table3[state] && table3[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table3[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table3[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str2, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str2, hash);
            } else {
              throw new Error(str2);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser2() {
        this.yy = {};
      }
      Parser2.prototype = parser;
      parser.Parser = Parser2;
      return new Parser2();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse3;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse3(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled2 = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute3 = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute3 ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join11(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join11;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative4(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative4;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str2) {
      return JSON.parse(str2.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join11(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names2 = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names2.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names2 = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names2.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str2, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str2 = aStr.slice(index, end);
          segment = cachedSegments[str2];
          if (segment) {
            index += str2.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str2] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str2 = "";
      this.walk(function(chunk) {
        str2 += chunk;
      });
      return str2;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str2) {
        str2 = str2 + "";
        if (!NEEDS_ESCAPING.test(str2)) {
          return '"' + str2 + '"';
        }
        return safeJsonLiteral(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str2) {
        return this.source.quotedString(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names2, c) => {
          if (c instanceof Name)
            names2[c.str] = (names2[c.str] || 0) + 1;
          return names2;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names2, constants7) {
        if (!names2[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names2, constants7);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names2, constants7) {
        if (this.lhs instanceof code_1.Name && !names2[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names2, constants7);
        return this;
      }
      get names() {
        const names2 = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names2, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names2, constants7) {
        this.code = optimizeExpr(this.code, names2, constants7);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names2, constants7) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names2, constants7))
            continue;
          subtractNames(names2, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names2, n) => addNames(names2, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names2, constants7) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants7);
        if (!(super.optimizeNames(names2, constants7) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names2, constants7);
        return this;
      }
      get names() {
        const names2 = super.names;
        addExprNames(names2, this.condition);
        if (this.else)
          addNames(names2, this.else.names);
        return names2;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names2, constants7) {
        if (!super.optimizeNames(names2, constants7))
          return;
        this.iteration = optimizeExpr(this.iteration, names2, constants7);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names2 = addExprNames(super.names, this.from);
        return addExprNames(names2, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names2, constants7) {
        if (!super.optimizeNames(names2, constants7))
          return;
        this.iterable = optimizeExpr(this.iterable, names2, constants7);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names2, constants7) {
        var _a, _b;
        super.optimizeNames(names2, constants7);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names2, constants7);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names2, constants7);
        return this;
      }
      get names() {
        const names2 = super.names;
        if (this.catch)
          addNames(names2, this.catch.names);
        if (this.finally)
          addNames(names2, this.finally.names);
        return names2;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) + (from[n] || 0);
      return names2;
    }
    function addExprNames(names2, from) {
      return from instanceof code_1._CodeOrName ? addNames(names2, from.names) : names2;
    }
    function optimizeExpr(expr, names2, constants7) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants7[n.str];
        if (c === void 0 || names2[n.str] !== 1)
          return n;
        delete names2[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names2[c.str] === 1 && constants7[c.str] !== void 0);
      }
    }
    function subtractNames(names2, from) {
      for (const n in from)
        names2[n] = (names2[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util2 = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath: schemaPath2 }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath2}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names2 = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names2;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath: schemaPath2, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath2) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath2, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath: schemaPath2 } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath2}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var names_1 = require_names();
    var util_2 = require_util2();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath: schemaPath2, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath2}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged2 = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged2)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath: schemaPath2, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath2 === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath: schemaPath2,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util2();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util2();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath2 = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath2}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath2 = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath2}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util2();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve9.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve9(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex2 = input.slice(i + 1, i + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse3(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve9(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative4, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize(base, options), options);
        relative4 = parse3(serialize(relative4, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative4.scheme) {
        target.scheme = relative4.scheme;
        target.userinfo = relative4.userinfo;
        target.host = relative4.host;
        target.port = relative4.port;
        target.path = removeDotSegments(relative4.path || "");
        target.query = relative4.query;
      } else {
        if (relative4.userinfo !== void 0 || relative4.host !== void 0 || relative4.port !== void 0) {
          target.userinfo = relative4.userinfo;
          target.host = relative4.host;
          target.port = relative4.port;
          target.path = removeDotSegments(relative4.path || "");
          target.query = relative4.query;
        } else {
          if (!relative4.path) {
            target.path = base.path;
            if (relative4.query !== void 0) {
              target.query = relative4.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative4.path[0] === "/") {
              target.path = removeDotSegments(relative4.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative4.path;
              } else if (!base.path) {
                target.path = relative4.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative4.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative4.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative4.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve9,
      resolveComponent,
      equal,
      serialize,
      parse: parse3
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util2();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util2();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util2();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath2 = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath2}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util2();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util2();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var util_2 = require_util2();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util2();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util2();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util2();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util2();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if2();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util2();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/version.ts
var VERSION = "0.1.0";

// src/cli/control.ts
import { existsSync as existsSync4, rmSync } from "node:fs";

// src/daemon/control.ts
import { createConnection, createServer } from "node:net";
function describeTraced(s) {
  return `${s.traced} functions traced` + (s.lines ? ` (${s.lines.traced} lines, ${s.attached} probes)` : "");
}
var ControlTimeout = class extends Error {
};
function sendRequest(socketPath, request, timeoutMs) {
  return new Promise((resolve9, reject) => {
    const socket = createConnection(socketPath);
    let buffer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ControlTimeout(`no answer from the daemon within ${Math.round(timeoutMs / 1e3)} s`));
    }, timeoutMs);
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(`${JSON.stringify(request)}
`));
    socket.on("data", (chunk) => {
      buffer += chunk;
      const nl = buffer.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      socket.end();
      try {
        resolve9(JSON.parse(buffer.slice(0, nl)));
      } catch (err) {
        reject(err);
      }
    });
    socket.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      if (buffer.indexOf("\n") < 0) reject(new Error("the daemon closed the connection without answering"));
    });
  });
}
function serveControl(socketPath, handle) {
  const server = createServer((socket) => {
    let buffer = "";
    socket.setEncoding("utf8");
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk) => {
      buffer += chunk;
      const nl = buffer.indexOf("\n");
      if (nl < 0) {
        if (buffer.length > 4096) socket.destroy();
        return;
      }
      const line = buffer.slice(0, nl);
      buffer = "";
      let request;
      try {
        request = JSON.parse(line);
      } catch {
        socket.end(`${JSON.stringify({ ok: false, message: "malformed request", hint: "" })}
`);
        return;
      }
      handle(request).then(
        (reply) => socket.end(`${JSON.stringify(reply)}
`),
        (err) => socket.end(`${JSON.stringify({ ok: false, message: err.message ?? String(err), hint: "" })}
`)
      );
    });
  });
  return new Promise((resolve9, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve9(server);
    });
  });
}

// src/daemon/stateDir.ts
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/errors.ts
var XcoverError = class extends Error {
  hint;
  /** Process exit code the CLI uses for this error. */
  exitCode;
  constructor(message, hint, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.hint = hint;
    this.exitCode = options?.exitCode ?? 1;
  }
};
var UsageError = class extends XcoverError {
  constructor(message, hint = "Run `xcover --help` for usage.") {
    super(message, hint, { exitCode: 2 });
  }
};

// src/daemon/stateDir.ts
var StateDirError = class extends XcoverError {
};
var DaemonRunningError = class extends XcoverError {
};
function defaultStateDir() {
  return join(tmpdir(), `xcover-${process.getuid?.() ?? "user"}`);
}
function stateDirAt(dir) {
  const d = resolve(dir ?? process.env.XCOVER_STATE_DIR ?? defaultStateDir());
  return { dir: d, pidFile: join(d, "daemon.pid"), socket: join(d, "control.sock"), log: join(d, "daemon.log") };
}
function ensureStateDir(state) {
  try {
    mkdirSync(state.dir, { recursive: true, mode: 448 });
  } catch (err) {
    throw new StateDirError(
      `cannot create the state directory ${state.dir}: ${err.message}`,
      "Pass --state-dir DIR.",
      {
        cause: err
      }
    );
  }
  const st = lstatSync(state.dir);
  const uid = process.getuid?.();
  if (!st.isDirectory() || st.isSymbolicLink()) {
    throw new StateDirError(`${state.dir} is not a directory`, "Remove it, or pass another --state-dir.");
  }
  if (uid !== void 0 && st.uid !== uid) {
    throw new StateDirError(
      `${state.dir} belongs to uid ${st.uid}, not to you (uid ${uid})`,
      "Pass another --state-dir."
    );
  }
  if ((st.mode & 63) !== 0) {
    throw new StateDirError(
      `${state.dir} is open to other users (mode ${(st.mode & 511).toString(8)})`,
      `Run \`chmod 700 ${state.dir}\`, or pass another --state-dir.`
    );
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
function runningDaemon(state) {
  const pid = readPid(state);
  return pid !== void 0 && isAlive(pid) ? pid : void 0;
}
function readPid(state) {
  try {
    const pid = Number.parseInt(readFileSync(state.pidFile, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : void 0;
  } catch {
    return void 0;
  }
}
function alreadyRunning(state, pid) {
  return new DaemonRunningError(
    `an xcover daemon is already running (pid ${pid}, state directory ${state.dir})`,
    "Stop it with `xcover stop`, or run another one with a different --state-dir."
  );
}
function assertNoDaemon(state) {
  const pid = runningDaemon(state);
  if (pid !== void 0) throw alreadyRunning(state, pid);
}
function claimPidFile(state) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(state.pidFile, "wx", 384);
      writeSync(fd, `${process.pid}
`);
      closeSync(fd);
      return;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const pid = runningDaemon(state);
      if (pid !== void 0 && pid !== process.pid) throw alreadyRunning(state, pid);
      unlinkSync(state.pidFile);
    }
  }
  throw new StateDirError(`cannot claim ${state.pidFile}`, "Another xcover is starting at the same time; try again.");
}
function releaseStateDir(state) {
  for (const p of [state.socket, state.pidFile]) {
    if (existsSync(p)) {
      try {
        unlinkSync(p);
      } catch {
      }
    }
  }
}
function logTail(state, lines = 5) {
  try {
    return readFileSync(state.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parse(args, options, command) {
  const dash = args.indexOf("--");
  const own = dash < 0 ? [...args] : args.slice(0, dash);
  const rest = dash < 0 ? [] : args.slice(dash + 1);
  try {
    const { values, positionals } = parseArgs({ args: own, options, allowPositionals: true, strict: true });
    return { values, positionals, rest };
  } catch (err) {
    const message = err.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${command}: ${message}`, `Run \`xcover ${command} --help\` for usage.`);
  }
}
function str(p, name) {
  const v = p.values[name];
  return typeof v === "string" ? v : void 0;
}
function list(p, name) {
  const v = p.values[name];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
function flag(p, name) {
  return p.values[name] === true;
}
function seconds(p, name, fallback, command) {
  const v = str(p, name);
  if (v === void 0) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${command}: --${name} wants a positive number of seconds, not ${JSON.stringify(v)}`);
  return n;
}
function parseGranularity(value, command) {
  const g = value ?? "function";
  if (g !== "function" && g !== "line") {
    throw new UsageError(
      `${command}: --granularity must be function or line, not ${JSON.stringify(g)}`,
      "function records which functions ran; line records which source lines ran."
    );
  }
  return g;
}

// src/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.codePointAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

// src/cli/output.ts
function terminalOutput(verbose, stream = process.stderr) {
  let shown = false;
  let last = 0;
  return {
    verbose,
    info(message) {
      if (shown) this.endProgress();
      stream.write(`${message}
`);
    },
    // Warnings and debug lines carry names and paths from binaries: one printable line each.
    warn(message) {
      this.info(`xcover: warning: ${printable(message)}`);
    },
    debug(message) {
      if (verbose) this.info(`xcover: ${printable(message)}`);
    },
    progress(message) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      stream.write(`\r\x1B[2K${message}`);
      shown = true;
    },
    endProgress() {
      if (shown) stream.write("\r\x1B[2K");
      shown = false;
    }
  };
}

// src/cli/report.ts
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname4, join as join6, resolve as resolve4 } from "node:path";

// src/report/formats.ts
import { join as join4, resolve as resolve3 } from "node:path";

// src/report/formats/cobertura.ts
import { dirname, isAbsolute, relative, sep } from "node:path";

// src/report/escape.ts
var XML_FORBIDDEN = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
var XML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "	": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;"
};
function escapeXml(text) {
  return text.replace(XML_FORBIDDEN, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]);
}
var LINE_BREAKS = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;
function oneLine(text) {
  return text.replace(LINE_BREAKS, " ");
}
var CONTROL_OR_LONE_SURROGATE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
var JOINER = "\u2060";
function escapeMarkdown(text) {
  return oneLine(text).replace(CONTROL_OR_LONE_SURROGATE, "\uFFFD").replace(/[@#]/g, `$&${JOINER}`).replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`).replace(/:\/\//g, `:${JOINER}//`).replace(/\b(www)\./gi, `$1${JOINER}.`).replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;").replace(/[\\`*_{}[\]()#+\-.!|~:@$]/g, "\\$&");
}

// src/report/report.ts
var SCHEMA_VERSION = 2;
function percentOf(covered, traced) {
  return traced === 0 ? 0 : covered / traced * 100;
}
function statusOf(f) {
  return f.unprobeable ? "unprobeable" : f.covered ? "covered" : "uncovered";
}
function totalsOf(functions) {
  let covered = 0;
  let unprobeable = 0;
  for (const f of functions) {
    const status = "status" in f ? f.status : statusOf(f);
    if (status === "unprobeable") unprobeable++;
    else if (status === "covered") covered++;
  }
  const traced = functions.length - unprobeable;
  return { functions: functions.length, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}
function sourceFilesOf(functions, granularity = "function") {
  const byFile = /* @__PURE__ */ new Map();
  const listOf = (file) => {
    let list2 = byFile.get(file);
    if (!list2) {
      list2 = [];
      byFile.set(file, list2);
    }
    return list2;
  };
  for (const f of functions) if (f.file !== void 0) listOf(f.file).push(f);
  const lines = granularity === "line" ? linesByFile(functions) : void 0;
  if (lines) for (const file of lines.keys()) listOf(file);
  return [...byFile.keys()].sort(compareText).map((path) => {
    const out = { path, ...totalsOf(byFile.get(path)) };
    if (lines) out.lines = totalsOfLines(lines.get(path));
    return out;
  });
}
function fileOfLine(f, l) {
  return l.file ?? f.file;
}
function linesByFile(functions) {
  const out = /* @__PURE__ */ new Map();
  for (const f of functions) {
    if (!f.lines) continue;
    for (const l of f.lines) {
      const file = fileOfLine(f, l);
      if (file === void 0) continue;
      let lines = out.get(file);
      if (!lines) {
        lines = /* @__PURE__ */ new Map();
        out.set(file, lines);
      }
      const state = l.unprobeable ? "unprobeable" : l.hits > 0 ? "covered" : "uncovered";
      const seen = lines.get(l.line);
      if (seen === void 0 || seen === "unprobeable" || seen === "uncovered" && state === "covered") {
        lines.set(l.line, state);
      }
    }
  }
  return out;
}
function totalsOfLines(lines) {
  let covered = 0;
  let unprobeable = 0;
  const total = lines?.size ?? 0;
  if (lines) {
    for (const state of lines.values()) {
      if (state === "covered") covered++;
      else if (state === "unprobeable") unprobeable++;
    }
  }
  const traced = total - unprobeable;
  return { lines: total, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}
function lineTotalsOf(functions) {
  const sum = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
  for (const lines of linesByFile(functions).values()) {
    const t = totalsOfLines(lines);
    sum.lines += t.lines;
    sum.traced += t.traced;
    sum.covered += t.covered;
    sum.unprobeable += t.unprobeable;
  }
  sum.percent = percentOf(sum.covered, sum.traced);
  return sum;
}
function binaryTotalsOf(functions, granularity) {
  const totals = totalsOf(functions);
  if (granularity === "line") totals.lines = lineTotalsOf(functions);
  return totals;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function assembleReport(head, binaries) {
  const granularity = head.granularity ?? "function";
  const all = binaries.flatMap((b) => b.functions);
  const totals = totalsOf(all);
  if (granularity === "line") {
    const lines = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
    for (const b of binaries) {
      const t = b.totals.lines ?? lineTotalsOf(b.functions);
      lines.lines += t.lines;
      lines.traced += t.traced;
      lines.covered += t.covered;
      lines.unprobeable += t.unprobeable;
    }
    lines.percent = percentOf(lines.covered, lines.traced);
    totals.lines = lines;
  }
  const funcsTraced = all.filter((f) => !f.unprobeable).map((f) => f.names[0]);
  const funcsAck = all.filter((f) => f.covered && !f.unprobeable).map((f) => f.names[0]);
  const report = {
    schema_version: SCHEMA_VERSION,
    tool: { name: "xcover", version: VERSION },
    mode: head.mode,
    granularity,
    started_at: head.started_at,
    ended_at: head.ended_at,
    exe_path: binaries[0]?.path ?? "",
    funcs_traced: funcsTraced,
    funcs_ack: funcsAck,
    cov_by_func: totals.percent,
    totals,
    binaries
  };
  if (totals.lines) report.cov_by_line = totals.lines.percent;
  if (head.command) report.command = head.command;
  return report;
}
function granularityOf(report) {
  return report.granularity ?? "function";
}
function summaryLine(report) {
  const t = report.totals;
  const extra = t.unprobeable > 0 ? `, ${t.unprobeable} unprobeable` : "";
  const lines = granularityOf(report) === "line" ? t.lines : void 0;
  if (!lines) return `coverage ${t.percent.toFixed(2)}% (${t.covered}/${t.traced} functions${extra})`;
  const unprobeable = lines.unprobeable > 0 || t.unprobeable > 0 ? `; unprobeable: ${lines.unprobeable} lines, ${t.unprobeable} functions` : "";
  return `coverage ${lines.percent.toFixed(2)}% of lines (${lines.covered}/${lines.traced}), ${t.percent.toFixed(2)}% of functions (${t.covered}/${t.traced})${unprobeable}`;
}
function fileLinesOf(functions, mode) {
  const states = linesByFile(functions);
  const hits = /* @__PURE__ */ new Map();
  for (const f of functions) {
    if (!f.lines) continue;
    for (const l of f.lines) {
      const file = fileOfLine(f, l);
      if (file === void 0 || l.unprobeable) continue;
      let perLine = hits.get(file);
      if (!perLine) {
        perLine = /* @__PURE__ */ new Map();
        hits.set(file, perLine);
      }
      const seen = perLine.get(l.line) ?? 0;
      perLine.set(l.line, mode === "count" ? seen + l.hits : Math.max(seen, l.hits > 0 ? 1 : 0));
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [file, lines] of states) {
    const perLine = hits.get(file);
    const list2 = [];
    for (const [line, state] of lines) list2.push({ line, hits: perLine?.get(line) ?? 0, state });
    list2.sort((a, b) => a.line - b.line);
    out.set(file, list2);
  }
  return out;
}

// src/report/formats/cobertura.ts
function commonDirectory(files) {
  let common2;
  for (const f of files) {
    if (!isAbsolute(f)) continue;
    const parts = dirname(f).split(sep);
    if (!common2) {
      common2 = parts;
      continue;
    }
    let i = 0;
    while (i < common2.length && i < parts.length && common2[i] === parts[i]) i++;
    common2 = common2.slice(0, i);
  }
  if (!common2) return void 0;
  return common2.join(sep) || sep;
}
function rate(covered, valid) {
  return valid === 0 ? "1" : (covered / valid).toFixed(4);
}
function measured(functions) {
  return functions.filter((f) => f.status !== "unprobeable");
}
function hitsOf(f) {
  if (f.calls !== void 0) return f.calls;
  return f.status === "covered" ? 1 : 0;
}
function packagesOf(binary, root, prefix, byLine) {
  const byDirectory = /* @__PURE__ */ new Map();
  const fileless = [];
  const display = (file) => root && isAbsolute(file) ? relative(root, file) || file : file;
  for (const group of binary.groups) {
    if (byLine) {
      const lineTotals = group.totals.lines;
      if (group.kind !== "file" || !group.lines || !lineTotals || lineTotals.traced === 0) continue;
      const filename = display(group.name);
      const dir = dirname(filename);
      const classes = byDirectory.get(dir) ?? [];
      byDirectory.set(dir, classes);
      const lines = group.lines.filter((l) => l.state !== "unprobeable");
      classes.push({
        name: filename,
        filename,
        synthetic: false,
        functions: measured(group.functions),
        lines,
        lineTotals
      });
      continue;
    }
    const functions = measured(group.functions);
    if (functions.length === 0) continue;
    if (group.kind === "file") {
      const filename = display(group.name);
      const dir = dirname(filename);
      const classes = byDirectory.get(dir) ?? [];
      byDirectory.set(dir, classes);
      classes.push({ name: filename, filename, synthetic: false, functions });
    } else {
      fileless.push(fileLessClass(binary, group, functions));
    }
  }
  const packages = [...byDirectory.keys()].sort(compareText).map((dir) => ({ name: `${prefix}${dir}`, classes: byDirectory.get(dir) }));
  if (fileless.length > 0) packages.push({ name: `${prefix}${binary.path}`, classes: fileless });
  return packages;
}
function fileLessClass(binary, group, functions) {
  return { name: group.name, filename: binary.path, synthetic: true, functions };
}
function lineOf(c, f, index) {
  return c.synthetic || f.lineStart === void 0 ? index + 1 : f.lineStart;
}
function methodLines(f) {
  const own = /* @__PURE__ */ new Map();
  for (const l of f.lines ?? []) {
    if (l.file !== void 0 || l.unprobeable) continue;
    own.set(l.line, (own.get(l.line) ?? 0) + l.hits);
  }
  return [...own.entries()].sort((a, b) => a[0] - b[0]);
}
function* lineClassXml(c, lines, totals) {
  yield `				<class name="${escapeXml(c.name)}" filename="${escapeXml(c.filename)}" line-rate="${rate(totals.covered, totals.traced)}" branch-rate="1" complexity="0">
`;
  yield "					<methods>\n";
  const parts = [];
  for (const f of c.functions) {
    const own = methodLines(f);
    const r = own.length === 0 ? f.status === "covered" ? "1" : "0" : rate(own.filter(([, h]) => h > 0).length, own.length);
    const xml = own.map(([n, h]) => `<line number="${n}" hits="${h}" branch="false"/>`).join("");
    parts.push(
      `						<method name="${escapeXml(f.name)}" signature="${escapeXml(f.rawName)}" line-rate="${r}" branch-rate="1" complexity="0"><lines>${xml}</lines></method>
`
    );
    if (parts.length >= 1e3) yield parts.splice(0).join("");
  }
  yield parts.join("");
  yield "					</methods>\n					<lines>\n";
  for (let at = 0; at < lines.length; at += 2e3) {
    yield lines.slice(at, at + 2e3).map((l) => `						<line number="${l.line}" hits="${l.hits}" branch="false"/>
`).join("");
  }
  yield "					</lines>\n				</class>\n";
}
function* classXml(c) {
  if (c.lines && c.lineTotals) {
    yield* lineClassXml(c, c.lines, c.lineTotals);
    return;
  }
  const covered = c.functions.filter((f) => f.status === "covered").length;
  const r = rate(covered, c.functions.length);
  yield `				<class name="${escapeXml(c.name)}" filename="${escapeXml(c.filename)}" line-rate="${r}" branch-rate="1" complexity="0">
`;
  yield "					<methods>\n";
  const lines = /* @__PURE__ */ new Map();
  const parts = [];
  for (const [i, f] of c.functions.entries()) {
    const line = lineOf(c, f, i);
    const hits = hitsOf(f);
    lines.set(line, (lines.get(line) ?? 0) + hits);
    parts.push(
      `						<method name="${escapeXml(f.name)}" signature="${escapeXml(f.rawName)}" line-rate="${f.status === "covered" ? "1" : "0"}" branch-rate="1" complexity="0"><lines><line number="${line}" hits="${hits}" branch="false"/></lines></method>
`
    );
    if (parts.length >= 1e3) yield parts.splice(0).join("");
  }
  yield parts.join("");
  yield "					</methods>\n					<lines>\n";
  const sorted = [...lines.entries()].sort((a, b) => a[0] - b[0]);
  yield sorted.map(([n, h]) => `						<line number="${n}" hits="${h}" branch="false"/>
`).join("");
  yield "					</lines>\n				</class>\n";
}
function* coberturaChunks(model, options = {}) {
  const files = model.binaries.flatMap((b) => b.groups.filter((g) => g.kind === "file").map((g) => g.name));
  const root = options.sourceRoot ?? commonDirectory(files);
  const byLine = model.granularity === "line";
  const lineTotals = model.totals.lines;
  const t = byLine && lineTotals ? { covered: lineTotals.covered, traced: lineTotals.traced } : { covered: model.totals.covered, traced: model.totals.traced };
  const timestamp = options.timestamp ?? Math.floor(Date.parse(model.endedAt) / 1e3);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield byLine ? "<!-- Cobertura coverage-04.dtd; xcover line coverage -->\n" : "<!-- Cobertura coverage-04.dtd; xcover writes function coverage as line coverage -->\n";
  yield `<coverage line-rate="${rate(t.covered, t.traced)}" branch-rate="1" lines-covered="${t.covered}" lines-valid="${t.traced}" branches-covered="0" branches-valid="0" complexity="0" version="xcover ${escapeXml(model.toolVersion)}" timestamp="${Number.isFinite(timestamp) ? timestamp : 0}">
`;
  yield "	<sources>\n";
  if (root) yield `		<source>${escapeXml(root)}</source>
`;
  yield "	</sources>\n	<packages>\n";
  const prefix = model.binaries.length > 1;
  for (const binary of model.binaries) {
    for (const pkg of packagesOf(binary, root, prefix ? `${binary.name}: ` : "", byLine)) {
      let covered = 0;
      let valid = 0;
      for (const c of pkg.classes) {
        if (c.lineTotals) {
          covered += c.lineTotals.covered;
          valid += c.lineTotals.traced;
        } else {
          covered += c.functions.filter((f) => f.status === "covered").length;
          valid += c.functions.length;
        }
      }
      yield `		<package name="${escapeXml(pkg.name)}" line-rate="${rate(covered, valid)}" branch-rate="1" complexity="0">
			<classes>
`;
      for (const c of pkg.classes) yield* classXml(c);
      yield "			</classes>\n		</package>\n";
    }
  }
  yield "	</packages>\n</coverage>\n";
}

// src/report/formats/html.ts
var import_handlebars = __toESM(require_handlebars(), 1);
import { closeSync as closeSync2, constants, fstatSync, openSync as openSync2, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/report/model.ts
import { basename } from "node:path";

// src/demangle/limits.ts
var ParseFailed = /* @__PURE__ */ Symbol("ParseFailed");
var BudgetExceeded = /* @__PURE__ */ Symbol("BudgetExceeded");
function fail() {
  throw ParseFailed;
}
var MAX_OUTPUT = 1 << 16;
var MAX_STEPS = 1 << 18;
function newBudget() {
  return { steps: 0, out: 0, depth: 0, maxSteps: MAX_STEPS, maxOut: MAX_OUTPUT };
}

// src/demangle/itanium.ts
var MAX_DEPTH = 256;
var BUILTIN = {
  v: "void",
  w: "wchar_t",
  b: "bool",
  c: "char",
  a: "signed char",
  h: "unsigned char",
  s: "short",
  t: "unsigned short",
  i: "int",
  j: "unsigned int",
  l: "long",
  m: "unsigned long",
  x: "long long",
  y: "unsigned long long",
  n: "__int128",
  o: "unsigned __int128",
  f: "float",
  d: "double",
  e: "long double",
  g: "__float128",
  z: "..."
};
var BUILTIN_D = {
  d: "decimal64",
  e: "decimal128",
  f: "decimal32",
  h: "half",
  i: "char32_t",
  s: "char16_t",
  u: "char8_t",
  a: "auto",
  c: "decltype(auto)",
  n: "decltype(nullptr)"
};
var LITERAL_SUFFIX = {
  int: "",
  "unsigned int": "u",
  long: "l",
  "unsigned long": "ul",
  "long long": "ll",
  "unsigned long long": "ull"
};
var OPERATORS = {
  nw: ["new", 3],
  na: ["new[]", 3],
  dl: ["delete", 1],
  da: ["delete[]", 1],
  ps: ["+", 1],
  ng: ["-", 1],
  ad: ["&", 1],
  de: ["*", 1],
  co: ["~", 1],
  pl: ["+", 2],
  mi: ["-", 2],
  ml: ["*", 2],
  dv: ["/", 2],
  rm: ["%", 2],
  an: ["&", 2],
  or: ["|", 2],
  eo: ["^", 2],
  aS: ["=", 2],
  pL: ["+=", 2],
  mI: ["-=", 2],
  mL: ["*=", 2],
  dV: ["/=", 2],
  rM: ["%=", 2],
  aN: ["&=", 2],
  oR: ["|=", 2],
  eO: ["^=", 2],
  ls: ["<<", 2],
  rs: [">>", 2],
  lS: ["<<=", 2],
  rS: [">>=", 2],
  eq: ["==", 2],
  ne: ["!=", 2],
  lt: ["<", 2],
  gt: [">", 2],
  le: ["<=", 2],
  ge: [">=", 2],
  ss: ["<=>", 2],
  nt: ["!", 1],
  aa: ["&&", 2],
  oo: ["||", 2],
  pp: ["++", 1],
  mm: ["--", 1],
  cm: [",", 2],
  pm: ["->*", 2],
  pt: ["->", 2],
  cl: ["()", 2],
  ix: ["[]", 2],
  qu: ["?", 3],
  st: ["sizeof ", 1],
  sz: ["sizeof ", 1],
  at: ["alignof ", 1],
  az: ["alignof ", 1],
  aw: ["co_await", 1],
  dt: [".", 2],
  gs: ["::", 1],
  tw: ["throw ", 1],
  tr: ["throw", 0],
  ds: [".*", 2]
};
var STD_ABBREV = {
  a: { full: "std::allocator", last: "allocator" },
  b: { full: "std::basic_string", last: "basic_string" },
  s: {
    full: "std::basic_string<char, std::char_traits<char>, std::allocator<char> >",
    last: "basic_string"
  },
  i: { full: "std::basic_istream<char, std::char_traits<char> >", last: "basic_istream" },
  o: { full: "std::basic_ostream<char, std::char_traits<char> >", last: "basic_ostream" },
  d: { full: "std::basic_iostream<char, std::char_traits<char> >", last: "basic_iostream" }
};
var isDigit = (c) => c >= "0" && c <= "9";
var isLower = (c) => c >= "a" && c <= "z";
var isUpper = (c) => c >= "A" && c <= "Z";
var Parser = class {
  constructor(s, oldSr) {
    this.s = s;
    this.oldSr = oldSr;
  }
  s;
  oldSr;
  i = 0;
  depth = 0;
  steps = 0;
  subs = [];
  /** Set while parsing a conversion operator's type: its `T_` may name arguments that follow it. */
  inConversion = false;
  /** cv/ref qualifiers of the last nested name, for the member function that owns it. */
  nameQuals = "";
  /** The last source name read outside template arguments: what constructors are named after. */
  lastName = null;
  /** Whether `sr` was read the current way, so that a failure is retried the old way. */
  usedNewSr = false;
  peek(o = 0) {
    return this.s[this.i + o] ?? "";
  }
  eat(c) {
    if (this.s.startsWith(c, this.i)) {
      this.i += c.length;
      return true;
    }
    return false;
  }
  expect(c) {
    if (!this.eat(c)) fail();
  }
  enter() {
    if (++this.depth > MAX_DEPTH || ++this.steps > MAX_STEPS) fail();
  }
  mangled() {
    this.expect("_Z");
    let node = this.encoding();
    while (this.peek() === "." && /[a-z_0-9]/.test(this.peek(1))) {
      const start = this.i;
      this.i++;
      while (/[a-z_0-9]/.test(this.peek())) this.i++;
      while (this.peek() === "." && isDigit(this.peek(1))) {
        this.i++;
        while (isDigit(this.peek())) this.i++;
      }
      node = { k: "clone", inner: node, suffix: this.s.slice(start, this.i) };
    }
    if (this.i !== this.s.length) fail();
    return node;
  }
  /** The `_Z…` name in `_GLOBAL__I_…`; c++filt ignores whatever follows its encoding. */
  keyedEncoding() {
    this.expect("_Z");
    return this.encoding();
  }
  encoding() {
    this.enter();
    try {
      const c = this.peek();
      if (c === "T" || c === "G" && "VRATr".includes(this.peek(1))) return this.specialName();
      const name = this.name();
      const quals = this.nameQuals;
      this.nameQuals = "";
      const next = this.peek();
      if (next === "" || next === "E" || next === ".") {
        return quals === "" ? name : { k: "text", parts: [name, quals] };
      }
      let ret = null;
      if (hasReturnType(name)) ret = this.type();
      const params = this.bareParams();
      return { k: "encoding", name, ret, params, q: quals };
    } finally {
      this.depth--;
    }
  }
  bareParams() {
    const params = [];
    while (this.i < this.s.length && this.peek() !== "E" && this.peek() !== ".") {
      params.push(this.type());
    }
    if (params.length === 0) fail();
    if (params.length === 1 && isVoid(params[0])) return [];
    return params;
  }
  specialName() {
    const two = this.s.slice(this.i, this.i + 2);
    const simple = {
      TV: "vtable for ",
      TT: "VTT for ",
      TI: "typeinfo for ",
      TS: "typeinfo name for ",
      TF: "typeinfo fn for ",
      TJ: "java Class for "
    };
    const p = simple[two];
    if (p !== void 0) {
      this.i += 2;
      return { k: "special", prefix: p, target: this.type() };
    }
    if (two === "Th" || two === "Tv" || two === "Tc") {
      this.i += two === "Tc" ? 2 : 1;
      if (two === "Tc") {
        this.callOffset();
        this.callOffset();
        return { k: "special", prefix: "covariant return thunk to ", target: this.encoding() };
      }
      this.callOffset();
      const prefix = two === "Th" ? "non-virtual thunk to " : "virtual thunk to ";
      return { k: "special", prefix, target: this.encoding() };
    }
    if (two === "TC") {
      this.i += 2;
      const a = this.type();
      this.number();
      this.expect("_");
      const b = this.type();
      return { k: "ctorvt", a, b };
    }
    if (two === "TH" || two === "TW") {
      this.i += 2;
      const prefix = two === "TH" ? "TLS init function for " : "TLS wrapper function for ";
      return { k: "special", prefix, target: this.name() };
    }
    if (two === "TA") {
      this.i += 2;
      return { k: "special", prefix: "template parameter object for ", target: this.templateArg() };
    }
    if (two === "GV") {
      this.i += 2;
      return { k: "special", prefix: "guard variable for ", target: this.name() };
    }
    if (two === "GR") {
      this.i += 2;
      const target = this.name();
      const n = isDigit(this.peek()) || this.peek() === "n" ? this.number() : 0;
      return { k: "special", prefix: `reference temporary #${n} for `, target };
    }
    if (two === "GA") {
      this.i += 2;
      return { k: "special", prefix: "hidden alias for ", target: this.encoding() };
    }
    if (this.eat("GTt")) return { k: "special", prefix: "transaction clone for ", target: this.encoding() };
    if (this.eat("GTn")) return { k: "special", prefix: "non-transaction clone for ", target: this.encoding() };
    if (this.eat("Gr")) {
      const len = this.number();
      const s = this.s.slice(this.i, this.i + len);
      this.i += len;
      return { k: "name", s: `java resource ${s}` };
    }
    return fail();
  }
  callOffset() {
    if (this.eat("h")) {
      this.number();
      this.expect("_");
    } else if (this.eat("v")) {
      this.number();
      this.expect("_");
      this.number();
      this.expect("_");
    } else fail();
  }
  number() {
    const neg = this.eat("n");
    const start = this.i;
    while (isDigit(this.peek())) this.i++;
    if (this.i === start || this.i - start > 9) fail();
    const n = Number(this.s.slice(start, this.i));
    return neg ? -n : n;
  }
  /** Base-36 sequence id of `S<id>_`, `T<id>_`. */
  seqId() {
    let n = 0;
    let digits = 0;
    for (; ; ) {
      const c = this.peek();
      if (isDigit(c)) n = n * 36 + (c.charCodeAt(0) - 48);
      else if (isUpper(c)) n = n * 36 + (c.charCodeAt(0) - 55);
      else break;
      this.i++;
      if (++digits > 6) fail();
    }
    if (digits === 0) fail();
    return n;
  }
  name() {
    this.enter();
    try {
      const c = this.peek();
      if (c === "N") return this.nestedName();
      if (c === "Z") return this.localName();
      let node;
      if (c === "S") {
        if (this.peek(1) === "t") {
          this.i += 2;
          node = { k: "nested", prefix: { k: "name", s: "std" }, name: this.unqualifiedName() };
        } else {
          node = this.substitution();
          if (this.peek() !== "I") return node;
          return { k: "template", name: node, args: this.templateArgs() };
        }
      } else {
        node = this.unqualifiedName();
      }
      if (this.peek() === "I") {
        this.subs.push(node);
        return { k: "template", name: node, args: this.templateArgs() };
      }
      return node;
    } finally {
      this.depth--;
    }
  }
  nestedName() {
    this.expect("N");
    let q = this.cvQuals();
    if (this.eat("R")) q += " &";
    else if (this.eat("O")) q += " &&";
    let node = null;
    let bareSubstitution = false;
    while (!this.eat("E")) {
      const c = this.peek();
      if (c === "") fail();
      bareSubstitution = false;
      if (c === "S" && this.peek(1) === "t") {
        if (node !== null) fail();
        this.i += 2;
        const name = this.unqualifiedName();
        node = { k: "nested", prefix: node ?? { k: "name", s: "std" }, name };
      } else if (c === "S") {
        if (node !== null) fail();
        node = this.substitution();
        bareSubstitution = true;
        continue;
      } else if (c === "T") {
        if (node !== null) fail();
        node = this.templateParam();
      } else if (c === "D" && (this.peek(1) === "t" || this.peek(1) === "T")) {
        if (node !== null) fail();
        node = this.decltype();
      } else if (c === "I") {
        if (node === null) fail();
        node = { k: "template", name: node, args: this.templateArgs() };
      } else if (c === "M") {
        this.i++;
        continue;
      } else {
        const name = this.unqualifiedName();
        node = node === null ? name : { k: "nested", prefix: node, name };
      }
      if (this.peek() !== "E") this.subs.push(node);
    }
    if (node === null || bareSubstitution) fail();
    this.nameQuals = q;
    return node;
  }
  localName() {
    this.expect("Z");
    let enc = this.encoding();
    if (enc.k === "encoding") enc = { ...enc, ret: null };
    this.expect("E");
    if (this.eat("s")) {
      this.discriminator();
      return { k: "local", enc, entity: { k: "name", s: "string literal" } };
    }
    let entity;
    if (this.eat("d")) {
      const n = this.peek() === "_" ? 1 : this.number() + 2;
      this.expect("_");
      const inner = this.name();
      entity = { k: "nested", prefix: { k: "name", s: `{default arg#${n}}` }, name: inner };
    } else entity = this.name();
    this.discriminator();
    return { k: "local", enc, entity };
  }
  /** `_ <digit>` or `__ <number> _`; read as c++filt does, which also takes a bare "_". */
  discriminator() {
    if (!this.eat("_")) return;
    const two = this.eat("_");
    let n = 0;
    if (isDigit(this.peek())) n = this.number();
    if (two && n >= 10) this.expect("_");
  }
  /** `[r] [V] [K]`; c++filt takes them in any order and prints them in reverse. */
  cvQuals() {
    let q = "";
    for (; ; ) {
      const c = this.peek();
      const word = c === "r" ? " restrict" : c === "V" ? " volatile" : c === "K" ? " const" : "";
      if (word === "") return q;
      if (!q.includes(word)) q = word + q;
      this.i++;
    }
  }
  unqualifiedName() {
    const c = this.peek();
    let node;
    if (isDigit(c)) node = this.sourceName();
    else if (isLower(c)) node = this.operatorName();
    else if (c === "C" || c === "D" && "012345".includes(this.peek(1))) {
      if (this.lastName === null) fail();
      if (c === "C") {
        this.i++;
        if (this.eat("I")) {
          if (!"12345".includes(this.peek()) || this.peek() === "") fail();
          this.i++;
          this.type();
          if (this.lastName === null) fail();
          return this.abiTags({ k: "ctor", name: this.lastName, dtor: false });
        } else if ("12345".includes(this.peek()) && this.peek() !== "") this.i++;
        else fail();
      } else this.i += 2;
      node = { k: "ctor", name: this.lastName, dtor: c === "D" };
    } else if (c === "U") node = this.unnamedTypeName();
    else if (c === "L") {
      this.i++;
      node = this.sourceName();
      this.discriminator();
    } else if (c === "D" && this.peek(1) === "C") {
      this.i += 2;
      const names2 = [];
      while (!this.eat("E")) names2.push(printNode(this.sourceName(), newBudget()));
      node = { k: "name", s: `[${names2.join(", ")}]` };
    } else return fail();
    return this.abiTags(node);
  }
  abiTags(name) {
    let node = name;
    const last = this.lastName;
    while (this.peek() === "B") {
      this.i++;
      const tag = this.sourceName();
      if (tag.k !== "name") fail();
      node = { k: "abi", base: node, tag: tag.s };
    }
    this.lastName = last;
    return node;
  }
  sourceName() {
    const len = this.number();
    if (len <= 0 || this.i + len > this.s.length) fail();
    const id = this.s.slice(this.i, this.i + len);
    this.i += len;
    const node = { k: "name", s: /^_GLOBAL_[._$]N/.test(id) ? "(anonymous namespace)" : id };
    this.lastName = node;
    return node;
  }
  unnamedTypeName() {
    if (this.eat("Ut")) {
      const n = this.peek() === "_" ? 1 : this.number() + 2;
      this.expect("_");
      return { k: "name", s: `{unnamed type#${n}}` };
    }
    if (this.eat("Ul")) {
      const params = [];
      while (this.peek() !== "E") params.push(this.type());
      this.i++;
      if (params.length === 0) fail();
      const n = this.peek() === "_" ? 1 : this.number() + 2;
      this.expect("_");
      return { k: "lambda", params: params.length === 1 && isVoid(params[0]) ? [] : params, n };
    }
    return fail();
  }
  operatorName() {
    const two = this.s.slice(this.i, this.i + 2);
    if (two === "cv") {
      this.i += 2;
      const saved = this.inConversion;
      this.inConversion = true;
      try {
        return { k: "conv", type: this.type() };
      } finally {
        this.inConversion = saved;
      }
    }
    if (two === "li") {
      this.i += 2;
      const n = this.sourceName();
      return { k: "op", s: `operator"" ${printNode(n, newBudget())}` };
    }
    if (two[0] === "v" && isDigit(two[1] ?? "")) {
      this.i += 2;
      const n = this.sourceName();
      return { k: "op", s: `operator ${printNode(n, newBudget())}` };
    }
    const op = OPERATORS[two];
    if (op === void 0) return fail();
    this.i += 2;
    const sym = op[0].trimEnd();
    return { k: "op", s: isLower(sym[0] ?? "") ? `operator ${sym}` : `operator${sym}` };
  }
  substitution() {
    this.expect("S");
    const c = this.peek();
    const abbrev = STD_ABBREV[c];
    if (abbrev !== void 0) {
      this.i++;
      this.lastName = { k: "name", s: abbrev.last };
      return { k: "std", full: abbrev.full, last: abbrev.last };
    }
    let idx = 0;
    if (c !== "_") idx = this.seqId() + 1;
    this.expect("_");
    const node = this.subs[idx];
    if (node === void 0) fail();
    return node;
  }
  templateParam() {
    this.expect("T");
    let idx = 0;
    if (this.peek() !== "_") idx = this.number() + 1;
    this.expect("_");
    if (idx < 0) fail();
    return { k: "tparam", idx };
  }
  templateArgs() {
    this.enter();
    try {
      this.expect("I");
      const args = [];
      const last = this.lastName;
      while (!this.eat("E")) {
        if (this.i >= this.s.length) fail();
        args.push(this.templateArg());
      }
      this.lastName = last;
      return args;
    } finally {
      this.depth--;
    }
  }
  templateArg() {
    const c = this.peek();
    if (c === "X") {
      this.i++;
      const e = this.expression();
      this.expect("E");
      return e;
    }
    if (c === "L") return this.exprPrimary();
    if (c === "J" || c === "I") {
      this.i++;
      const args = [];
      while (!this.eat("E")) {
        if (this.i >= this.s.length) fail();
        args.push(this.templateArg());
      }
      return { k: "argpack", args };
    }
    return this.type();
  }
  decltype() {
    this.expect("D");
    if (!this.eat("t") && !this.eat("T")) fail();
    const e = this.expression();
    this.expect("E");
    return { k: "expr", e: { t: "prefix", s: "decltype ", a: e, paren: true } };
  }
  type() {
    this.enter();
    try {
      return this.typeInner();
    } finally {
      this.depth--;
    }
  }
  typeInner() {
    const c = this.peek();
    const builtin = BUILTIN[c];
    if (builtin !== void 0) {
      this.i++;
      return { k: "name", s: builtin };
    }
    let node;
    switch (c) {
      case "u": {
        this.i++;
        node = this.sourceName();
        break;
      }
      case "r":
      case "V":
      case "K": {
        const q = this.cvQuals();
        const inner = this.type();
        if (inner.k === "fn") {
          node = { ...inner, q: q + inner.q };
          this.subs[this.subs.length - 1] = node;
          return node;
        }
        node = { k: "qual", inner, q };
        break;
      }
      case "P":
      case "R":
      case "O": {
        this.i++;
        const inner = this.type();
        node = { k: c === "P" ? "ptr" : c === "R" ? "lref" : "rref", inner };
        break;
      }
      case "C":
      case "G": {
        this.i++;
        node = { k: "postfix", inner: this.type(), s: c === "C" ? " _Complex" : " _Imaginary" };
        break;
      }
      case "F":
        node = this.functionType(null);
        break;
      case "A":
        node = this.arrayType();
        break;
      case "M": {
        this.i++;
        const cls = this.type();
        const mem = this.type();
        node = { k: "ptrmem", cls, mem };
        break;
      }
      case "T": {
        const e = this.peek(1);
        if (e === "s" || e === "u" || e === "e") {
          this.i += 2;
          const kw = e === "s" ? "struct " : e === "u" ? "union " : "enum ";
          node = { k: "text", parts: [kw, this.name()] };
          break;
        }
        node = this.templateParam();
        if (this.peek() === "I") {
          if (!this.inConversion) {
            this.subs.push(node);
            node = { k: "template", name: node, args: this.templateArgs() };
          } else {
            const at = this.i;
            const subs = this.subs.length;
            const args = this.templateArgs();
            if (this.peek() === "I") {
              this.subs.push(node);
              node = { k: "template", name: node, args };
            } else {
              this.i = at;
              this.subs.length = subs;
            }
          }
        }
        break;
      }
      case "D":
        return this.dType();
      case "S": {
        const e = this.peek(1);
        if (e === "t") {
          node = this.name();
          break;
        }
        node = this.substitution();
        if (this.peek() === "I") {
          node = { k: "template", name: node, args: this.templateArgs() };
          break;
        }
        return node;
      }
      case "U": {
        this.i++;
        const q = this.sourceName();
        if (q.k !== "name") fail();
        let qs = q.s;
        if (this.peek() === "I") {
          const args = this.templateArgs();
          qs += printArgs(args, newBudget());
        }
        const inner = this.type();
        node = { k: "vendorq", inner, q: qs };
        break;
      }
      default:
        if (c === "N" || c === "Z" || c === "L" || isDigit(c)) {
          node = this.name();
          if (this.nameQuals !== "") {
            node = { k: "qual", inner: node, q: this.nameQuals };
            this.nameQuals = "";
          }
          break;
        }
        return fail();
    }
    this.subs.push(node);
    return node;
  }
  dType() {
    const e = this.peek(1);
    const b = BUILTIN_D[e];
    if (b !== void 0) {
      this.i += 2;
      return { k: "name", s: b };
    }
    let node;
    if (e === "F") {
      this.i += 2;
      const n = this.number();
      const x = this.eat("x");
      if (!x) this.expect("_");
      return { k: "name", s: `_Float${n}${x ? "x" : ""}` };
    }
    if (e === "p") {
      this.i += 2;
      node = { k: "pack", pattern: this.type() };
    } else if (e === "t" || e === "T") {
      node = this.decltype();
    } else if (e === "v") {
      this.i += 2;
      let dim;
      if (this.eat("_")) dim = this.expression();
      else dim = String(this.number());
      this.expect("_");
      node = { k: "vector", inner: this.type(), dim };
    } else if (e === "o" || e === "O" || e === "w" || e === "x") {
      this.i += 2;
      const parts = [];
      if (e === "o") parts.push(" noexcept");
      else if (e === "O") {
        parts.push(" noexcept(", this.expression(), ")");
        this.expect("E");
      } else if (e === "w") {
        parts.push(" throw(");
        for (let n = 0; !this.eat("E"); n++) {
          if (this.i >= this.s.length) fail();
          if (n > 0) parts.push(", ");
          parts.push(this.type());
        }
        parts.push(")");
      } else parts.push(" transaction_safe");
      if (this.peek() !== "F") fail();
      node = this.functionType({ k: "text", parts });
    } else return fail();
    this.subs.push(node);
    return node;
  }
  functionType(spec) {
    this.expect("F");
    this.eat("Y");
    const ret = this.type();
    const params = [];
    let q = "";
    for (; ; ) {
      if (this.eat("E")) break;
      if (this.peek() === "R" && this.peek(1) === "E") {
        this.i += 2;
        q = " &";
        break;
      }
      if (this.peek() === "O" && this.peek(1) === "E") {
        this.i += 2;
        q = " &&";
        break;
      }
      if (this.i >= this.s.length) fail();
      params.push(this.type());
    }
    if (params.length === 0) fail();
    const ps = params.length === 1 && isVoid(params[0]) ? [] : params;
    return { k: "fn", ret, params: ps, q, spec };
  }
  arrayType() {
    this.expect("A");
    let dim = "";
    if (isDigit(this.peek())) dim = String(this.number());
    else if (this.peek() !== "_") dim = this.expression();
    this.expect("_");
    return { k: "array", dim, inner: this.type() };
  }
  exprPrimary() {
    this.expect("L");
    if (this.peek() === "Z" || this.peek() === "_" && this.peek(1) === "Z") {
      this.i += this.peek() === "Z" ? 1 : 2;
      const enc = this.encoding();
      this.expect("E");
      return enc;
    }
    const type = this.type();
    const start = this.i;
    while (this.peek() !== "E") {
      if (this.i >= this.s.length) fail();
      this.i++;
    }
    let text = this.s.slice(start, this.i);
    this.i++;
    if (text === "") {
      if (type.k === "name" && type.s === "decltype(nullptr)") return type;
      fail();
    }
    if (text.startsWith("n")) text = `-${text.slice(1)}`;
    if (type.k === "name") {
      if (type.s === "bool" && (text === "0" || text === "1")) {
        return { k: "expr", e: { t: "prim", s: text === "0" ? "false" : "true" } };
      }
      const suffix = LITERAL_SUFFIX[type.s];
      if (suffix !== void 0) return { k: "expr", e: { t: "literal", type: null, text: text + suffix, cast: false } };
      if (type.s === "float" || type.s === "double" || type.s === "long double") text = `[${text}]`;
    }
    return { k: "expr", e: { t: "literal", type, text, cast: true } };
  }
  expression() {
    this.enter();
    try {
      return this.expressionInner();
    } finally {
      this.depth--;
    }
  }
  exprList(end) {
    const out = [];
    while (!this.eat(end)) {
      if (this.i >= this.s.length) fail();
      out.push(this.expression());
    }
    return out;
  }
  expressionInner() {
    const c = this.peek();
    const two = this.s.slice(this.i, this.i + 2);
    if (c === "L") return this.exprPrimary();
    if (c === "T") return this.templateParam();
    if (two === "fp") {
      this.i += 2;
      if (this.eat("T")) return ex({ t: "prim", s: "this" });
      let n = 1;
      if (this.peek() !== "_") n = this.number() + 2;
      this.expect("_");
      return ex({ t: "prim", s: `{parm#${n}}` });
    }
    if (two === "sr") {
      this.i += 2;
      let scope;
      if (this.eat("N")) {
        scope = this.type();
        while (!this.eat("E")) scope = { k: "nested", prefix: scope, name: this.simpleId() };
      } else if (isDigit(this.peek()) && !this.oldSr) {
        this.usedNewSr = true;
        scope = this.simpleId();
        while (!this.eat("E")) scope = { k: "nested", prefix: scope, name: this.simpleId() };
      } else scope = this.type();
      return { k: "nested", prefix: scope, name: this.baseUnresolved() };
    }
    if (two === "st" || two === "at") {
      this.i += 2;
      return ex({ t: "prefix", s: two === "st" ? "sizeof " : "alignof ", a: this.type(), paren: true });
    }
    if (two === "sz" || two === "az") {
      this.i += 2;
      return ex({ t: "prefix", s: two === "sz" ? "sizeof " : "alignof ", a: this.expression(), paren: false });
    }
    if (two === "sp") {
      this.i += 2;
      return ex({ t: "suffix", a: this.expression(), s: "..." });
    }
    if (two === "sZ") {
      this.i += 2;
      const a = this.peek() === "T" ? this.templateParam() : this.expression();
      return ex({ t: "prefix", s: "sizeof...", a, paren: true });
    }
    if (two === "tw") {
      this.i += 2;
      return ex({ t: "prefix", s: "throw ", a: this.expression(), paren: false });
    }
    if (two === "tr") {
      this.i += 2;
      return ex({ t: "prim", s: "throw" });
    }
    if (two === "cl") {
      this.i += 2;
      const f = this.expression();
      return ex({ t: "call", f, args: this.exprList("E") });
    }
    if (two === "cv") {
      this.i += 2;
      const type = this.type();
      if (this.eat("_")) return ex({ t: "cast", type, args: this.exprList("E"), single: false });
      return ex({ t: "cast", type, args: [this.expression()], single: true });
    }
    if (two === "tl") {
      this.i += 2;
      const type = this.type();
      return ex({ t: "braced", type, args: this.exprList("E") });
    }
    if (two === "il") {
      this.i += 2;
      return ex({ t: "braced", type: null, args: this.exprList("E") });
    }
    if (two === "dc" || two === "sc" || two === "cc" || two === "rc") {
      this.i += 2;
      const op2 = { dc: "dynamic_cast", sc: "static_cast", cc: "const_cast", rc: "reinterpret_cast" }[two];
      const type = this.type();
      return ex({ t: "named_cast", op: op2, type, a: this.expression() });
    }
    if (two === "dt" || two === "pt") {
      this.i += 2;
      const a = this.expression();
      const b = this.unresolvedName();
      return ex({ t: "member", a, op: two === "dt" ? "." : "->", b });
    }
    if (two === "ds") {
      this.i += 2;
      const a = this.expression();
      return ex({ t: "member", a, op: ".*", b: this.expression() });
    }
    if (two === "on") {
      this.i += 2;
      return this.unresolvedName();
    }
    if (two === "gs") {
      this.i += 2;
      return ex({ t: "global", a: this.expression() });
    }
    if (two === "nw" || two === "na") {
      this.i += 2;
      const placement = this.exprList("_");
      const type = this.type();
      let init = null;
      if (this.eat("pi")) init = this.exprList("E");
      else this.expect("E");
      return ex({ t: "new", array: two === "na", placement, type, init });
    }
    if (two === "dl" || two === "da") {
      this.i += 2;
      return ex({ t: "prefix", s: two === "dl" ? "delete " : "delete[] ", a: this.expression(), paren: false });
    }
    if (isDigit(c)) return this.unresolvedName();
    const op = OPERATORS[two];
    if (op !== void 0 && two !== "nw" && two !== "na" && two !== "dl" && two !== "da") {
      this.i += 2;
      if (op[1] === 1) {
        if ((two === "pp" || two === "mm") && this.eat("_")) {
          return ex({ t: "unary", op: op[0], a: this.expression() });
        }
        const a2 = this.expression();
        if (two === "pp" || two === "mm") return ex({ t: "suffix", a: a2, s: op[0] });
        return ex({ t: "unary", op: op[0], a: a2 });
      }
      if (op[1] === 2) {
        const a2 = this.expression();
        const b2 = this.expression();
        if (two === "ix") return ex({ t: "index", a: a2, b: b2 });
        return ex({ t: "binary", op: op[0], a: a2, b: b2 });
      }
      const a = this.expression();
      const b = this.expression();
      return ex({ t: "trinary", a, b, c: this.expression() });
    }
    return fail();
  }
  simpleId() {
    const n = this.sourceName();
    if (this.peek() === "I") return { k: "template", name: n, args: this.templateArgs() };
    return n;
  }
  baseUnresolved() {
    if (isDigit(this.peek())) return this.simpleId();
    if (this.eat("on")) {
      const n2 = this.operatorName();
      if (this.peek() === "I") return { k: "template", name: n2, args: this.templateArgs() };
      return n2;
    }
    const n = this.operatorName();
    if (this.peek() === "I") return { k: "template", name: n, args: this.templateArgs() };
    return n;
  }
  unresolvedName() {
    if (this.peek() === "s" && this.peek(1) === "r") return this.expressionInner();
    return this.baseUnresolved();
  }
};
function isVoid(n) {
  return n.k === "name" && n.s === "void";
}
function lastComponent(n) {
  if (n.k === "nested") return lastComponent(n.name);
  if (n.k === "local") return lastComponent(n.entity);
  if (n.k === "abi") return lastComponent(n.base);
  return n;
}
function templateOf(name) {
  let n = name;
  if (n.k === "local") n = n.entity;
  if (n.k === "nested" && n.prefix.k === "name" && n.prefix.s.startsWith("{default arg#")) n = n.name;
  return n.k === "template" ? n.args : null;
}
function hasReturnType(name) {
  if (name.k === "local") return hasReturnType(name.entity);
  if (name.k !== "template") return false;
  const last = lastComponent(name.name);
  return last.k !== "ctor" && last.k !== "conv";
}
var GAP = "";
var Printer = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  packIndex = -1;
  /** Inside a lambda's signature `T_` is a generic lambda's `auto` parameter. */
  inLambda = false;
  templates = [];
  /** Nodes being printed, outermost first. */
  stack = [];
  /** The templates in scope where a reference to `T_` was first printed; see `type`. */
  savedScopes = /* @__PURE__ */ new Map();
  spaceLast = false;
  step(s) {
    this.budget.steps++;
    this.budget.out += s.length;
    if (this.budget.steps > this.budget.maxSteps || s.length > this.budget.maxOut) throw BudgetExceeded;
    return s;
  }
  node(n) {
    return this.type(n, "");
  }
  /**
   * Like c++filt, `T_` means an argument of the innermost function template being printed, and
   * that argument is itself printed with the enclosing templates only (it may be an outer `T_`).
   */
  lookup(idx, level) {
    const args = this.templates[level];
    if (args === void 0) return fail();
    const arg = args[idx];
    if (arg === void 0) return fail();
    if (arg.k === "argpack" && this.packIndex >= 0) return arg.args[this.packIndex] ?? fail();
    return arg;
  }
  /** What a node stands for once template parameters are replaced; for inspecting, not printing. */
  resolve(n) {
    if (this.inLambda) return n;
    let level = this.templates.length - 1;
    let r = n;
    for (let guard2 = 0; r.k === "tparam"; guard2++) {
      if (guard2 > 32) fail();
      r = this.lookup(r.idx, level);
      level--;
    }
    return r;
  }
  /** Length of the argument pack a pack expansion iterates over, or -1. */
  packLength(n, depth) {
    if (depth > 64 || this.inLambda) return -1;
    const d = depth + 1;
    switch (n.k) {
      case "tparam": {
        const a = this.templates[this.templates.length - 1]?.[n.idx];
        if (a === void 0) return -1;
        if (a.k === "argpack") return a.args.length;
        return -1;
      }
      case "qual":
      case "ptr":
      case "lref":
      case "rref":
      case "postfix":
      case "vendorq":
      case "vector":
        return this.packLength(n.inner, d);
      case "text":
        for (const p of n.parts) {
          const l = typeof p === "string" ? -1 : this.packLength(p, d);
          if (l >= 0) return l;
        }
        return -1;
      case "template":
        for (const a of n.args) {
          const l = this.packLength(a, d);
          if (l >= 0) return l;
        }
        return this.packLength(n.name, d);
      case "nested":
        return Math.max(this.packLength(n.prefix, d), this.packLength(n.name, d));
      case "fn": {
        for (const p of n.params) {
          const l = this.packLength(p, d);
          if (l >= 0) return l;
        }
        return n.ret ? this.packLength(n.ret, d) : -1;
      }
      case "ptrmem":
        return Math.max(this.packLength(n.cls, d), this.packLength(n.mem, d));
      case "array":
        return this.packLength(n.inner, d);
      case "expr": {
        const e = n.e;
        const kids = [];
        if ("a" in e) kids.push(e.a);
        if ("b" in e) kids.push(e.b);
        if ("c" in e) kids.push(e.c);
        if ("f" in e) kids.push(e.f);
        if ("args" in e) kids.push(...e.args);
        if ("type" in e && e.type) kids.push(e.type);
        if ("placement" in e) kids.push(...e.placement);
        if ("init" in e && e.init) kids.push(...e.init);
        for (const k of kids) {
          const l = this.packLength(k, d);
          if (l >= 0) return l;
        }
        return -1;
      }
      default:
        return -1;
    }
  }
  /**
   * Comma-separated items. Like c++filt, trailing items that print nothing (empty packs) take
   * their ", " back, and then leave `spaceLast` set: c++filt decides on "> >" from the last
   * character it appended, which is then that removed space.
   */
  list(items) {
    const parts = [];
    let last = -1;
    let spaceAfterLast = false;
    for (let i = 0; i < items.length; i++) {
      this.spaceLast = false;
      const s = this.item(items[i]);
      parts.push(s);
      if (s !== "") {
        last = i;
        spaceAfterLast = this.spaceLast;
      }
    }
    this.spaceLast = last < items.length - 1 && items.length > 1 ? true : spaceAfterLast;
    return this.step(parts.slice(0, last + 1).join(", "));
  }
  item(it) {
    if (it.k === "pack") {
      const len = this.packLength(it.pattern, 0);
      if (len < 0) return `${this.paren(it.pattern)}...`;
      const saved = this.packIndex;
      const parts = [];
      for (let i = 0; i < len; i++) {
        this.packIndex = i;
        parts.push(this.node(it.pattern));
      }
      this.packIndex = saved;
      return parts.join(", ");
    }
    if (it.k === "argpack") return this.list(it.args);
    if (it.k === "tparam") {
      const r = this.resolve(it);
      if (r.k === "argpack") return this.list(r.args);
    }
    return this.node(it);
  }
  args(args) {
    const s = this.list(args);
    const space = s.endsWith(">") && !this.spaceLast;
    this.spaceLast = false;
    return this.step(space ? `<${s} >` : `<${s}>`);
  }
  paren(n) {
    return `(${this.node(n)})`;
  }
  /** Prints `n` around the declarator `d` (what sits "inside" the type, like `*` or a name). */
  type(n, d) {
    if (++this.budget.depth > 512) throw BudgetExceeded;
    this.stack.push(n);
    const outer = this.templates;
    try {
      if ((n.k === "lref" || n.k === "rref") && n.inner.k === "tparam" && !this.inLambda) {
        const scope = this.savedScopes.get(n.inner);
        if (scope === void 0) this.savedScopes.set(n.inner, outer.slice());
        else if (!this.stack.includes(n.inner) && this.stack.indexOf(n) === this.stack.length - 1) {
          this.templates = scope.slice();
        }
      }
      return this.step(this.typeInner(n, d));
    } finally {
      this.templates = outer;
      this.stack.pop();
      this.budget.depth--;
    }
  }
  /** Function and array types put a pointer or reference in parentheses: `int (*) [3]`. */
  isDeclaratorType(n) {
    let t = this.resolve(n);
    if (t.k === "qual") t = this.resolve(t.inner);
    return t.k === "fn" || t.k === "array";
  }
  /** A type with no declarator syntax of its own: the declarator just follows it. */
  plain(d, s) {
    return d === "" ? s : s + (d.charCodeAt(0) === 1 ? ` ${d.slice(1)}` : d);
  }
  typeInner(n, d) {
    switch (n.k) {
      case "name":
        return this.plain(d, n.s);
      case "std":
        return this.plain(d, n.full);
      case "op":
        return this.plain(d, n.s);
      case "nested":
        return this.plain(d, `${this.node(n.prefix)}::${this.node(n.name)}`);
      case "template": {
        const name = this.node(n.name);
        return this.plain(d, name.endsWith("<") ? `${name} ${this.args(n.args)}` : name + this.args(n.args));
      }
      case "abi":
        return this.plain(d, `${this.node(n.base)}[abi:${n.tag}]`);
      case "ctor": {
        const name = this.node(n.name);
        return this.plain(d, n.dtor ? `~${name}` : name);
      }
      case "conv":
        return this.plain(d, `operator ${this.node(n.type)}`);
      case "local":
        return this.plain(d, `${this.node(n.enc)}::${this.node(n.entity)}`);
      case "lambda": {
        const saved = this.inLambda;
        this.inLambda = true;
        try {
          return this.plain(d, `{lambda(${this.list(n.params)})#${n.n}}`);
        } finally {
          this.inLambda = saved;
        }
      }
      case "special":
        return this.plain(d, n.prefix + this.node(n.target));
      case "ctorvt":
        return this.plain(d, `construction vtable for ${this.node(n.b)}-in-${this.node(n.a)}`);
      case "clone":
        return this.plain(d, `${this.node(n.inner)} [clone ${n.suffix}]`);
      case "argpack":
        return this.plain(d, this.list(n.args));
      case "pack":
        return this.plain(d, this.list([n]));
      case "tparam": {
        if (this.inLambda) return this.plain(d, `auto:${n.idx + 1}`);
        const r = this.lookup(n.idx, this.templates.length - 1);
        const top = this.templates.pop();
        try {
          if (r.k === "argpack") return this.plain(d, this.list(r.args));
          return this.type(r, d);
        } finally {
          this.templates.push(top);
        }
      }
      case "qual": {
        let inner = n.inner;
        inner = this.resolve(inner);
        if (inner.k === "qual") {
          const q = [" const", " volatile", " restrict"].filter(
            (x) => n.q.includes(x) || inner.q.includes(x)
          );
          return this.type({ k: "qual", inner: inner.inner, q: q.join("") }, d);
        }
        if (inner.k === "array") {
          return this.type({ ...inner, inner: { k: "qual", inner: inner.inner, q: n.q } }, d);
        }
        return this.type(n.inner, n.q + d.replace(GAP, " "));
      }
      case "postfix":
      case "vendorq":
        return this.type(n.inner, ` ${n.k === "postfix" ? n.s.slice(1) : n.q}${d.replace(GAP, " ")}`);
      case "ptr": {
        let inner = n.inner;
        inner = this.resolve(inner);
        const wrapped = this.isDeclaratorType(inner);
        return this.type(n.inner, `*${d.replace(GAP, wrapped ? "" : " ")}`);
      }
      case "lref":
      case "rref": {
        let inner = n.inner;
        let kind = n.k;
        for (let guard2 = 0; guard2 < 64; guard2++) {
          let r = inner;
          r = this.resolve(r);
          if (r.k !== "lref" && r.k !== "rref") break;
          if (r.k === "lref") kind = "lref";
          inner = r.inner;
        }
        const gap = this.isDeclaratorType(inner) ? "" : " ";
        return this.type(inner, `${kind === "lref" ? "&" : "&&"}${d.replace(GAP, gap)}`);
      }
      case "fn": {
        const inner = d === "" ? "" : `(${d.replace(GAP, "")})`;
        const ret = n.ret ?? { k: "name", s: "" };
        const spec = n.spec === null ? "" : this.node(n.spec);
        return this.type(ret, `${GAP}${inner}(${this.list(n.params)})${n.q}${spec}`);
      }
      case "encoding": {
        const args = templateOf(n.name);
        if (args !== null) this.templates.push(args);
        try {
          const name = this.node(n.name);
          const tail = `${name}(${this.list(n.params)})${n.q}`;
          if (n.ret === null) return this.plain(d, tail);
          return this.type(n.ret, GAP + tail + d.replace(GAP, " "));
        } finally {
          if (args !== null) this.templates.pop();
        }
      }
      case "array": {
        const dim = typeof n.dim === "string" ? n.dim : this.node(n.dim);
        if (d.startsWith(GAP) && d.endsWith("]")) return this.type(n.inner, `${d}[${dim}]`);
        const inner = d === "" ? "" : `(${d.replace(GAP, "")}) `;
        return this.type(n.inner, `${GAP}${inner}[${dim}]`);
      }
      case "ptrmem": {
        const cls = this.node(n.cls);
        let mem = n.mem;
        mem = this.resolve(mem);
        if (mem.k === "fn") return this.type(mem, `${cls}::*${d.replace(GAP, "")}`);
        return this.type(n.mem, ` ${cls}::*${d.replace(GAP, "")}`);
      }
      case "expr":
        return this.plain(d, this.expr(n.e));
      case "text": {
        let out = "";
        for (const p of n.parts) out += typeof p === "string" ? p : this.node(p);
        return this.plain(d, out);
      }
      case "vector": {
        const dim = typeof n.dim === "string" ? n.dim : this.node(n.dim);
        return this.type(n.inner, ` __vector(${dim})${d.replace(GAP, " ")}`);
      }
    }
  }
  /** c++filt parenthesises every operand that is not a plain name or function parameter. */
  sub(n) {
    const simple = n.k === "name" || n.k === "nested" || n.k === "expr" && n.e.t === "prim" && n.e.s.startsWith("{parm#") || n.k === "expr" && n.e.t === "braced" && n.e.type === null;
    const s = this.node(n);
    return simple ? s : `(${s})`;
  }
  expr(e) {
    switch (e.t) {
      case "prim":
        return e.s;
      case "literal":
        return e.cast && e.type ? `(${this.node(e.type)})${e.text}` : e.text;
      case "unary":
        if (e.op === "&" && e.a.k === "encoding" && e.a.name.k === "nested" && e.a.q === "")
          return `&${this.node(e.a.name)}`;
        return e.op + this.sub(e.a);
      case "binary": {
        const s = `${this.sub(e.a)}${e.op}${this.sub(e.b)}`;
        return e.op === ">" ? `(${s})` : s;
      }
      case "index":
        return `${this.sub(e.a)}[${this.node(e.b)}]`;
      case "global":
        return `::${this.node(e.a)}`;
      case "new": {
        const place2 = e.placement.length > 0 ? `(${this.list(e.placement)}) ` : "";
        const init = e.init === null ? "" : `(${this.list(e.init)})`;
        return `${e.array ? "new[] " : "new "}${place2}${this.node(e.type)}${init}`;
      }
      case "trinary":
        return `${this.sub(e.a)}?${this.sub(e.b)} : ${this.sub(e.c)}`;
      case "call":
        return `${this.sub(e.f)}(${this.list(e.args)})`;
      case "cast":
        if (e.single) return `(${this.node(e.type)})${this.sub(e.args[0])}`;
        return `(${this.node(e.type)})(${this.list(e.args)})`;
      case "named_cast":
        return `${e.op}<${this.node(e.type)}>(${this.node(e.a)})`;
      case "prefix":
        if (e.s === "sizeof...") {
          const len = this.packLength(e.a, 0);
          if (len >= 0) return String(len);
          if (e.a.k === "tparam") return "0";
        }
        return e.paren ? `${e.s}(${this.node(e.a)})` : e.s + this.sub(e.a);
      case "suffix": {
        if (e.s === "...") {
          const len = this.packLength(e.a, 0);
          if (len >= 0) return this.item({ k: "pack", pattern: e.a });
        }
        return this.sub(e.a) + e.s;
      }
      case "member":
        return `${this.sub(e.a)}${e.op}${this.node(e.b)}`;
      case "braced":
        return `${e.type ? this.node(e.type) : ""}{${this.list(e.args)}}`;
    }
  }
};
function ex(e) {
  return { k: "expr", e };
}
function printNode(n, budget) {
  return new Printer(budget).node(n);
}
function printArgs(args, budget) {
  return new Printer(budget).args(args);
}
function demangleItanium(symbol) {
  const parser = new Parser(symbol, false);
  let tree;
  try {
    tree = parser.mangled();
  } catch {
    if (!parser.usedNewSr) return null;
    try {
      tree = new Parser(symbol, true).mangled();
    } catch {
      return null;
    }
  }
  try {
    return printNode(tree, newBudget());
  } catch {
    return null;
  }
}
var GLOBAL_CTOR_DTOR = /^_GLOBAL_[._$]([DI])_/;
function demangleGlobalCtorDtor(symbol) {
  const m = GLOBAL_CTOR_DTOR.exec(symbol);
  if (m === null) return null;
  const what = m[1] === "I" ? "global constructors keyed to " : "global destructors keyed to ";
  const rest = symbol.slice(m[0].length);
  if (rest === "") return null;
  if (!rest.startsWith("_Z")) return what + rest;
  try {
    return what + printNode(new Parser(rest, false).keyedEncoding(), newBudget());
  } catch {
    return null;
  }
}

// src/demangle/rust-legacy.ts
var ESCAPES = {
  SP: "@",
  BP: "*",
  RF: "&",
  LT: "<",
  GT: ">",
  LP: "(",
  RP: ")",
  C: ","
};
var HASH = /^h[0-9a-f]{16}$/;
function demangleRustLegacy(symbol) {
  if (!symbol.startsWith("_ZN")) return null;
  let end = symbol.length;
  if (!symbol.endsWith("E")) end = symbol.lastIndexOf("E.") + 1;
  if (symbol.charCodeAt(end - 1) !== 69 || end - 1 < 3 + 19) return null;
  if (!symbol.startsWith("17h", end - 20)) return null;
  const idents = [];
  let i = 3;
  while (i < end - 1) {
    let len = 0;
    const start = i;
    while (i < end - 1 && symbol.charCodeAt(i) >= 48 && symbol.charCodeAt(i) <= 57) {
      len = len * 10 + symbol.charCodeAt(i) - 48;
      i++;
    }
    if (i === start || len === 0 || i + len > end - 1) return null;
    idents.push(symbol.slice(i, i + len));
    i += len;
  }
  const hash = idents[idents.length - 1];
  if (hash === void 0 || !HASH.test(hash)) return null;
  if (new Set(hash.slice(1)).size < 5) return null;
  for (const id of idents) if (!/^[A-Za-z0-9_$.]+$/.test(id)) return null;
  return idents.map(unescapeIdent).join("::");
}
function unescapeIdent(ident) {
  let s = ident;
  if (s.startsWith("_$")) s = s.slice(1);
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "$") {
      const close = s.indexOf("$", i + 1);
      const decoded = close < 0 ? void 0 : decodeEscape(s.slice(i + 1, close));
      if (decoded === void 0) return out + s.slice(i);
      out += decoded;
      i = close + 1;
    } else if (c === "." && s[i + 1] === ".") {
      out += "::";
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function decodeEscape(code) {
  const named = ESCAPES[code];
  if (named !== void 0) return named;
  if (/^u[0-9a-f]{2}$/.test(code)) {
    const v = Number.parseInt(code.slice(1), 16);
    if (v >= 32 && v <= 127) return String.fromCharCode(v);
  }
  return void 0;
}

// src/demangle/rust-v0.ts
var BASIC = {
  a: "i8",
  b: "bool",
  c: "char",
  d: "f64",
  e: "str",
  f: "f32",
  h: "u8",
  i: "isize",
  j: "usize",
  l: "i32",
  m: "u32",
  n: "i128",
  o: "u128",
  s: "i16",
  t: "u16",
  u: "()",
  v: "...",
  x: "i64",
  y: "u64",
  z: "!",
  p: "_"
};
var SIGNED = /* @__PURE__ */ new Set(["a", "s", "l", "x", "n", "i"]);
var UNSIGNED = /* @__PURE__ */ new Set(["h", "t", "m", "y", "o", "j"]);
var MAX_DEPTH2 = 256;
var U64 = (1n << 64n) - 1n;
var V0 = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 2;
  out = "";
  skipping = 0;
  depth = 0;
  /** Backrefs re-parse earlier text, and skipped text prints nothing, so output alone bounds nothing. */
  steps = 0;
  boundLifetimes = 0;
  run() {
    if (this.s.length > 2 && this.s.charCodeAt(2) >= 48 && this.s.charCodeAt(2) <= 57) fail();
    this.path(true);
    if (this.i < this.s.length) {
      this.skipping++;
      this.path(false);
      this.skipping--;
    }
    if (this.i !== this.s.length) fail();
    return this.out;
  }
  peek() {
    return this.s[this.i] ?? "";
  }
  eat(c) {
    if (this.s[this.i] === c) {
      this.i++;
      return true;
    }
    return false;
  }
  next() {
    const c = this.s[this.i];
    if (c === void 0) fail();
    this.i++;
    return c;
  }
  print(t) {
    if (this.skipping > 0) return;
    this.out += t;
    if (this.out.length > MAX_OUTPUT) fail();
  }
  enter() {
    if (++this.depth > MAX_DEPTH2 || ++this.steps > MAX_STEPS) fail();
  }
  /** `{0-9a-zA-Z} _`, where "_" alone is 0 and digits encode n - 1. */
  base62() {
    if (this.eat("_")) return 0n;
    let n = 0n;
    let digits = 0;
    for (; ; ) {
      const c = this.next();
      if (c === "_") break;
      let d;
      if (c >= "0" && c <= "9") d = c.charCodeAt(0) - 48;
      else if (c >= "a" && c <= "z") d = c.charCodeAt(0) - 87;
      else if (c >= "A" && c <= "Z") d = c.charCodeAt(0) - 29;
      else return fail();
      if (++digits > 64) fail();
      n = n * 62n + BigInt(d) & U64;
    }
    return n + 1n & U64;
  }
  optBase62(tag) {
    return this.eat(tag) ? this.base62() + 1n & U64 : 0n;
  }
  decimal() {
    const start = this.i;
    if (this.peek() === "0") {
      this.i++;
      return 0;
    }
    while (this.peek() >= "0" && this.peek() <= "9") this.i++;
    if (this.i === start || this.i - start > 9) fail();
    return Number(this.s.slice(start, this.i));
  }
  ident() {
    const puny = this.eat("u");
    const len = this.decimal();
    this.eat("_");
    if (this.i + len > this.s.length) fail();
    const raw = this.s.slice(this.i, this.i + len);
    this.i += len;
    if (!puny) return { name: raw, punycode: false };
    return { name: decodePunycode(raw), punycode: true };
  }
  backref(f) {
    const start = this.i - 1;
    const offset = this.base62();
    if (this.skipping > 0) return;
    if (offset > 0xffffffffn) fail();
    const target = Number(offset) + 2;
    if (target >= start) fail();
    const saved = this.i;
    this.i = target;
    try {
      f();
    } finally {
      this.i = saved;
    }
  }
  path(inValue) {
    this.enter();
    try {
      const c = this.next();
      switch (c) {
        case "C": {
          const dis = this.optBase62("s");
          this.print(this.ident().name);
          this.print(`[${dis.toString(16)}]`);
          return;
        }
        case "M":
        case "X": {
          this.optBase62("s");
          this.skipping++;
          this.path(false);
          this.skipping--;
          this.print("<");
          this.type();
          if (c === "X") {
            this.print(" as ");
            this.path(false);
          }
          this.print(">");
          return;
        }
        case "Y": {
          this.print("<");
          this.type();
          this.print(" as ");
          this.path(false);
          this.print(">");
          return;
        }
        case "N": {
          const ns = this.next();
          if (!/[a-zA-Z]/.test(ns)) fail();
          this.path(inValue);
          const dis = this.optBase62("s");
          const { name } = this.ident();
          if (ns >= "A" && ns <= "Z") {
            this.print("::{");
            this.print(ns === "C" ? "closure" : ns === "S" ? "shim" : ns);
            if (name !== "") this.print(`:${name}`);
            this.print(`#${dis}}`);
          } else if (name !== "") {
            this.print(`::${name}`);
          }
          return;
        }
        case "I": {
          this.path(inValue);
          if (inValue) this.print("::");
          this.print("<");
          this.genericArgs();
          this.print(">");
          return;
        }
        case "B":
          this.backref(() => this.path(inValue));
          return;
        default:
          fail();
      }
    } finally {
      this.depth--;
    }
  }
  genericArgs() {
    for (let n = 0; !this.eat("E"); n++) {
      if (n > 0) this.print(", ");
      this.genericArg();
    }
  }
  genericArg() {
    if (this.eat("L")) {
      this.lifetime(this.base62());
    } else if (this.eat("K")) {
      this.constant();
    } else this.type();
  }
  lifetime(lt) {
    if (lt === 0n) {
      this.print("'_");
      return;
    }
    let depth = BigInt(this.boundLifetimes) - lt;
    if (depth < 0n) depth += 1n << 64n;
    this.print(depth < 26n ? `'${String.fromCharCode(97 + Number(depth))}` : `'_${depth}`);
  }
  binder() {
    const n = this.optBase62("G");
    if (n === 0n) return 0;
    if (n > 1000n) fail();
    this.print("for<");
    for (let k = 0; k < Number(n); k++) {
      if (k > 0) this.print(", ");
      this.boundLifetimes++;
      this.lifetime(1n);
    }
    this.print("> ");
    return Number(n);
  }
  type() {
    this.enter();
    try {
      this.typeInner();
    } finally {
      this.depth--;
    }
  }
  typeInner() {
    const c = this.next();
    const basic = BASIC[c];
    if (basic !== void 0) {
      this.print(basic);
      return;
    }
    switch (c) {
      case "R":
      case "Q": {
        this.print("&");
        if (this.eat("L")) {
          const lt = this.base62();
          if (lt !== 0n) {
            this.lifetime(lt);
            this.print(" ");
          }
        }
        if (c === "Q") this.print("mut ");
        this.type();
        return;
      }
      case "P":
      case "O":
        this.print(c === "P" ? "*const " : "*mut ");
        this.type();
        return;
      case "A":
        this.print("[");
        this.type();
        this.print("; ");
        this.constant();
        this.print("]");
        return;
      case "S":
        this.print("[");
        this.type();
        this.print("]");
        return;
      case "T": {
        this.print("(");
        let n = 0;
        for (; !this.eat("E"); n++) {
          if (n > 0) this.print(", ");
          this.type();
        }
        if (n === 1) this.print(",");
        this.print(")");
        return;
      }
      case "F": {
        const saved = this.boundLifetimes;
        this.binder();
        if (this.eat("U")) this.print("unsafe ");
        if (this.eat("K")) {
          let abi;
          if (this.eat("C")) abi = "C";
          else {
            const id = this.ident();
            if (id.punycode) fail();
            abi = id.name.replaceAll("_", "-");
          }
          this.print(`extern "${abi}" `);
        }
        this.print("fn(");
        for (let n = 0; !this.eat("E"); n++) {
          if (n > 0) this.print(", ");
          this.type();
        }
        this.print(")");
        if (this.eat("u")) {
        } else {
          this.print(" -> ");
          this.type();
        }
        this.boundLifetimes = saved;
        return;
      }
      case "D": {
        this.print("dyn ");
        const saved = this.boundLifetimes;
        this.binder();
        for (let n = 0; !this.eat("E"); n++) {
          if (n > 0) this.print(" + ");
          this.dynTrait();
        }
        this.boundLifetimes = saved;
        if (!this.eat("L")) fail();
        const lt = this.base62();
        if (lt !== 0n) {
          this.print(" + ");
          this.lifetime(lt);
        }
        return;
      }
      case "B":
        this.backref(() => this.type());
        return;
      default:
        this.i--;
        this.path(false);
    }
  }
  dynTrait() {
    const open = this.pathMaybeOpenGenerics();
    let first = !open;
    while (this.eat("p")) {
      this.print(first ? "<" : ", ");
      first = false;
      this.print(this.ident().name);
      this.print(" = ");
      this.type();
    }
    if (!first) this.print(">");
  }
  /** Prints a path; when it ends in generic args, leaves them open for associated-type bindings. */
  pathMaybeOpenGenerics() {
    if (this.eat("B")) {
      let open = false;
      this.backref(() => {
        open = this.pathMaybeOpenGenerics();
      });
      return open;
    }
    if (this.eat("I")) {
      this.path(false);
      this.print("<");
      this.genericArgs();
      return true;
    }
    this.path(false);
    return false;
  }
  constant() {
    if (this.eat("B")) {
      this.backref(() => this.constant());
      return;
    }
    const t = this.next();
    if (t === "p") {
      this.print("_");
      return;
    }
    const neg = this.eat("n");
    const start = this.i;
    while (/[0-9a-f]/.test(this.peek())) this.i++;
    const hex2 = this.s.slice(start, this.i);
    if (!this.eat("_")) fail();
    if (!UNSIGNED.has(t) && !SIGNED.has(t) && t !== "b" && t !== "c") fail();
    if (neg && !SIGNED.has(t)) fail();
    if (hex2.length > 16) {
      this.print(`${neg ? "-" : ""}0x${hex2.slice(1)}_: ${BASIC[t]}`);
      return;
    }
    const v = hex2 === "" ? 0n : BigInt(`0x${hex2}`);
    if (UNSIGNED.has(t) || SIGNED.has(t)) {
      this.print(`${neg ? "-" : ""}${v}: ${BASIC[t]}`);
    } else if (t === "b") {
      if (neg || v > 1n) fail();
      this.print(v === 1n ? "true: bool" : "false: bool");
    } else {
      this.print(`${quoteChar(v)}: char`);
    }
  }
};
function quoteChar(cp) {
  if (cp === 9n) return "'\\t'";
  if (cp === 13n) return "'\\r'";
  if (cp === 10n) return "'\\n'";
  if (cp > 0x20n && cp < 0x7en) return `'${String.fromCharCode(Number(cp))}'`;
  return `'\\u{${cp.toString(16)}}'`;
}
function decodePunycode(raw) {
  const delim = raw.lastIndexOf("_");
  const output = [];
  if (delim > 0) {
    for (const ch of raw.slice(0, delim)) output.push(ch.charCodeAt(0));
  }
  let rest = delim >= 0 ? raw.slice(delim + 1) : raw;
  if (delim === 0) rest = raw.slice(1);
  let n = 128;
  let bias = 72;
  let i = 0;
  let pos = 0;
  const digit = (c) => {
    if (c >= "a" && c <= "z") return c.charCodeAt(0) - 97;
    if (c >= "0" && c <= "9") return c.charCodeAt(0) - 22;
    return fail();
  };
  while (pos < rest.length) {
    const oldi = i;
    let w = 1;
    for (let k2 = 36; ; k2 += 36) {
      const ch = rest[pos++];
      if (ch === void 0) fail();
      const d = digit(ch);
      i += d * w;
      const t = k2 <= bias ? 1 : k2 >= bias + 26 ? 26 : k2 - bias;
      if (d < t) break;
      w *= 36 - t;
      if (i > 1114111 * 64 || w > 2147483647) fail();
    }
    const len = output.length + 1;
    let delta = i - oldi;
    delta = oldi === 0 ? Math.floor(delta / 700) : delta >> 1;
    delta += Math.floor(delta / len);
    let k = 0;
    while (delta > 455) {
      delta = Math.floor(delta / 35);
      k += 36;
    }
    bias = k + Math.floor(36 * delta / (delta + 38));
    n += Math.floor(i / len);
    i %= len;
    if (n > 1114111 || output.length > 4096) fail();
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
function demangleRustV0(symbol) {
  const dot = symbol.indexOf(".");
  const core = dot >= 0 ? symbol.slice(0, dot) : symbol;
  if (!/^_R[0-9A-Za-z_]+$/.test(core)) return null;
  try {
    return new V0(core).run();
  } catch {
    return null;
  }
}

// src/demangle/demangle.ts
function demangle(symbol) {
  if (symbol.length < 3 || symbol.charCodeAt(0) !== 95) return symbol;
  const at = symbol.indexOf("@");
  if (at > 0) return demangleName(symbol.slice(0, at)) + symbol.slice(at);
  return demangleName(symbol);
}
function demangleName(symbol) {
  const kind = symbol.charCodeAt(1);
  if (kind === 90) {
    return demangleRustLegacy(symbol) ?? demangleItanium(symbol) ?? symbol;
  }
  if (kind === 82) return demangleRustV0(symbol) ?? symbol;
  if (kind === 71) return demangleGlobalCtorDtor(symbol) ?? symbol;
  return symbol;
}
function readableName(symbol) {
  const name = demangle(symbol);
  if (name === symbol) return name;
  if (symbol.charCodeAt(1) === 82) return name.replace(RUST_DISAMBIGUATOR, "");
  return symbol.includes("17h") ? withoutRustHash(name) : name;
}
var RUST_DISAMBIGUATOR = /(?<=[\p{L}\p{N}_])\[[0-9a-f]{1,16}\]/gu;
function withoutRustHash(name) {
  const at = name.indexOf("@");
  const end = at < 0 ? name.length : at;
  const start = end - 19;
  if (start < 0 || name.charCodeAt(start) !== 58 || name.charCodeAt(start + 1) !== 58 || name.charCodeAt(start + 2) !== 104)
    return name;
  for (let i = start + 3; i < end; i++) {
    const c = name.charCodeAt(i);
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return name;
  }
  return name.slice(0, start) + name.slice(end);
}

// src/report/model.ts
var UNKNOWN_SOURCE = "(unknown source)";
function readableName2(f) {
  return f.name ?? readableName(f.names[0]);
}
function functionLineTotals(lines) {
  const seen = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const key = `${l.file ?? ""}\0${l.line}`;
    const state = l.unprobeable ? "unprobeable" : l.hits > 0 ? "covered" : "uncovered";
    const before = seen.get(key);
    if (before === void 0 || before === "unprobeable" || before === "uncovered" && state === "covered")
      seen.set(key, state);
  }
  let covered = 0;
  let unprobeable = 0;
  for (const state of seen.values()) {
    if (state === "covered") covered++;
    else if (state === "unprobeable") unprobeable++;
  }
  const traced = seen.size - unprobeable;
  return { lines: seen.size, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}
function modelFunction(f, granularity) {
  const rawName = f.raw_name ?? f.names[0];
  const out = {
    name: readableName2(f),
    rawName,
    aliases: f.names.filter((n) => n !== rawName),
    offset: f.offset,
    size: f.size,
    status: statusOf(f)
  };
  if (f.calls !== void 0) out.calls = f.calls;
  if (f.unprobeable_reason !== void 0) out.unprobeableReason = f.unprobeable_reason;
  if (f.file !== void 0) out.file = f.file;
  if (f.line_start !== void 0) out.lineStart = f.line_start;
  if (f.line_end !== void 0) out.lineEnd = f.line_end;
  if (f.package !== void 0) out.package = f.package;
  if (granularity === "line" && f.lines) {
    out.lines = f.lines;
    out.lineTotals = functionLineTotals(f.lines);
  }
  return out;
}
var KIND_ORDER = { file: 0, package: 1, unknown: 2 };
function byLineThenName(a, b) {
  return (a.lineStart ?? 0) - (b.lineStart ?? 0) || compareText(a.name, b.name) || a.offset - b.offset;
}
var EMPTY_TOTALS = { functions: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
function lineTotalsOfFile(lines) {
  let covered = 0;
  let unprobeable = 0;
  for (const l of lines) {
    if (l.state === "covered") covered++;
    else if (l.state === "unprobeable") unprobeable++;
  }
  const traced = lines.length - unprobeable;
  return { lines: lines.length, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}
function buildModel(report, onProgress) {
  const granularity = granularityOf(report);
  const total = report.totals.functions;
  let done = 0;
  const binaries = report.binaries.map((b) => {
    const groups = /* @__PURE__ */ new Map();
    const groupOf = (kind, name) => {
      const key = `${kind}\0${name}`;
      let group = groups.get(key);
      if (!group) {
        group = { kind, name, functions: [], totals: { ...EMPTY_TOTALS } };
        groups.set(key, group);
      }
      return group;
    };
    for (const f of b.functions) {
      const fn = modelFunction(f, granularity);
      const kind = fn.file !== void 0 ? "file" : fn.package !== void 0 ? "package" : "unknown";
      groupOf(kind, fn.file ?? fn.package ?? UNKNOWN_SOURCE).functions.push(fn);
      if (++done % 1e4 === 0) onProgress?.(done, total);
    }
    const fileLines = granularity === "line" ? fileLinesOf(b.functions, report.mode) : void 0;
    if (fileLines) for (const [file, lines] of fileLines) groupOf("file", file).lines = lines;
    const sorted = [...groups.values()].sort(
      (x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareText(x.name, y.name)
    );
    for (const g of sorted) {
      g.functions.sort(byLineThenName);
      g.totals = totalsOf(g.functions);
      if (fileLines && g.kind === "file") {
        g.lines ??= [];
        g.totals.lines = lineTotalsOfFile(g.lines);
      }
    }
    return {
      path: b.path,
      name: basename(b.path),
      buildId: b.build_id,
      arch: b.arch,
      totals: b.totals,
      groups: sorted
    };
  });
  const model = {
    mode: report.mode,
    granularity,
    startedAt: report.started_at,
    endedAt: report.ended_at,
    toolVersion: report.tool.version,
    totals: report.totals,
    binaries
  };
  if (report.command) model.command = report.command;
  return model;
}
function formatPercent(percent) {
  return `${percent.toFixed(2)}%`;
}

// src/report/formats/htmlTemplate.ts
var HTML_TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
:root { --ok: #2e7d32; --ok-bg: #e3f4e4; --bad: #c62828; --bad-bg: #fdecea; --na: #757575; --na-bg: #eeeeee;
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa; --link: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 12px 16px; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 4px 0; }
h2 { font-size: 16px; margin: 20px 0 8px; }
.meta { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 120px; flex: 1 1 120px; }
.card b { display: block; font-size: 22px; }
.card > span { color: var(--muted); font-size: 12px; }
.bar { position: relative; height: 10px; background: var(--bad-bg); border-radius: 5px; overflow: hidden; min-width: 60px; }
.bar > i { position: absolute; inset: 0 auto 0 0; background: var(--ok); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.barcell { width: 30%; vertical-align: middle; }
.name { overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
details.files { margin: 4px 0 12px; }
details.files summary { cursor: pointer; color: var(--muted); }
th[data-sort] { cursor: pointer; user-select: none; }
th[data-sort]::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending]::after { content: " \\2191"; color: var(--fg); }
th[aria-sort=descending]::after { content: " \\2193"; color: var(--fg); }
.controls { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; align-items: center; }
.controls input, .controls select, button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.controls input { flex: 1 1 220px; min-width: 0; }
.status { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
.status.covered { background: var(--ok-bg); color: var(--ok); }
.status.uncovered { background: var(--bad-bg); color: var(--bad); }
.status.unprobeable { background: var(--na-bg); color: var(--na); }
.tablewrap { overflow-x: auto; }
#fn-more { margin: 8px 0; }
#source { display: none; }
#source.shown { display: block; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
.code div { white-space: pre; padding: 0 8px 0 0; min-height: 1.45em; }
.code div::before { content: attr(data-n); display: inline-block; width: 5ch; margin-right: 8px; padding-right: 4px; text-align: right; color: var(--muted); background: var(--panel); }
.code div.covered { background: var(--ok-bg); }
.code div.uncovered { background: var(--bad-bg); }
.code div.unprobeable { background: var(--na-bg); }
.code div.nocode::before { opacity: 0.6; }
.status.nocode { background: var(--bg); color: var(--muted); border: 1px solid var(--line); }
.code div.entry { font-weight: 600; }
.legend span { margin-right: 12px; }
@media (max-width: 640px) {
  header, main { padding: 8px; }
  .hide-narrow { display: none; }
  td.barcell { width: 25%; }
  th, td { padding: 3px 4px; }
}
</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<div class="meta">mode {{mode}} \xB7 {{startedAt}} \u2013 {{endedAt}}{{#if command}} \xB7 command: <span class="name">{{command}}</span>{{/if}} \xB7 xcover {{version}}</div>
</header>
<main>
<section id="overview">
<div class="cards">
{{#if byLine}}
  <div class="card"><b id="line-percent">{{totals.lines.percentText}}</b><span>lines covered</span></div>
  <div class="card"><b><span id="line-covered">{{totals.lines.covered}}</span> / <span id="line-traced">{{totals.lines.traced}}</span></b><span>lines covered / traced</span></div>
  <div class="card"><b id="line-unprobeable">{{totals.lines.unprobeable}}</b><span>unprobeable lines (not counted)</span></div>
{{/if}}
  <div class="card"><b id="total-percent">{{totals.percentText}}</b><span>functions covered</span></div>
  <div class="card"><b><span id="total-covered">{{totals.covered}}</span> / <span id="total-traced">{{totals.traced}}</span></b><span>covered / traced</span></div>
  <div class="card"><b id="total-uncovered">{{totals.uncovered}}</b><span>not covered</span></div>
  <div class="card"><b id="total-unprobeable">{{totals.unprobeable}}</b><span>unprobeable (not counted)</span></div>
</div>
{{#if byLine}}<div class="bar" title="lines {{totals.lines.percentText}}"><i style="width: {{totals.lines.width}}%"></i></div>
{{else}}<div class="bar" title="{{totals.percentText}}"><i style="width: {{totals.width}}%"></i></div>
{{/if}}
<h2>Binaries</h2>
{{#each binaries}}
<div class="binary">
<table>
{{#if @root.byLine}}
<thead><tr><th>binary</th><th class="num">lines</th><th class="num">functions</th><th class="num hide-narrow">lines covered / traced</th><th class="num hide-narrow">functions covered / traced</th><th class="barcell"></th></tr></thead>
<tbody><tr class="binary-row"><td class="name" title="{{path}}">{{name}}</td><td class="num line-cov">{{totals.lines.percentText}}</td><td class="num fn-cov">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.lines.covered}} / {{totals.lines.traced}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.lines.width}}%"></i></div></td></tr></tbody>
{{else}}
<thead><tr><th>binary</th><th class="num">coverage</th><th class="num hide-narrow">covered / traced</th><th class="barcell"></th></tr></thead>
<tbody><tr class="binary-row"><td class="name" title="{{path}}">{{name}}</td><td class="num">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.width}}%"></i></div></td></tr></tbody>
{{/if}}
</table>
<details class="files"{{#if openFiles}} open{{/if}}><summary>{{groups.length}} source files and groups{{#if buildId}} \xB7 build-id {{buildId}}{{/if}}</summary>
<div class="tablewrap"><table>
{{#if @root.byLine}}
<thead><tr><th>source</th><th class="num">lines</th><th class="num">functions</th><th class="num hide-narrow">lines covered / traced</th><th class="num hide-narrow">functions covered / traced</th><th class="barcell"></th></tr></thead>
<tbody>
{{#each groups}}<tr class="file-row"><td class="name">{{#if source}}<a href="#source-{{index}}">{{name}}</a>{{else}}{{name}}{{/if}}</td>{{#if totals.lines}}<td class="num line-cov">{{totals.lines.percentText}}</td>{{else}}<td class="num line-cov">\u2014</td>{{/if}}<td class="num fn-cov">{{#if totals.functions}}{{totals.percentText}}{{else}}\u2014{{/if}}</td>{{#if totals.lines}}<td class="num hide-narrow">{{totals.lines.covered}} / {{totals.lines.traced}}</td>{{else}}<td class="num hide-narrow">\u2014</td>{{/if}}<td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell">{{#if totals.lines}}<div class="bar"><i style="width: {{totals.lines.width}}%"></i></div>{{/if}}</td></tr>
{{/each}}
</tbody>
{{else}}
<thead><tr><th>source</th><th class="num">coverage</th><th class="num hide-narrow">covered / traced</th><th class="barcell"></th></tr></thead>
<tbody>
{{#each groups}}<tr class="file-row"><td class="name">{{#if source}}<a href="#source-{{index}}">{{name}}</a>{{else}}{{name}}{{/if}}</td><td class="num">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.width}}%"></i></div></td></tr>
{{/each}}
</tbody>
{{/if}}
</table></div>
</details>
</div>
{{/each}}
</section>
<section id="source">
<h2>Source: <span id="source-name" class="name"></span> \xB7 <a href="#functions">back to the functions</a></h2>
<div class="legend meta"><span class="status covered">covered</span><span class="status uncovered">not covered</span><span class="status unprobeable">unprobeable</span>{{#if byLine}}<span class="status nocode">no code</span>{{/if}}</div>
<div id="source-code" class="code"></div>
</section>
<section id="functions">
<h2>Functions</h2>
<div class="controls">
  <input id="fn-filter" type="search" placeholder="Filter by name or file" aria-label="Filter functions by name or file">
  <select id="fn-status" aria-label="Status">
    <option value="">all</option><option value="covered">covered</option><option value="uncovered">not covered</option><option value="unprobeable">unprobeable</option>
  </select>
  <select id="fn-binary" aria-label="Binary"><option value="">all binaries</option>{{#each binaries}}<option value="{{@index}}">{{name}}</option>{{/each}}</select>
  <span id="fn-count" class="meta"></span>
</div>
<div class="tablewrap">
<table id="fn-table">
<thead><tr>
  <th data-sort="name">function</th>
  <th data-sort="file">source</th>
  <th data-sort="status">status</th>
  {{#if byLine}}<th data-sort="lines" class="num hide-narrow">lines</th>{{/if}}
  <th data-sort="binary" class="hide-narrow">binary</th>
  {{#if counting}}<th data-sort="calls" class="num">calls</th>{{/if}}
</tr></thead>
<tbody></tbody>
</table>
</div>
<button id="fn-more" type="button" hidden>show more</button>
</section>
<noscript><p>The function table needs JavaScript; the overview above is complete without it.</p></noscript>
</main>
<script id="xcover-data" type="application/json">{{{data}}}</script>
<script>
{{{script}}}
</script>
</body>
</html>
`;
var HTML_SCRIPT = `(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("xcover-data").textContent);
  var STATUS = ["uncovered", "covered", "unprobeable"];
  var STATUS_TEXT = ["not covered", "covered", "unprobeable"];
  var PAGE = 300;
  var fns = data.fns.map(function (f, i) {
    var file = data.files[f[1]];
    return { i: i, name: f[0], file: f[1], line: f[2], status: f[3], calls: f[4], raw: f[5], reason: f[6],
      lines: f[8] || null, binary: file.b, fileName: file.name, hay: (f[0] + "\\u0000" + f[5] + "\\u0000" + file.name).toLowerCase() };
  });
  var state = { query: "", status: "", binary: "", sort: "file", dir: 1, limit: PAGE };
  var tbody = document.querySelector("#fn-table tbody");
  var count = document.getElementById("fn-count");
  var more = document.getElementById("fn-more");
  var collator = new Intl.Collator(undefined, { numeric: true });
  var keys = {
    name: function (a, b) { return collator.compare(a.name, b.name); },
    file: function (a, b) { return collator.compare(a.fileName, b.fileName) || a.line - b.line || collator.compare(a.name, b.name); },
    status: function (a, b) { return a.status - b.status; },
    binary: function (a, b) { return a.binary - b.binary; },
    calls: function (a, b) { return (a.calls || 0) - (b.calls || 0); },
    lines: function (a, b) { return lineRatio(a) - lineRatio(b); }
  };
  function lineRatio(f) { return f.lines ? (f.lines[1] ? f.lines[0] / f.lines[1] : 0) : -1; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function visible() {
    var q = state.query.toLowerCase();
    var out = fns.filter(function (f) {
      return (state.status === "" || STATUS[f.status] === state.status) &&
        (state.binary === "" || String(f.binary) === state.binary) &&
        (q === "" || f.hay.indexOf(q) >= 0);
    });
    var cmp = keys[state.sort];
    out.sort(function (a, b) { return state.dir * cmp(a, b) || a.i - b.i; });
    return out;
  }
  function render() {
    var rows = visible();
    var frag = document.createDocumentFragment();
    rows.slice(0, state.limit).forEach(function (f) {
      var tr = el("tr");
      tr.setAttribute("data-status", STATUS[f.status]);
      var name = el("td", "name", f.name);
      if (f.raw !== f.name) name.title = f.raw;
      tr.appendChild(name);
      var where = el("td", "name");
      var label = f.fileName + (f.line ? ":" + f.line : "");
      var src = data.files[f.file].src;
      if (src >= 0) {
        var a = el("a", "", label);
        a.href = "#source-" + f.file + (f.line ? "-" + f.line : "");
        where.appendChild(a);
      } else {
        where.textContent = label;
      }
      tr.appendChild(where);
      var st = el("td");
      var badge = el("span", "status " + STATUS[f.status], STATUS_TEXT[f.status]);
      if (f.reason) badge.title = f.reason;
      st.appendChild(badge);
      tr.appendChild(st);
      if (data.byLine) {
        var ln = el("td", "num hide-narrow", f.lines ? f.lines[0] + "/" + f.lines[1] : "\u2014");
        ln.title = f.lines ? "lines covered / traced" : "no line table: only its entry was probed";
        tr.appendChild(ln);
      }
      tr.appendChild(el("td", "name hide-narrow", data.binaries[f.binary].name));
      if (data.counting) tr.appendChild(el("td", "num", String(f.calls || 0)));
      frag.appendChild(tr);
    });
    tbody.textContent = "";
    tbody.appendChild(frag);
    count.textContent = "showing " + Math.min(rows.length, state.limit) + " of " + rows.length +
      (rows.length === fns.length ? " functions" : " matching functions (" + fns.length + " in all)");
    more.hidden = rows.length <= state.limit;
    document.querySelectorAll("#fn-table th[data-sort]").forEach(function (th) {
      if (th.getAttribute("data-sort") === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }
  function showSource(fileIndex, line) {
    var file = data.files[fileIndex];
    var section = document.getElementById("source");
    if (!file || file.src < 0) { section.className = ""; return; }
    var text = data.sources[file.src];
    var lines = text.split(/\\r?\\n/);
    var marks = new Array(lines.length + 2);
    var hits = {};
    var entries = {};
    var byLine = data.byLine && file.ln;
    if (byLine) {
      for (var k = 0; k + 2 < file.ln.length; k += 3) { marks[file.ln[k]] = file.ln[k + 1]; hits[file.ln[k]] = file.ln[k + 2]; }
    }
    fns.forEach(function (f) {
      if (f.file !== fileIndex || !f.line) return;
      if (!byLine) {
        var end = data.fns[f.i][7] || f.line;
        for (var n = f.line; n <= end && n <= lines.length; n++) if (marks[n] === undefined || f.status === 1) marks[n] = f.status;
      }
      entries[f.line] = (entries[f.line] ? entries[f.line] + ", " : "") + f.name + ": " + STATUS_TEXT[f.status];
    });
    var code = document.getElementById("source-code");
    var frag = document.createDocumentFragment();
    lines.forEach(function (t, k) {
      var n = k + 1;
      var cls = marks[n] === undefined ? (byLine ? "nocode" : "") : STATUS[marks[n]];
      var div = el("div", cls + (entries[n] && (marks[n] !== undefined || byLine) ? " entry" : ""), t);
      div.setAttribute("data-n", String(n));
      div.id = "L" + n;
      var title = entries[n] || "";
      if (byLine && marks[n] !== undefined) {
        var what = marks[n] === 2 ? "unprobeable" : data.counting ? hits[n] + " hits" : STATUS_TEXT[marks[n]];
        title = title ? title + "; line: " + what : "line: " + what;
      }
      if (title) div.title = title;
      frag.appendChild(div);
    });
    code.textContent = "";
    code.appendChild(frag);
    document.getElementById("source-name").textContent = file.name;
    section.className = "shown";
    var target = line ? document.getElementById("L" + line) : section;
    (target || section).scrollIntoView();
  }
  function route() {
    var m = /^#source-(\\d+)(?:-(\\d+))?$/.exec(location.hash);
    if (m) showSource(Number(m[1]), m[2] ? Number(m[2]) : 0);
    else document.getElementById("source").className = "";
  }
  document.getElementById("fn-filter").addEventListener("input", function (e) { state.query = e.target.value; state.limit = PAGE; render(); });
  document.getElementById("fn-status").addEventListener("change", function (e) { state.status = e.target.value; state.limit = PAGE; render(); });
  document.getElementById("fn-binary").addEventListener("change", function (e) { state.binary = e.target.value; state.limit = PAGE; render(); });
  more.addEventListener("click", function () { state.limit += PAGE * 10; render(); });
  document.querySelectorAll("#fn-table th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-sort");
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      render();
    });
  });
  window.addEventListener("hashchange", route);
  render();
  route();
})();
`;

// src/report/formats/html.ts
var MAX_SOURCE_BYTES = 1 << 20;
var MAX_TOTAL_SOURCE_BYTES = 32 << 20;
var compiled;
function template() {
  compiled ??= import_handlebars.default.compile(HTML_TEMPLATE, { strict: true });
  return compiled;
}
function totalsView(t) {
  return {
    ...t,
    uncovered: t.traced - t.covered,
    percentText: formatPercent(t.percent),
    width: Math.round(t.percent * 100) / 100,
    lines: t.lines ? lineTotalsView(t.lines) : void 0
  };
}
function lineTotalsView(t) {
  return {
    ...t,
    uncovered: t.traced - t.covered,
    percentText: t.traced === 0 ? "\u2014" : formatPercent(t.percent),
    width: Math.round(t.percent * 100) / 100
  };
}
function isInside(root, path) {
  const rel = relative2(root, path);
  return rel === "" || !rel.startsWith(`..${sep2}`) && rel !== ".." && !isAbsolute2(rel);
}
function isRegularFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function locate(root, file) {
  const candidates2 = [];
  if (isAbsolute2(file)) candidates2.push(file);
  else candidates2.push(join2(root, file));
  const parts = file.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
  for (let i = 0; i < parts.length - 1; i++) candidates2.push(join2(root, ...parts.slice(i)));
  for (const candidate of candidates2) {
    let real;
    try {
      real = realpathSync(candidate);
    } catch {
      continue;
    }
    if (isInside(root, real) && isRegularFile(real)) return real;
  }
  return void 0;
}
function openedPath(fd) {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return void 0;
  }
}
function readSource(root, path, budget) {
  let fd;
  try {
    fd = openSync2(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_SOURCE_BYTES || st.size > budget) return void 0;
    const opened = openedPath(fd);
    if (opened === void 0 || !isInside(root, opened)) return void 0;
    const buf = Buffer.alloc(st.size);
    let done = 0;
    while (done < st.size) {
      const n = readSync(fd, buf, done, st.size - done, done);
      if (n === 0) break;
      done += n;
    }
    const text = buf.subarray(0, done).toString("utf8");
    return text.includes("\0") ? void 0 : text;
  } finally {
    closeSync2(fd);
  }
}
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
var STATUS_CODE = { uncovered: 0, covered: 1, unprobeable: 2 };
var LINE_CODE = STATUS_CODE;
function formatHtml(model, options = {}) {
  let root;
  try {
    root = realpathSync(resolve2(options.sourceRoot ?? "."));
  } catch {
    root = void 0;
  }
  if (root === "/") {
    options.onWarning?.(
      "the source root is /, so the HTML report shows no source files; give --source-root the project's directory"
    );
    root = void 0;
  }
  const files = [];
  const sources = [];
  const fns = [];
  let budget = MAX_TOTAL_SOURCE_BYTES;
  const binaries = model.binaries.map((binary, b) => {
    const groups = binary.groups.map((group) => {
      const index = files.length;
      let src = -1;
      if (group.kind === "file" && root !== void 0) {
        const path = locate(root, group.name);
        const text = path === void 0 ? void 0 : readSource(root, path, budget);
        if (text !== void 0) {
          src = sources.length;
          sources.push(text);
          budget -= Buffer.byteLength(text);
        }
      }
      const file = { b, name: group.name, kind: group.kind, src };
      if (group.lines) file.ln = group.lines.flatMap((l) => [l.line, LINE_CODE[l.state], l.hits]);
      files.push(file);
      for (const f of group.functions) {
        fns.push([
          f.name,
          index,
          f.lineStart ?? 0,
          STATUS_CODE[f.status],
          f.calls ?? null,
          f.rawName,
          f.unprobeableReason ?? null,
          f.lineEnd ?? 0,
          f.lineTotals ? [f.lineTotals.covered, f.lineTotals.traced] : null
        ]);
      }
      return { name: group.name, index, source: src >= 0, totals: totalsView(group.totals) };
    });
    return {
      name: binary.name,
      path: binary.path,
      buildId: binary.buildId,
      totals: totalsView(binary.totals),
      groups,
      openFiles: groups.length <= 20
    };
  });
  const counting = model.mode === "count";
  const byLine = model.granularity === "line";
  const data = {
    counting,
    byLine,
    binaries: model.binaries.map((b) => ({ name: b.name, path: b.path })),
    files,
    fns,
    sources
  };
  return template()({
    title: options.title ?? (byLine ? "xcover line coverage" : "xcover function coverage"),
    mode: model.mode,
    startedAt: model.startedAt,
    endedAt: model.endedAt,
    command: model.command?.join(" ") ?? "",
    version: model.toolVersion,
    totals: totalsView(model.totals),
    binaries,
    counting,
    byLine,
    data: scriptJson(data),
    script: HTML_SCRIPT
  });
}

// src/report/formats/lcov.ts
function lineRecordsOf(binary) {
  const records = [];
  for (const group of binary.groups) {
    if (group.kind !== "file" || !group.lines || group.totals.lines?.traced === 0) continue;
    const functions = group.functions.filter((f) => f.status !== "unprobeable");
    records.push({ file: group.name, functions, synthetic: false, lines: group.lines });
  }
  return records;
}
function recordsOf(binary) {
  const records = [];
  const fileless = [];
  for (const group of binary.groups) {
    const functions = group.functions.filter((f) => f.status !== "unprobeable");
    if (functions.length === 0) continue;
    if (group.kind === "file") records.push({ file: group.name, functions, synthetic: false });
    else fileless.push(...functions);
  }
  if (fileless.length > 0) records.push({ file: binary.path, functions: fileless, synthetic: true });
  return records;
}
function functionName(text) {
  return oneLine(text).replace(/,/g, ";");
}
function* recordLines(record) {
  const out = ["TN:", `SF:${oneLine(record.file)}`];
  const lines = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const named = [];
  for (const [i, f] of record.functions.entries()) {
    const line = !record.synthetic && f.lineStart !== void 0 && f.lineStart >= 1 ? f.lineStart : record.lines ? f.lines?.find((l) => l.file === void 0)?.line ?? 1 : i + 1;
    const hits = f.calls ?? (f.status === "covered" ? 1 : 0);
    let name = functionName(f.name);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name} [${n}]`;
    named.push({ name, line, hits, covered: f.status === "covered" });
    lines.set(line, (lines.get(line) ?? 0) + (f.status === "covered" ? Math.max(hits, 1) : 0));
  }
  for (const f of named) out.push(`FN:${f.line},${f.name}`);
  for (const f of named) out.push(`FNDA:${f.covered ? Math.max(f.hits, 1) : 0},${f.name}`);
  out.push(`FNF:${named.length}`, `FNH:${named.filter((f) => f.covered).length}`);
  const sorted = record.lines ? record.lines.filter((l) => l.state !== "unprobeable").map((l) => [l.line, l.hits]) : [...lines.entries()].sort((a, b) => a[0] - b[0]);
  for (const [line, hits] of sorted) out.push(`DA:${line},${hits}`);
  out.push(`LF:${sorted.length}`, `LH:${sorted.filter(([, h]) => h > 0).length}`, "end_of_record");
  yield `${out.join("\n")}
`;
}
function* lcovChunks(model) {
  const records = model.granularity === "line" ? lineRecordsOf : recordsOf;
  for (const binary of model.binaries) for (const record of records(binary)) yield* recordLines(record);
}

// src/report/diff.ts
import { basename as basename2 } from "node:path";
function merged(a, b) {
  if (a === "covered" || b === "covered") return "covered";
  if (a === "uncovered" || b === "uncovered") return "uncovered";
  return "unprobeable";
}
function refOf(binary, f) {
  const ref = { binary, name: readableName2(f) };
  if (f.file !== void 0) ref.file = f.file;
  if (f.line_start !== void 0) ref.line = f.line_start;
  return ref;
}
function entriesOf(report) {
  const entries = /* @__PURE__ */ new Map();
  for (const b of report.binaries) {
    const binary = basename2(b.path);
    for (const f of b.functions) {
      const ref = refOf(binary, f);
      const key = `${binary}\0${ref.name}`;
      const state = statusOf(f);
      const seen = entries.get(key);
      if (seen) seen.state = merged(seen.state, state);
      else entries.set(key, { ref, state });
    }
  }
  return entries;
}
function totalsByBinary(report) {
  const out = /* @__PURE__ */ new Map();
  for (const b of report.binaries) {
    const name = basename2(b.path);
    const seen = out.get(name);
    if (!seen) {
      out.set(name, { ...b.totals });
      continue;
    }
    seen.functions += b.totals.functions;
    seen.traced += b.totals.traced;
    seen.covered += b.totals.covered;
    seen.unprobeable += b.totals.unprobeable;
    seen.percent = percentOf(seen.covered, seen.traced);
    if (seen.lines && b.totals.lines) {
      const l = { ...seen.lines };
      l.lines += b.totals.lines.lines;
      l.traced += b.totals.lines.traced;
      l.covered += b.totals.lines.covered;
      l.unprobeable += b.totals.lines.unprobeable;
      l.percent = percentOf(l.covered, l.traced);
      seen.lines = l;
    }
  }
  return out;
}
function lineStatesOf(report) {
  const out = /* @__PURE__ */ new Map();
  for (const b of report.binaries) {
    const name = basename2(b.path);
    let files = out.get(name);
    if (!files) {
      files = /* @__PURE__ */ new Map();
      out.set(name, files);
    }
    for (const [file, lines] of linesByFile(b.functions)) {
      const seen = files.get(file);
      if (!seen) {
        files.set(file, lines);
        continue;
      }
      for (const [line, state] of lines) {
        const before = seen.get(line);
        seen.set(line, before === void 0 ? state : merged(before, state));
      }
    }
  }
  return out;
}
function diffLines(base, head) {
  const baseTotals = base.totals.lines;
  const headTotals = head.totals.lines;
  if (!baseTotals || !headTotals) return void 0;
  const before = lineStatesOf(base);
  const after = lineStatesOf(head);
  const newlyCovered = [];
  const newlyUncovered = [];
  for (const [binary, files] of after) {
    const thenFiles = before.get(binary);
    if (!thenFiles) continue;
    for (const [file, lines] of files) {
      const then = thenFiles.get(file);
      if (!then) continue;
      const covered = [];
      const uncovered = [];
      for (const [line, now] of lines) {
        const was = then.get(line);
        if (was === "uncovered" && now === "covered") covered.push(line);
        else if (was === "covered" && now === "uncovered") uncovered.push(line);
      }
      const sort = (a, b) => a - b;
      if (covered.length > 0) newlyCovered.push({ binary, file, lines: covered.sort(sort) });
      if (uncovered.length > 0) newlyUncovered.push({ binary, file, lines: uncovered.sort(sort) });
    }
  }
  const byFile = (a, b) => compareText(a.binary, b.binary) || compareText(a.file, b.file);
  return {
    base: baseTotals,
    head: headTotals,
    delta: headTotals.percent - baseTotals.percent,
    newlyCovered: newlyCovered.sort(byFile),
    newlyUncovered: newlyUncovered.sort(byFile)
  };
}
function formatLineRanges(lines) {
  const parts = [];
  let i = 0;
  while (i < lines.length) {
    const start = lines[i];
    let end = start;
    while (i + 1 < lines.length && lines[i + 1] === end + 1) end = lines[++i];
    parts.push(end === start ? String(start) : `${start}\u2013${end}`);
    i++;
  }
  return parts.join(", ");
}
function byPlace(a, b) {
  return compareText(a.binary, b.binary) || compareText(a.file ?? "\uFFFF", b.file ?? "\uFFFF") || (a.line ?? 0) - (b.line ?? 0) || compareText(a.name, b.name);
}
function diffReports(base, head) {
  const before = entriesOf(base);
  const after = entriesOf(head);
  const newlyCovered = [];
  const newlyUncovered = [];
  const added = [];
  const removed = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then) added.push(now.ref);
    else if (then.state === "uncovered" && now.state === "covered") newlyCovered.push(now.ref);
    else if (then.state === "covered" && now.state === "uncovered") newlyUncovered.push(now.ref);
  }
  for (const [key, then] of before) if (!after.has(key)) removed.push(then.ref);
  const baseTotals = totalsByBinary(base);
  const headTotals = totalsByBinary(head);
  const names2 = [.../* @__PURE__ */ new Set([...baseTotals.keys(), ...headTotals.keys()])].sort(compareText);
  const binaries = names2.map((binary) => {
    const d = { binary };
    const b = baseTotals.get(binary);
    const h = headTotals.get(binary);
    if (b) d.base = b;
    if (h) d.head = h;
    if (b && h) d.delta = h.percent - b.percent;
    if (b?.lines && h?.lines) d.lineDelta = h.lines.percent - b.lines.percent;
    return d;
  });
  const lines = granularityOf(base) === "line" && granularityOf(head) === "line" ? diffLines(base, head) : void 0;
  const diff = {
    granularity: lines ? "line" : "function",
    base: base.totals,
    head: head.totals,
    delta: head.totals.percent - base.totals.percent,
    binaries,
    newlyCovered: newlyCovered.sort(byPlace),
    newlyUncovered: newlyUncovered.sort(byPlace),
    added: added.sort(byPlace),
    removed: removed.sort(byPlace)
  };
  if (lines) diff.lines = lines;
  return diff;
}
function formatDelta(points) {
  const rounded = Math.round(points * 100) / 100;
  if (rounded === 0) return "\xB10.00 pp";
  return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(2)} pp`;
}
function printable2(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
function place(ref) {
  if (ref.file === void 0) return "";
  return printable2(ref.line === void 0 ? `  ${ref.file}` : `  ${ref.file}:${ref.line}`);
}
function formatDiffText(diff) {
  const pct = (t) => t ? `${t.percent.toFixed(2)}%` : "-";
  const lines = [];
  const ld = diff.lines;
  if (ld) {
    lines.push(
      `line coverage ${ld.base.percent.toFixed(2)}% -> ${ld.head.percent.toFixed(2)}% (${formatDelta(ld.delta)}), ${ld.base.covered}/${ld.base.traced} -> ${ld.head.covered}/${ld.head.traced} lines`
    );
  }
  lines.push(
    `${ld ? "function coverage" : "coverage"} ${pct(diff.base)} -> ${pct(diff.head)} (${formatDelta(diff.delta)}), ${diff.base.covered}/${diff.base.traced} -> ${diff.head.covered}/${diff.head.traced} functions`
  );
  for (const b of diff.binaries) {
    const change = b.delta === void 0 ? b.base ? "removed" : "added" : formatDelta(b.delta);
    const lineChange = b.lineDelta !== void 0 && b.base?.lines && b.head?.lines ? `; lines ${b.base.lines.percent.toFixed(2)}% -> ${b.head.lines.percent.toFixed(2)}% (${formatDelta(b.lineDelta)})` : "";
    lines.push(`  ${printable2(b.binary)}: ${pct(b.base)} -> ${pct(b.head)} (${change})${lineChange}`);
  }
  const section = (title, refs) => {
    lines.push(`${title} (${refs.length})${refs.length > 0 ? ":" : ""}`);
    for (const r of refs) lines.push(`  ${printable2(r.binary)}  ${printable2(r.name)}${place(r)}`);
  };
  section("newly covered", diff.newlyCovered);
  section("newly uncovered", diff.newlyUncovered);
  section("added", diff.added);
  section("removed", diff.removed);
  if (ld) {
    const fileSection = (title, files) => {
      const count = files.reduce((n, f) => n + f.lines.length, 0);
      lines.push(`${title} (${count})${count > 0 ? ":" : ""}`);
      for (const f of files) {
        lines.push(`  ${printable2(f.binary)}  ${printable2(f.file)}: ${formatLineRanges(f.lines)}`);
      }
    };
    fileSection("lines newly covered", ld.newlyCovered);
    fileSection("lines newly uncovered", ld.newlyUncovered);
  }
  return `${lines.join("\n")}
`;
}

// src/report/formats/markdown.ts
var MARKDOWN_MAX_LENGTH = 65536;
var LIST_CAP = 50;
var AREA_CAP = 20;
function bar(percent) {
  const filled = Math.round(percent / 10);
  return `${"\u2588".repeat(filled)}${"\u2591".repeat(10 - filled)}`;
}
function cell(t) {
  return t ? `${formatPercent(t.percent)} (${t.covered}/${t.traced})` : "\u2014";
}
function lineCell(t) {
  return t ? cell(t) : "\u2014";
}
function fileLinesList(title, files) {
  if (files.length === 0) return [];
  const count = files.reduce((n, f) => n + f.lines.length, 0);
  const out = ["", `<details${files.length <= 10 ? " open" : ""}><summary>${title} (${count})</summary>`, ""];
  for (const f of files.slice(0, LIST_CAP)) {
    out.push(
      `- ${escapeMarkdown(f.binary)}: ${escapeMarkdown(f.file)} \u2014 lines ${escapeMarkdown(formatLineRanges(f.lines))}`
    );
  }
  if (files.length > LIST_CAP) out.push(`- \u2026and ${files.length - LIST_CAP} more files`);
  out.push("", "</details>");
  return out;
}
function refLine(r) {
  const where = r.file === void 0 ? "" : ` \u2014 ${escapeMarkdown(r.line === void 0 ? r.file : `${r.file}:${r.line}`)}`;
  return `- ${escapeMarkdown(r.binary)}: **${escapeMarkdown(r.name)}**${where}`;
}
function refList(title, refs) {
  if (refs.length === 0) return [];
  const out = ["", `<details${refs.length <= 10 ? " open" : ""}><summary>${title} (${refs.length})</summary>`, ""];
  for (const r of refs.slice(0, LIST_CAP)) out.push(refLine(r));
  if (refs.length > LIST_CAP) out.push(`- \u2026and ${refs.length - LIST_CAP} more`);
  out.push("", "</details>");
  return out;
}
function uncoveredAreas(model) {
  const byLine = model.granularity === "line";
  const measure = (t) => byLine ? t.lines : t;
  const areas = model.binaries.flatMap(
    (b) => b.groups.flatMap((g) => {
      const t = measure(g.totals);
      return t && t.traced > t.covered ? [{ binary: b.name, group: g, missing: t.traced - t.covered, percent: t.percent }] : [];
    })
  );
  if (areas.length === 0) return [];
  areas.sort((a, b) => b.missing - a.missing || a.percent - b.percent);
  const out = [
    "",
    "### Largest uncovered areas",
    "",
    byLine ? "| binary | source | uncovered lines | line coverage | uncovered functions, for example |" : "| binary | source | uncovered | coverage | for example |",
    "| --- | --- | ---: | ---: | --- |"
  ];
  for (const a of areas.slice(0, AREA_CAP)) {
    const examples = a.group.functions.filter((f) => f.status === "uncovered").slice(0, 3).map((f) => escapeMarkdown(f.name)).join(", ");
    out.push(
      `| ${escapeMarkdown(a.binary)} | ${escapeMarkdown(a.group.name)} | ${a.missing} | ${formatPercent(a.percent)} | ${examples} |`
    );
  }
  if (areas.length > AREA_CAP)
    out.push("", `\u2026and ${areas.length - AREA_CAP} more areas with uncovered ${byLine ? "lines" : "functions"}.`);
  return out;
}
function formatMarkdown(input, options = {}) {
  const maxLength = options.maxLength ?? MARKDOWN_MAX_LENGTH;
  const model = "schema_version" in input ? buildModel(input) : input;
  const { diff } = options;
  const t = model.totals;
  const lines = model.granularity === "line" ? t.lines : void 0;
  const defaultTitle = lines ? "xcover line coverage" : "xcover function coverage";
  const out = [`## ${escapeMarkdown(options.title ?? defaultTitle)}`, ""];
  const lineDiff = diff?.lines;
  let headline;
  if (lines) {
    headline = `**${formatPercent(lines.percent)}** of lines ran (${lines.covered} of ${lines.traced})`;
    if (lineDiff)
      headline += `, **${formatDelta(lineDiff.delta)}** against the baseline (${formatPercent(lineDiff.base.percent)})`;
    headline += `; **${formatPercent(t.percent)}** of functions (${t.covered} of ${t.traced})`;
    if (diff) headline += `, ${formatDelta(diff.delta)}`;
  } else {
    headline = `**${formatPercent(t.percent)}** of functions ran (${t.covered} of ${t.traced})`;
    if (diff) headline += `, **${formatDelta(diff.delta)}** against the baseline (${formatPercent(diff.base.percent)})`;
  }
  out.push(headline);
  if (lines && diff && !lineDiff)
    out.push("", "The baseline measured functions only, so the change is in function coverage.");
  if (lines && lines.unprobeable > 0)
    out.push("", `${lines.unprobeable} lines could not be probed and are not counted.`);
  if (t.unprobeable > 0) out.push("", `${t.unprobeable} functions could not be probed and are not counted.`);
  out.push("");
  if (diff && lines) {
    out.push(
      "| binary | lines, baseline | lines, this run | change | functions, baseline | functions, this run | change |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for (const b of diff.binaries) {
      const change = b.delta === void 0 ? b.base ? "removed" : "new" : formatDelta(b.delta);
      const lineChange = b.lineDelta === void 0 ? b.head ? b.base ? "\u2014" : "new" : "removed" : formatDelta(b.lineDelta);
      out.push(
        `| ${escapeMarkdown(b.binary)} | ${lineCell(b.base?.lines)} | ${lineCell(b.head?.lines)} | ${lineChange} | ${cell(b.base)} | ${cell(b.head)} | ${change} |`
      );
    }
  } else if (lines) {
    out.push("| binary | lines | functions | |", "| --- | ---: | ---: | --- |");
    for (const b of model.binaries) {
      const l = b.totals.lines;
      out.push(
        `| ${escapeMarkdown(b.name)} | ${l ? `${formatPercent(l.percent)} (${l.covered}/${l.traced})` : "\u2014"} | ${formatPercent(b.totals.percent)} (${b.totals.covered}/${b.totals.traced}) | ${bar(l?.percent ?? 0)} |`
      );
    }
  } else if (diff) {
    out.push("| binary | baseline | this run | change |", "| --- | ---: | ---: | ---: |");
    for (const b of diff.binaries) {
      const change = b.delta === void 0 ? b.base ? "removed" : "new" : formatDelta(b.delta);
      out.push(`| ${escapeMarkdown(b.binary)} | ${cell(b.base)} | ${cell(b.head)} | ${change} |`);
    }
  } else {
    out.push("| binary | coverage | functions | |", "| --- | ---: | ---: | --- |");
    for (const b of model.binaries) {
      out.push(
        `| ${escapeMarkdown(b.name)} | ${formatPercent(b.totals.percent)} | ${b.totals.covered}/${b.totals.traced} | ${bar(b.totals.percent)} |`
      );
    }
  }
  if (diff) {
    out.push(...refList("Newly covered", diff.newlyCovered));
    out.push(...refList("Newly uncovered", diff.newlyUncovered));
    out.push(...refList("Added functions", diff.added));
    out.push(...refList("Removed functions", diff.removed));
    if (lineDiff) {
      out.push(...fileLinesList("Lines newly covered", lineDiff.newlyCovered));
      out.push(...fileLinesList("Lines newly uncovered", lineDiff.newlyUncovered));
    }
  }
  out.push(...uncoveredAreas(model));
  return fit(out, maxLength);
}
function fit(lines, maxLength) {
  const full = `${lines.join("\n")}
`;
  if (full.length <= maxLength) return full;
  const note = "\n\n_\u2026cut to fit; the full report is in the xcover artifacts (HTML, JSON)._\n";
  const closing = "\n</details>";
  const budget = maxLength - note.length - closing.length;
  let used = 0;
  let open = false;
  const kept = [];
  for (const line of lines) {
    if (used + line.length + 1 > budget) break;
    kept.push(line);
    used += line.length + 1;
    if (line.startsWith("<details")) open = true;
    if (line === "</details>") open = false;
  }
  return `${kept.join("\n")}${open ? closing : ""}${note}`.slice(0, Math.max(0, maxLength));
}

// src/report/writeFile.ts
import { randomBytes } from "node:crypto";
import {
  closeSync as closeSync3,
  constants as constants2,
  fchownSync,
  fsyncSync,
  mkdirSync as mkdirSync2,
  openSync as openSync3,
  renameSync,
  unlinkSync as unlinkSync2,
  writeSync as writeSync2
} from "node:fs";
import { basename as basename3, dirname as dirname2, join as join3, relative as relative3, sep as sep3 } from "node:path";
var ReportWriteError = class extends XcoverError {
};
function tempPathFor(path) {
  return join3(dirname2(path), `.${basename3(path)}.${randomBytes(8).toString("hex")}.tmp`);
}
var NEW_FILE = constants2.O_CREAT | constants2.O_EXCL | constants2.O_NOFOLLOW | constants2.O_WRONLY;
function giveDirectory(path, owner) {
  const fd = openSync3(path, constants2.O_RDONLY | constants2.O_DIRECTORY | constants2.O_NOFOLLOW);
  try {
    fchownSync(fd, owner.uid, owner.gid);
  } finally {
    closeSync3(fd);
  }
}
function invokingUser(env = process.env) {
  if (process.getuid?.() !== 0) return void 0;
  const uid = Number(env.SUDO_UID);
  const gid = Number(env.SUDO_GID);
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || env.SUDO_UID === void 0 || env.SUDO_GID === void 0) {
    return void 0;
  }
  return { uid, gid };
}
function makeDirectory(dir) {
  const first = mkdirSync2(dir, { recursive: true });
  const owner = invokingUser();
  if (first === void 0 || !owner) return;
  let at = first;
  giveDirectory(at, owner);
  for (const part of relative3(first, dir).split(sep3).filter((p) => p !== "")) {
    at = join3(at, part);
    giveDirectory(at, owner);
  }
}
function checkWritable(path) {
  const probe = tempPathFor(path);
  try {
    closeSync3(openSync3(probe, NEW_FILE, 420));
    unlinkSync2(probe);
  } catch (err) {
    const code = err.code ?? String(err);
    throw new ReportWriteError(
      `cannot write the report to ${path} (${code})`,
      code === "ENOENT" ? `Create the directory ${dirname2(path)} first, or choose another --report path.` : "Choose a --report path in a directory you can write to.",
      { cause: err }
    );
  }
}
function writeFileAtomic(path, data) {
  const temp = tempPathFor(path);
  try {
    const fd = openSync3(temp, NEW_FILE, 420);
    try {
      const owner = invokingUser();
      if (owner) fchownSync(fd, owner.uid, owner.gid);
      const pieces = typeof data === "string" || data instanceof Uint8Array ? [data] : data;
      for (const piece of pieces) {
        const buf = typeof piece === "string" ? Buffer.from(piece) : piece;
        let done = 0;
        while (done < buf.length) done += writeSync2(fd, buf, done, buf.length - done);
      }
      fsyncSync(fd);
    } finally {
      closeSync3(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync2(temp);
    } catch {
    }
    throw new ReportWriteError(
      `cannot write ${path}: ${err.message}`,
      "Check the disk and the directory's permissions.",
      {
        cause: err
      }
    );
  }
}

// src/report/json.ts
var FUNCTIONS_PER_CHUNK = 2e3;
function* jsonChunks(report) {
  const { binaries, funcs_traced, funcs_ack, ...head } = report;
  yield JSON.stringify(head).slice(0, -1);
  yield `,"funcs_traced":${JSON.stringify(funcs_traced)}`;
  yield `,"funcs_ack":${JSON.stringify(funcs_ack)}`;
  yield `,"binaries":[`;
  for (const [i, binary] of binaries.entries()) {
    const { functions, ...binaryHead } = binary;
    yield `${i > 0 ? "," : ""}${JSON.stringify(binaryHead).slice(0, -1)},"functions":[`;
    for (let at = 0; at < functions.length; at += FUNCTIONS_PER_CHUNK) {
      const part = functions.slice(at, at + FUNCTIONS_PER_CHUNK).map((f) => JSON.stringify(f));
      yield `${at > 0 ? "," : ""}${part.join(",")}`;
    }
    yield "]}";
  }
  yield "]}\n";
}
function writeJsonReport(path, report) {
  writeFileAtomic(path, jsonChunks(report));
}

// src/report/formats.ts
var REPORT_FORMATS = ["json", "cobertura", "lcov", "html", "markdown"];
var REPORT_FILES = {
  json: "xcover-report.json",
  cobertura: "cobertura.xml",
  lcov: "lcov.info",
  html: "xcover-report.html",
  markdown: "xcover-summary.md"
};
function isFormat(name) {
  return REPORT_FORMATS.includes(name);
}
function parseFormats(values) {
  const out = [];
  for (const value of values) {
    for (const part of value.split(",")) {
      const name = part.trim().toLowerCase();
      if (name === "") continue;
      if (!isFormat(name)) {
        throw new UsageError(
          `unknown report format ${JSON.stringify(part.trim())}`,
          `Choose from ${REPORT_FORMATS.join(", ")} (repeat --format or separate them with commas).`
        );
      }
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}
function writeFormats(report, formats, outDir, options = {}) {
  try {
    makeDirectory(outDir);
  } catch (err) {
    throw new ReportWriteError(
      `cannot create the output directory ${outDir}: ${err.code ?? err.message}`,
      "Choose an output directory you can write to.",
      { cause: err }
    );
  }
  const onWarning = options.onWarning ?? ((message) => process.stderr.write(`xcover: warning: ${message}
`));
  let model;
  const modelOf = () => {
    model ??= buildModel(report, (done, total) => options.onProgress?.(`xcover: reading ${done}/${total} functions`));
    return model;
  };
  const written = [];
  for (const format of formats) {
    const path = join4(outDir, REPORT_FILES[format]);
    options.onProgress?.(`xcover: writing ${format} report`);
    switch (format) {
      case "json":
        writeFileAtomic(path, jsonChunks(report));
        break;
      case "cobertura": {
        const coberturaOptions = options.sourceRoot === void 0 ? {} : { sourceRoot: resolve3(options.sourceRoot) };
        writeFileAtomic(path, coberturaChunks(modelOf(), coberturaOptions));
        break;
      }
      case "lcov":
        writeFileAtomic(path, lcovChunks(modelOf()));
        break;
      case "html":
        writeFileAtomic(
          path,
          formatHtml(modelOf(), {
            ...options.sourceRoot === void 0 ? {} : { sourceRoot: options.sourceRoot },
            onWarning
          })
        );
        break;
      case "markdown":
        writeFileAtomic(path, formatMarkdown(modelOf()));
        break;
    }
    written.push({ format, path });
  }
  return written;
}

// src/report/readReport.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname3, join as join5 } from "node:path";
import { fileURLToPath } from "node:url";
var ReportInputError = class extends XcoverError {
};
var SCHEMA_FILE = "xcover-report.schema.json";
function schemaPath() {
  const here2 = dirname3(fileURLToPath(import.meta.url));
  const candidates2 = [join5(here2, "..", "..", "schema"), join5(here2, "..", "schema"), here2].map(
    (d) => join5(d, SCHEMA_FILE)
  );
  const found = candidates2.find((p) => existsSync2(p));
  if (!found) {
    throw new XcoverError(
      `cannot find ${SCHEMA_FILE} (looked in ${candidates2.join(", ")})`,
      "The xcover installation is incomplete; reinstall it."
    );
  }
  return found;
}
var validator;
function validate() {
  if (!validator) {
    const schema = JSON.parse(readFileSync2(schemaPath(), "utf8"));
    const ajv = new import_ajv.default.default({ allErrors: false, strict: false, validateFormats: false });
    validator = ajv.compile(schema);
  }
  return validator;
}
function describe(error) {
  const where = error.instancePath === "" ? "the top level" : error.instancePath;
  const params = error.params;
  if (error.keyword === "additionalProperties") return `${where} has an unknown field "${params.additionalProperty}"`;
  if (error.keyword === "required") return `${where} lacks the field "${params.missingProperty}"`;
  return `${where} ${error.message ?? "is invalid"}`;
}
function bad(source, what, cause) {
  return new ReportInputError(
    `${source} is not a valid xcover report: ${what}`,
    "Give a report written by `xcover run`, `xcover stop` or `xcover merge`.",
    cause === void 0 ? void 0 : { cause }
  );
}
function parseReport(text, source) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw bad(source, `not JSON (${err.message})`, err);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw bad(source, "not a JSON object");
  const version = data.schema_version;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new ReportInputError(
      `${source} has schema_version ${version}, newer than this xcover reads (${SCHEMA_VERSION})`,
      "Upgrade xcover to read it."
    );
  }
  const check = validate();
  if (!check(data)) {
    const first = check.errors?.[0];
    throw bad(source, first ? describe(first) : "it does not match the schema");
  }
  const report = data;
  checkGranularity(report, source);
  for (const [i, b] of report.binaries.entries()) {
    const t = b.totals;
    if (t.functions !== b.functions.length || t.traced + t.unprobeable !== t.functions) {
      throw bad(source, `/binaries/${i}/totals do not add up to its ${b.functions.length} functions`);
    }
    if (t.lines) checkLines(t.lines, lineTotalsOf(b.functions), `/binaries/${i}/totals/lines`, source);
  }
  if (report.totals.lines) {
    const sum = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
    for (const b of report.binaries) {
      const t = b.totals.lines;
      sum.lines += t.lines;
      sum.traced += t.traced;
      sum.covered += t.covered;
      sum.unprobeable += t.unprobeable;
    }
    checkLines(report.totals.lines, sum, "/totals/lines", source);
  }
  return report;
}
function checkGranularity(report, source) {
  const byLine = granularityOf(report) === "line";
  if (byLine && report.schema_version < 2) {
    throw bad(source, `granularity "line" needs schema_version 2, not ${report.schema_version}`);
  }
  const where = (t, path) => {
    if (byLine && !t?.lines) throw bad(source, `${path} lacks the line totals a line report has`);
    if (!byLine && t?.lines) throw bad(source, `${path} has line totals, but the report's granularity is "function"`);
  };
  where(report.totals, "/totals");
  for (const [i, b] of report.binaries.entries()) {
    where(b.totals, `/binaries/${i}/totals`);
    if (!byLine) {
      const f = b.functions.findIndex((fn) => fn.lines !== void 0);
      if (f >= 0)
        throw bad(source, `/binaries/${i}/functions/${f} has lines, but the report's granularity is "function"`);
    }
  }
}
function checkLines(given, counted, path, source) {
  if (given.lines !== counted.lines || given.traced !== counted.traced || given.covered !== counted.covered || given.unprobeable !== counted.unprobeable || given.traced + given.unprobeable !== given.lines) {
    throw bad(
      source,
      `${path} do not add up to its lines (${counted.lines} lines, ${counted.covered} covered, ${counted.unprobeable} unprobeable)`
    );
  }
}
function readText(path) {
  return readFileSync2(path, "utf8");
}
function readReport(path) {
  let text;
  try {
    text = readText(path);
  } catch (err) {
    const code = err.code;
    throw new ReportInputError(
      `cannot read the report ${path}: ${code === "ENOENT" ? "no such file" : code ?? err.message}`,
      "Check the path; `xcover run` writes ./xcover-report.json unless given -o.",
      { cause: err }
    );
  }
  return parseReport(text, path);
}

// src/cli/report.ts
var reportHelp = `Usage: xcover report INPUT.json [--format FORMAT]... [--output-dir DIR] [--source-root DIR]

Write other formats of a JSON coverage report. The JSON report is the source of truth; every
format is made from it alone, so this can run anywhere, later.

Options:
  -f, --format FORMAT   json, cobertura, lcov, html or markdown; repeat it or give a comma list
                        (default: cobertura,lcov,html,markdown)
  -o, --output-dir DIR  directory to write into (default: the directory of INPUT.json); files:
                        ${REPORT_FORMATS.map((f) => REPORT_FILES[f]).join(", ")}
      --source-root DIR where the HTML report finds source files to show (default: the working
                        directory; files outside it are never read, and a root of / shows
                        none). Cobertura filenames are made relative to it
  -v, --verbose         stack traces on errors
  -h, --help            show this help

Example:
  xcover report xcover-report.json --format html,cobertura --output-dir coverage/
`;
var reportOptions = {
  format: { type: "string", short: "f", multiple: true },
  "output-dir": { type: "string", short: "o" },
  // The name before --output-dir matched run and stop; still accepted.
  output: { type: "string" },
  "source-root": { type: "string" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var formatOptions = {
  format: { type: "string", short: "f", multiple: true },
  "output-dir": { type: "string" }
};
var formatOptionsHelp = `  -f, --format FORMAT  also write json, cobertura, lcov, html or markdown (repeatable or a
                       comma list) from the JSON report
      --output-dir DIR where --format writes (default: the JSON report's directory)`;
function formatRequest(args) {
  const formats = parseFormats(list(args, "format"));
  const outDir = str(args, "output-dir");
  if (outDir !== void 0 && formats.length === 0)
    throw new UsageError("--output-dir needs --format", "Example: --format html,cobertura --output-dir coverage/");
  const request = { formats };
  if (outDir !== void 0) {
    request.outDir = resolve4(outDir);
    if (existsSync3(request.outDir)) for (const f of formats) checkWritable(join6(request.outDir, REPORT_FILES[f]));
  }
  return request;
}
function writeRequestedFormats(reportPath, request, out) {
  if (request.formats.length === 0) return;
  const outDir = request.outDir ?? dirname4(reportPath);
  const target = (f) => resolve4(outDir, REPORT_FILES[f]);
  const formats = request.formats.filter((f) => f !== "json" || target(f) !== resolve4(reportPath));
  const report = readReport(reportPath);
  const written = writeFormats(report, formats, outDir, {
    onProgress: (m) => out.progress(m),
    onWarning: (m) => out.warn(m)
  });
  out.endProgress();
  for (const w of written) out.info(`xcover: wrote ${w.format} report ${w.path}`);
}
async function reportCommand(argv) {
  const args = parse(argv, reportOptions, "report");
  if (flag(args, "help")) {
    process.stdout.write(reportHelp);
    return 0;
  }
  const [input, ...extra] = args.positionals;
  if (input === void 0)
    throw new UsageError(
      "report: which report? Give the JSON report to read",
      "Example: xcover report xcover-report.json --format html"
    );
  if (extra.length > 0)
    throw new UsageError(
      `report: one input report, not ${args.positionals.length}`,
      "Merge reports first with `xcover merge`."
    );
  const given = list(args, "format");
  const formats = given.length > 0 ? parseFormats(given) : parseFormats(["cobertura,lcov,html,markdown"]);
  const outDir = resolve4(str(args, "output-dir") ?? str(args, "output") ?? dirname4(resolve4(input)));
  const out = terminalOutput(flag(args, "verbose"));
  const report = readReport(input);
  const sourceRoot = str(args, "source-root");
  const written = writeFormats(report, formats, outDir, {
    ...sourceRoot === void 0 ? {} : { sourceRoot },
    onProgress: (m) => out.progress(m),
    onWarning: (m) => out.warn(m)
  });
  out.endProgress();
  for (const w of written) process.stdout.write(`${w.path}
`);
  return 0;
}

// src/cli/control.ts
var NoDaemonError = class extends XcoverError {
};
var DaemonDiedError = class extends XcoverError {
};
var WaitTimeoutError = class extends XcoverError {
};
var common = {
  "state-dir": { type: "string" },
  timeout: { type: "string", short: "t" },
  help: { type: "boolean", short: "h" },
  verbose: { type: "boolean", short: "v" }
};
var waitHelp = `Usage: xcover wait [--timeout S] [--state-dir DIR]

Wait until the xcover daemon has attached every probe, then print "xcover is ready" and exit 0.
Exits 1 with the reason if no daemon starts, the daemon dies, or S seconds pass (default 30).
`;
var statusHelp = `Usage: xcover status [--json] [--state-dir DIR]

Print whether an xcover daemon runs, how many functions it traces and how many have run so far.
Exits 0 when a daemon answers, 1 when none runs.
`;
var stopHelp = `Usage: xcover stop [--timeout S] [--state-dir DIR] [--format FORMAT]... [--output-dir DIR]
                  [--granularity function] [--clean]

Tell the daemon to write its report, remove every probe and exit. Returns as soon as the report
is on disk, printing "xcover is stopped" and the coverage summary; the daemon then removes its
probes in the background (seconds for tens of thousands of functions) and exits.

      --granularity function
                       write a function report of a trace started with --granularity line
                       (its lines left out); a function trace cannot give a line report
      --clean          wait until the daemon has removed its probes and exited, then
                       remove its state directory (its log and its copy of Node.js)

${formatOptionsHelp}
`;
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function noDaemon(state, stale) {
  return new NoDaemonError(
    stale === void 0 ? `no xcover daemon is running (state directory ${state.dir})` : `no xcover daemon is running: pid ${stale} in ${state.pidFile} has exited`,
    "Start one with `xcover run --detach --path BIN`, or pass the --state-dir it was started with."
  );
}
function died(state, pid) {
  const tail = logTail(state);
  return new DaemonDiedError(
    `the xcover daemon (pid ${pid}) died${tail ? `; its log ends with:
${tail}` : ""}`,
    `See ${state.log}.`
  );
}
function failed(reply) {
  return !reply.ok;
}
async function ask(state, request, timeoutMs) {
  const pid = readPid(state);
  if (pid === void 0) throw noDaemon(state);
  if (!isAlive(pid)) throw noDaemon(state, pid);
  try {
    return await sendRequest(state.socket, request, timeoutMs);
  } catch (err) {
    if (!isAlive(pid)) throw died(state, pid);
    const code = err.code;
    if (code === "ENOENT" || code === "ECONNREFUSED") {
      throw new XcoverError(`the xcover daemon (pid ${pid}) is still starting`, "Run `xcover wait` first.");
    }
    throw new XcoverError(
      `the xcover daemon (pid ${pid}) did not answer: ${err.message}`,
      `See ${state.log}.`
    );
  }
}
async function waitCommand(argv) {
  const args = parse(argv, common, "wait");
  if (flag(args, "help")) {
    process.stdout.write(waitHelp);
    return 0;
  }
  const state = stateDirAt(str(args, "state-dir"));
  const timeoutMs = seconds(args, "timeout", 30, "wait") * 1e3;
  const start = Date.now();
  const grace = Math.min(2e3, timeoutMs);
  for (; ; ) {
    const elapsed = Date.now() - start;
    const pid = readPid(state);
    if (pid !== void 0 && !isAlive(pid)) throw died(state, pid);
    if (pid === void 0 && elapsed >= grace) throw noDaemon(state);
    if (pid !== void 0 && existsSync4(state.socket)) {
      try {
        const reply = await sendRequest(state.socket, { cmd: "status" }, Math.max(1e3, timeoutMs - elapsed));
        if (!failed(reply)) {
          process.stdout.write("xcover is ready\n");
          return 0;
        }
      } catch {
      }
    }
    if (Date.now() - start >= timeoutMs) {
      throw new WaitTimeoutError(
        `xcover did not become ready within ${timeoutMs / 1e3} s`,
        `Attaching many functions takes longer: raise --timeout, or see ${state.log}.`
      );
    }
    await sleep(50);
  }
}
async function statusCommand(argv) {
  const args = parse(argv, { ...common, json: { type: "boolean" } }, "status");
  if (flag(args, "help")) {
    process.stdout.write(statusHelp);
    return 0;
  }
  const state = stateDirAt(str(args, "state-dir"));
  const reply = await ask(state, { cmd: "status" }, seconds(args, "timeout", 10, "status") * 1e3);
  if (failed(reply)) throw new XcoverError(reply.message, reply.hint);
  const s = reply;
  if (flag(args, "json")) {
    process.stdout.write(`${JSON.stringify(s, null, 2)}
`);
    return 0;
  }
  const pct = (hit, of) => (of === 0 ? 0 : hit / of * 100).toFixed(2);
  process.stdout.write(
    `xcover is running (pid ${s.pid}, mode ${s.mode}, granularity ${s.granularity}, since ${s.startedAt})
  traced:  ${describeTraced(s)} in ${s.paths.join(", ")}` + (s.unprobeable > 0 ? ` (${s.unprobeable} could not be probed)` : "") + `
  hit:     ${s.hit} so far (${pct(s.hit, s.traced)}%)` + (s.lines ? `; lines: ${s.lines.hit} of ${s.lines.traced} (${pct(s.lines.hit, s.lines.traced)}%)` : "") + `
  armed:   ${s.armed} probes in ${s.links} links (they fired ${s.probeHits} times so far)
  report:  ${s.report}
`
  );
  return 0;
}
async function stopCommand(argv) {
  const args = parse(
    argv,
    { ...common, ...formatOptions, granularity: { type: "string" }, clean: { type: "boolean" } },
    "stop"
  );
  if (flag(args, "help")) {
    process.stdout.write(stopHelp);
    return 0;
  }
  const state = stateDirAt(str(args, "state-dir"));
  const timeoutMs = seconds(args, "timeout", 120, "stop") * 1e3;
  const formats = formatRequest(args);
  const granularity = str(args, "granularity");
  const request = granularity === void 0 ? { cmd: "stop" } : { cmd: "stop", granularity: parseGranularity(granularity, "stop") };
  const started = Date.now();
  const pid = readPid(state);
  const reply = await ask(state, request, timeoutMs);
  if (failed(reply))
    throw new XcoverError(`the daemon could not stop cleanly: ${reply.message}`, reply.hint || `See ${state.log}.`);
  const r = reply;
  const out = terminalOutput(flag(args, "verbose"));
  for (const w of r.warnings ?? []) out.warn(w);
  process.stdout.write(`xcover is stopped
${r.summary}
report: ${r.report}
`);
  writeRequestedFormats(r.report, formats, out);
  if (flag(args, "clean")) await removeStateDir(state, pid, timeoutMs - (Date.now() - started), out);
  return 0;
}
async function removeStateDir(state, pid, timeoutMs, out) {
  const deadline = Date.now() + Math.max(timeoutMs, 1e3);
  while (pid !== void 0 && isAlive(pid)) {
    if (Date.now() > deadline) {
      out.warn(`the daemon (pid ${pid}) is still removing its probes; its state directory ${state.dir} was kept`);
      return;
    }
    await sleep(50);
  }
  if (readPid(state) !== void 0) return;
  rmSync(state.dir, { recursive: true, force: true });
  process.stdout.write(`removed the state directory ${state.dir}
`);
}

// src/cli/diff.ts
var diffHelp = `Usage: xcover diff BASE.json HEAD.json [--format text|markdown|json]

Show how function coverage changed from BASE to HEAD: the total and per-binary change, and the
functions newly covered, newly uncovered, added and removed. Functions are matched by binary file
name and readable function name, since offsets move between builds. Unprobeable functions are
neither covered nor uncovered. When both reports measure lines, also the line coverage change
and the lines newly covered and newly uncovered in each source file.

Options:
      --format FORMAT  text (default), markdown (a pull-request comment) or json
  -v, --verbose        stack traces on errors
  -h, --help           show this help

Example:
  xcover diff main/xcover-report.json xcover-report.json --format markdown >> "$GITHUB_STEP_SUMMARY"
`;
var diffOptions = {
  format: { type: "string", short: "f" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
async function diffCommand(argv) {
  const args = parse(argv, diffOptions, "diff");
  if (flag(args, "help")) {
    process.stdout.write(diffHelp);
    return 0;
  }
  const format = str(args, "format") ?? "text";
  if (format !== "text" && format !== "markdown" && format !== "json")
    throw new UsageError(
      `diff: --format must be text, markdown or json, not ${JSON.stringify(format)}`,
      "Run `xcover diff --help` for usage; `xcover report` writes the other formats."
    );
  if (args.positionals.length !== 2)
    throw new UsageError(
      `diff: give two reports, BASE and HEAD (got ${args.positionals.length})`,
      "Example: xcover diff base.json head.json"
    );
  const [basePath, headPath] = args.positionals;
  const base = readReport(basePath);
  const head = readReport(headPath);
  const diff = diffReports(base, head);
  if (format === "json") process.stdout.write(`${JSON.stringify(diff, null, 2)}
`);
  else if (format === "markdown") process.stdout.write(formatMarkdown(head, { diff, title: "xcover coverage change" }));
  else process.stdout.write(formatDiffText(diff));
  return 0;
}

// src/cli/errorText.ts
function errorText(err, verbose) {
  if (err instanceof XcoverError) {
    let text2 = `xcover: error: ${err.message}
  ${err.hint}
`;
    const log = err.verifierLog?.trim();
    if (verbose && log) text2 += `xcover: the verifier's log:
${log}
`;
    if (verbose && err.stack) text2 += `${err.stack}
`;
    return { text: text2, exitCode: err.exitCode };
  }
  let text = `xcover: internal error: ${err?.message ?? String(err)}
`;
  text += verbose ? `${err?.stack ?? ""}
` : "  Rerun with --verbose for details, and report it.\n";
  return { text, exitCode: 1 };
}

// src/cli/merge.ts
import { resolve as resolve5 } from "node:path";

// src/report/merge.ts
var MergeConflictError = class extends XcoverError {
};
var mergedLines = /* @__PURE__ */ new WeakMap();
function addLines(into, f) {
  const merged2 = mergedLines.get(f);
  if (!f.lines && !merged2) return;
  let lines = mergedLines.get(into);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    mergedLines.set(into, lines);
  }
  if (merged2) {
    for (const [key, other] of merged2) {
      const acc = lines.get(key);
      if (!acc) lines.set(key, { ...other });
      else {
        acc.sum += other.sum;
        acc.ran ||= other.ran;
        acc.probed ||= other.probed;
      }
    }
    return;
  }
  if (!f.lines) return;
  for (const l of f.lines) {
    const file = fileOfLine(f, l);
    const key = `${file ?? ""}\0${l.line}`;
    let acc = lines.get(key);
    if (!acc) {
      acc = { line: l.line, file, sum: 0, ran: false, probed: false };
      lines.set(key, acc);
    }
    if (l.unprobeable) continue;
    acc.probed = true;
    acc.sum = saturatingAdd(acc.sum, l.hits);
    if (l.hits > 0) acc.ran = true;
  }
}
function linesOf(f, counting) {
  const lines = mergedLines.get(f);
  if (!lines) return void 0;
  const own = f.file;
  const list2 = [...lines.values()].sort(
    (a, b) => Number(b.file === own) - Number(a.file === own) || compareText(a.file ?? "", b.file ?? "") || a.line - b.line
  );
  return list2.map((acc) => {
    const out = acc.probed ? { line: acc.line, hits: counting ? acc.sum : acc.ran ? 1 : 0 } : { line: acc.line, hits: 0, unprobeable: true };
    if (acc.file !== void 0 && acc.file !== own) out.file = acc.file;
    return out;
  });
}
function mergeFunction(into, f) {
  addLines(into, f);
  for (const n of f.names) if (!into.names.includes(n)) into.names.push(n);
  if (f.size > into.size) into.size = f.size;
  if (f.covered) into.covered = true;
  if (into.unprobeable && (into.covered || !f.unprobeable)) {
    into.unprobeable = false;
    delete into.unprobeable_reason;
  }
  if (f.calls !== void 0) into.calls = saturatingAdd(into.calls ?? 0, f.calls);
  if (into.name === void 0 && f.name !== void 0) into.name = f.name;
  if (into.raw_name === void 0 && f.raw_name !== void 0) into.raw_name = f.raw_name;
  if (into.file === void 0 && f.file !== void 0) into.file = f.file;
  if (into.line_start === void 0 && f.line_start !== void 0) into.line_start = f.line_start;
  if (into.line_end === void 0 && f.line_end !== void 0) into.line_end = f.line_end;
  if (into.package === void 0 && f.package !== void 0) into.package = f.package;
}
function copyFunction(f) {
  const { lines: _, ...rest } = f;
  const copy = { ...rest, names: [...f.names] };
  addLines(copy, f);
  return copy;
}
function functionsOf(acc) {
  return acc.byName ? [...acc.byName.values()] : [...acc.byOffset.values(), ...acc.sharedOffset.values()];
}
function addByName(byName, f, copy) {
  const key = readableName2(f);
  const seen = byName.get(key);
  if (seen) mergeFunction(seen, f);
  else byName.set(key, copy ? copyFunction(f) : f);
}
function addByOffset(acc, f) {
  const seen = acc.byOffset.get(f.offset);
  if (seen === void 0) acc.byOffset.set(f.offset, copyFunction(f));
  else if (seen.names[0] === f.names[0]) mergeFunction(seen, f);
  else {
    const key = `${f.offset}\0${f.names[0]}`;
    const shared = acc.sharedOffset.get(key);
    if (shared) mergeFunction(shared, f);
    else acc.sharedOffset.set(key, copyFunction(f));
  }
}
var ReportMerger = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  binaries = /* @__PURE__ */ new Map();
  counting = true;
  /** Every report so far measured lines; set by the first. */
  byLine;
  /** The first report of each granularity, for the warning. */
  firstOf = /* @__PURE__ */ new Map();
  startedAt;
  endedAt;
  added = 0;
  add(report, source) {
    if (report.mode !== "count") this.counting = false;
    const granularity = granularityOf(report);
    if (!this.firstOf.has(granularity)) {
      this.firstOf.set(granularity, source);
      if (this.firstOf.size === 2) {
        this.options.onWarning?.(
          `${this.firstOf.get("line")} measured lines but ${this.firstOf.get("function")} measured functions only: the merged report measures functions, without lines (merge line reports with line reports for line coverage)`
        );
      }
    }
    this.byLine = (this.byLine ?? true) && granularity === "line";
    if (this.startedAt === void 0 || Date.parse(report.started_at) < Date.parse(this.startedAt))
      this.startedAt = report.started_at;
    if (this.endedAt === void 0 || Date.parse(report.ended_at) > Date.parse(this.endedAt))
      this.endedAt = report.ended_at;
    for (const b of report.binaries) {
      let acc = this.binaries.get(b.path);
      if (!acc) {
        acc = {
          path: b.path,
          buildId: b.build_id,
          buildIdSource: source,
          arch: b.arch,
          byOffset: /* @__PURE__ */ new Map(),
          sharedOffset: /* @__PURE__ */ new Map()
        };
        this.binaries.set(b.path, acc);
      } else if (acc.buildId !== b.build_id) {
        if (!this.options.force) {
          throw new MergeConflictError(
            `${b.path} is a different build in ${acc.buildIdSource} (build-id ${acc.buildId ?? "none"}) and in ${source} (build-id ${b.build_id ?? "none"})`,
            "Merge only runs of the same build, or pass --force to match its functions by name anyway."
          );
        }
        if (!acc.byName) {
          const byName2 = /* @__PURE__ */ new Map();
          for (const f of functionsOf(acc)) addByName(byName2, f, false);
          acc.byName = byName2;
          acc.byOffset.clear();
          acc.sharedOffset.clear();
        }
      }
      const { byName } = acc;
      if (byName) for (const f of b.functions) addByName(byName, f, true);
      else for (const f of b.functions) addByOffset(acc, f);
    }
    this.added++;
  }
  /** The merged report; call once, after the last add. */
  result() {
    if (this.added === 0 || this.startedAt === void 0 || this.endedAt === void 0)
      throw new XcoverError("nothing to merge", "Give at least one report.");
    const mode = this.counting ? "count" : "first-hit";
    const granularity = this.byLine ? "line" : "function";
    const merged2 = [...this.binaries.values()].map((acc) => {
      const functions = functionsOf(acc).sort(
        (a, b) => a.offset - b.offset || compareText(a.names[0], b.names[0])
      );
      for (const [i, f] of functions.entries()) {
        if (this.counting) f.calls ??= 0;
        else if (f.calls !== void 0) {
          const { calls: _, ...rest } = f;
          functions[i] = rest;
        }
        if (granularity === "line") {
          const lines = linesOf(f, this.counting);
          if (lines) functions[i].lines = lines;
        }
      }
      return {
        path: acc.path,
        build_id: acc.buildId,
        arch: acc.arch,
        functions,
        totals: binaryTotalsOf(functions, granularity),
        source_files: sourceFilesOf(functions, granularity)
      };
    });
    return assembleReport({ mode, granularity, started_at: this.startedAt, ended_at: this.endedAt }, merged2);
  }
};
function mergeReportFiles(paths, options = {}) {
  if (paths.length === 0) throw new XcoverError("nothing to merge", "Give at least one report.");
  const merger = new ReportMerger(options);
  for (const [i, path] of paths.entries()) {
    options.onRead?.(i + 1, paths.length, path);
    merger.add(readReport(path), path);
    options.onProgress?.(i + 1, paths.length);
  }
  return merger.result();
}
function saturatingAdd(a, b) {
  return Math.min(Number.MAX_SAFE_INTEGER, a + b);
}

// src/cli/merge.ts
var mergeHelp = `Usage: xcover merge A.json B.json ... -o OUT.json [--force]

Merge JSON reports of runs of the same binaries: a function is covered when any run covered it,
and in count mode its calls are summed. Reports may trace different sets of functions; the
result has the union. Line reports merge line by line (hits summed in count mode; a line is
unprobeable only if it was in every run); a line report merged with a function report gives a
function report, with a warning.

Options:
  -o, --output FILE   the merged JSON report to write (required)
      --force         merge even when one binary path has different build-ids in different
                      reports: that binary's functions are then matched by readable name, as
                      diff matches them (offsets move between builds)
  -v, --verbose       stack traces on errors
  -h, --help          show this help

Example:
  xcover merge unit/xcover-report.json e2e/xcover-report.json -o all.json
`;
var mergeOptions = {
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
async function mergeCommand(argv) {
  const args = parse(argv, mergeOptions, "merge");
  if (flag(args, "help")) {
    process.stdout.write(mergeHelp);
    return 0;
  }
  if (args.positionals.length === 0)
    throw new UsageError("merge: no reports to merge", "Example: xcover merge a.json b.json -o merged.json");
  const output = str(args, "output");
  if (output === void 0)
    throw new UsageError("merge: -o OUT.json is required", "Example: xcover merge a.json b.json -o merged.json");
  const outPath = resolve5(output);
  checkWritable(outPath);
  const out = terminalOutput(flag(args, "verbose"));
  const merged2 = mergeReportFiles(args.positionals, {
    force: flag(args, "force"),
    onRead: (done, total, path) => out.progress(`xcover: reading and merging ${done}/${total} ${path}`),
    onWarning: (m) => out.warn(m)
  });
  out.progress("xcover: writing the merged report");
  writeJsonReport(outPath, merged2);
  out.endProgress();
  out.info(`xcover: merged ${args.positionals.length} reports: ${summaryLine(merged2)}, report ${outPath}`);
  return 0;
}

// src/cli/run.ts
import { spawn } from "node:child_process";
import { closeSync as closeSync8, openSync as openSync7, writeSync as writeSync3 } from "node:fs";
import { constants as constants6 } from "node:os";
import { join as join10, resolve as resolve8 } from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";

// src/daemon/daemon.ts
import { existsSync as existsSync9, unlinkSync as unlinkSync3 } from "node:fs";

// src/daemon/trace.ts
import { existsSync as existsSync8, statSync as statSync5 } from "node:fs";
import { resolve as resolve7 } from "node:path";

// src/elf/reader.ts
import { closeSync as closeSync4, fstatSync as fstatSync2, openSync as openSync4, readSync as readSync2 } from "node:fs";

// src/elf/errors.ts
var ElfReadError = class extends XcoverError {
};
var ElfUnsupportedError = class extends XcoverError {
};

// src/elf/reader.ts
var ET_REL = 1;
var ET_EXEC = 2;
var ET_DYN = 3;
var EM_X86_64 = 62;
var EM_AARCH64 = 183;
var EM_BPF = 247;
var SHT_PROGBITS = 1;
var SHT_SYMTAB = 2;
var SHT_NOTE = 7;
var SHT_NOBITS = 8;
var SHT_REL = 9;
var SHT_DYNSYM = 11;
var SHT_SYMTAB_SHNDX = 18;
var SHF_EXECINSTR = 4;
var SHF_COMPRESSED = 2048;
var PT_LOAD = 1;
var PT_NOTE = 4;
var PF_X = 1;
var STT_FUNC = 2;
var STT_GNU_IFUNC = 10;
var STB_GLOBAL = 1;
var STB_WEAK = 2;
var SHN_UNDEF = 0;
var SHN_LORESERVE = 65280;
var SHN_XINDEX = 65535;
var NT_GNU_BUILD_ID = 3;
function u64(view, at) {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 4294967296;
}
function machineName(machine) {
  switch (machine) {
    case EM_X86_64:
      return "x86_64";
    case EM_AARCH64:
      return "aarch64";
    case EM_BPF:
      return "bpf";
    default:
      return `machine ${machine}`;
  }
}
var ElfFile = class _ElfFile {
  path;
  header;
  sections;
  segments;
  fileSize;
  fd;
  constructor(path, fd) {
    this.path = path;
    this.fd = fd;
    this.fileSize = fstatSync2(fd).size;
    this.header = this.readHeader();
    this.segments = this.readSegments();
    this.sections = this.readSections();
  }
  /** Opens and validates `path`; the caller must close() it (or use withElf). */
  static open(path) {
    let fd;
    try {
      fd = openSync4(path, "r");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT") {
        throw new ElfReadError(`${path}: no such file`, "Check the --path value; build the binary first if needed.");
      }
      if (code === "EISDIR") {
        throw new ElfReadError(`${path}: is a directory`, "Give the path of an executable or shared library file.");
      }
      throw new ElfReadError(`${path}: cannot open (${code ?? String(err)})`, "Check the file's permissions.", {
        cause: err
      });
    }
    try {
      if (fstatSync2(fd).isDirectory()) {
        throw new ElfReadError(`${path}: is a directory`, "Give the path of an executable or shared library file.");
      }
      return new _ElfFile(path, fd);
    } catch (err) {
      closeSync4(fd);
      throw err;
    }
  }
  close() {
    if (this.fd >= 0) {
      closeSync4(this.fd);
      this.fd = -1;
    }
  }
  /** Reads `length` bytes at file offset `offset`; fails on a short read (a truncated file). */
  read(offset, length) {
    if (offset < 0 || length < 0 || offset + length > this.fileSize) {
      throw new ElfReadError(
        `${this.path}: truncated or corrupt ELF (wants bytes ${offset}..${offset + length}, file has ${this.fileSize})`,
        "Rebuild the binary, or point --path at an intact copy."
      );
    }
    const buf = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync2(this.fd, buf, done, length - done, offset + done);
      if (n === 0) break;
      done += n;
    }
    if (done !== length) {
      throw new ElfReadError(`${this.path}: short read at offset ${offset}`, "Is the file being rewritten? Try again.");
    }
    return buf;
  }
  readHeader() {
    if (this.fileSize < 16) {
      throw new ElfReadError(
        `${this.path}: not an ELF file (too short)`,
        "Give the path of a compiled program or library."
      );
    }
    const ident = this.read(0, 16);
    if (ident[0] !== 127 || ident[1] !== 69 || ident[2] !== 76 || ident[3] !== 70) {
      throw new ElfReadError(
        `${this.path}: not an ELF file`,
        "Give the compiled binary, not a script or wrapper (for a script, trace the interpreter it runs)."
      );
    }
    if (ident[4] !== 2) {
      throw new ElfUnsupportedError(
        `${this.path}: 32-bit ELF is not supported`,
        "xcover traces 64-bit x86_64 and aarch64 binaries; build the program for a 64-bit target."
      );
    }
    if (ident[5] !== 1) {
      throw new ElfUnsupportedError(
        `${this.path}: big-endian ELF is not supported`,
        "xcover traces little-endian x86_64 and aarch64 binaries."
      );
    }
    if (this.fileSize < 64) {
      throw new ElfReadError(`${this.path}: truncated ELF header`, "Rebuild the binary.");
    }
    const h = this.read(0, 64);
    const v = new DataView(h.buffer, h.byteOffset, h.byteLength);
    const header = {
      type: v.getUint16(16, true),
      machine: v.getUint16(18, true),
      entry: u64(v, 24),
      phoff: u64(v, 32),
      shoff: u64(v, 40),
      phentsize: v.getUint16(54, true),
      phnum: v.getUint16(56, true),
      shentsize: v.getUint16(58, true),
      shnum: v.getUint16(60, true),
      shstrndx: v.getUint16(62, true)
    };
    if (header.shoff !== 0 && (header.shnum === 0 || header.shstrndx === SHN_XINDEX || header.phnum === 65535)) {
      const s0 = this.read(header.shoff, 64);
      const sv = new DataView(s0.buffer, s0.byteOffset, 64);
      if (header.shnum === 0) header.shnum = u64(sv, 32);
      if (header.shstrndx === SHN_XINDEX) header.shstrndx = sv.getUint32(40, true);
      if (header.phnum === 65535) header.phnum = sv.getUint32(44, true);
    }
    if (header.shnum > 0 && header.shentsize !== 64) {
      throw new ElfReadError(`${this.path}: corrupt section header size ${header.shentsize}`, "Rebuild the binary.");
    }
    if (header.phnum > 0 && header.phentsize !== 56) {
      throw new ElfReadError(`${this.path}: corrupt program header size ${header.phentsize}`, "Rebuild the binary.");
    }
    return header;
  }
  readSegments() {
    const { phoff, phnum } = this.header;
    if (phnum === 0) return [];
    const raw = this.read(phoff, phnum * 56);
    const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out = [];
    for (let i = 0; i < phnum; i++) {
      const at = i * 56;
      out.push({
        type: v.getUint32(at, true),
        flags: v.getUint32(at + 4, true),
        offset: u64(v, at + 8),
        vaddr: u64(v, at + 16),
        filesz: u64(v, at + 32),
        memsz: u64(v, at + 40)
      });
    }
    return out;
  }
  readSections() {
    const { shoff, shnum, shstrndx } = this.header;
    if (shnum === 0 || shoff === 0) return [];
    const raw = this.read(shoff, shnum * 64);
    const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out = [];
    for (let i = 0; i < shnum; i++) {
      const at = i * 64;
      out.push({
        index: i,
        name: String(v.getUint32(at, true)),
        type: v.getUint32(at + 4, true),
        flags: u64(v, at + 8),
        addr: u64(v, at + 16),
        offset: u64(v, at + 24),
        size: u64(v, at + 32),
        link: v.getUint32(at + 40, true),
        info: v.getUint32(at + 44, true),
        addralign: u64(v, at + 48),
        entsize: u64(v, at + 56)
      });
    }
    const names2 = shstrndx < out.length ? this.sectionData(out[shstrndx]) : Buffer.alloc(0);
    for (const s of out) s.name = cString(names2, Number(s.name));
    return out;
  }
  section(name) {
    return this.sections.find((s) => s.name === name);
  }
  sectionData(section) {
    if (section.type === SHT_NOBITS) return Buffer.alloc(0);
    return this.read(section.offset, section.size);
  }
  /**
   * Symbols of a SHT_SYMTAB or SHT_DYNSYM section. `filter` sees the raw type and section index
   * before the name is decoded, so callers that keep few symbols do not pay for every name.
   */
  symbols(table3, filter) {
    if (table3.entsize !== 24 && table3.size > 0) {
      throw new ElfReadError(`${this.path}: corrupt symbol table ${table3.name}`, "Rebuild the binary.");
    }
    const strtab = this.sections[table3.link];
    if (!strtab)
      throw new ElfReadError(`${this.path}: symbol table ${table3.name} has no string table`, "Rebuild the binary.");
    const raw = this.sectionData(table3);
    const strings = this.sectionData(strtab);
    const shndxSection = this.sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === table3.index);
    const shndxTable = shndxSection ? this.sectionData(shndxSection) : void 0;
    const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const count = Math.floor(raw.byteLength / 24);
    const out = [];
    for (let i = 0; i < count; i++) {
      const at = i * 24;
      const info = v.getUint8(at + 4);
      const type = info & 15;
      let shndx = v.getUint16(at + 6, true);
      if (shndx === SHN_XINDEX && shndxTable && (i + 1) * 4 <= shndxTable.length) {
        shndx = shndxTable.readUInt32LE(i * 4);
      }
      const size = u64(v, at + 16);
      if (filter && !filter(type, shndx, size)) continue;
      out.push({
        name: cString(strings, v.getUint32(at, true)),
        value: u64(v, at + 8),
        size,
        type,
        bind: info >> 4,
        shndx
      });
    }
    return out;
  }
  /** The GNU build-id as lowercase hex, from PT_NOTE segments or SHT_NOTE sections. */
  buildId() {
    const places = [];
    for (const s of this.segments) if (s.type === PT_NOTE) places.push({ offset: s.offset, size: s.filesz });
    if (places.length === 0) {
      for (const s of this.sections) if (s.type === SHT_NOTE) places.push({ offset: s.offset, size: s.size });
    }
    for (const place2 of places) {
      if (place2.size > 1 << 20 || place2.offset + place2.size > this.fileSize) continue;
      const notes = this.read(place2.offset, place2.size);
      let at = 0;
      while (at + 12 <= notes.length) {
        const namesz = notes.readUInt32LE(at);
        const descsz = notes.readUInt32LE(at + 4);
        const type = notes.readUInt32LE(at + 8);
        const nameAt = at + 12;
        const descAt = nameAt + align4(namesz);
        if (descAt > notes.length || descAt + descsz > notes.length) break;
        if (type === NT_GNU_BUILD_ID && namesz === 4 && notes.toString("latin1", nameAt, nameAt + 3) === "GNU") {
          return notes.toString("hex", descAt, descAt + descsz);
        }
        at = descAt + align4(descsz);
      }
    }
    return void 0;
  }
};
function align4(n) {
  return Math.ceil(n / 4) * 4;
}
function cString(buf, at) {
  if (at >= buf.length) return "";
  let end = buf.indexOf(0, at);
  if (end < 0) end = buf.length;
  return buf.toString("utf8", at, end);
}
function withElf(path, fn) {
  const elf = ElfFile.open(path);
  try {
    return fn(elf);
  } finally {
    elf.close();
  }
}

// src/probes/plan.ts
import { statSync as statSync2 } from "node:fs";

// src/elf/entryBytes.ts
import { closeSync as closeSync5, fstatSync as fstatSync3, openSync as openSync5, readSync as readSync3 } from "node:fs";
var WINDOW = 1 << 20;
function readEntryBytes(path, offsets, length = 16) {
  const fd = openSync5(path, "r");
  try {
    const size = fstatSync3(fd).size;
    const window = Buffer.allocUnsafe(WINDOW);
    let start = -1;
    let filled = 0;
    return offsets.map((offset) => {
      if (start < 0 || offset < start || offset + length > start + filled) {
        start = offset;
        filled = readSync3(fd, window, 0, Math.min(WINDOW, Math.max(0, size - offset)), offset);
      }
      const at = offset - start;
      return Uint8Array.from(window.subarray(at, Math.min(at + length, filled)));
    });
  } finally {
    closeSync5(fd);
  }
}

// src/golang/errors.ts
var GoTableError = class extends XcoverError {
  constructor(message) {
    super(message, "Rebuild the Go binary, or point --path at an intact copy.");
  }
};

// src/golang/image.ts
var SHT_RELA = 4;
var PT_DYNAMIC = 2;
var DT_NULL = 0;
var DT_RELA = 7;
var DT_RELASZ = 8;
var R_X86_64_RELATIVE = 8;
var R_AARCH64_RELATIVE = 1027;
var MAX_RELOCATIONS = 8e6;
var GoImage = class {
  elf;
  relative;
  constructor(elf) {
    this.elf = elf;
  }
  /** File offset of `vaddr` by the PT_LOAD segments, or undefined when no segment holds it in the file. */
  offsetOf(vaddr, length = 1) {
    for (const s of this.elf.segments) {
      if (s.type !== PT_LOAD) continue;
      if (vaddr >= s.vaddr && vaddr + length <= s.vaddr + s.filesz) return s.offset + (vaddr - s.vaddr);
    }
    for (const s of this.elf.sections) {
      if (s.addr === 0 || s.type === SHT_NOBITS) continue;
      if (vaddr >= s.addr && vaddr + length <= s.addr + s.size) return s.offset + (vaddr - s.addr);
    }
    return void 0;
  }
  /** `length` bytes at `vaddr`; throws GoTableError when the file does not hold them. */
  bytesAt(vaddr, length) {
    const offset = this.offsetOf(vaddr, length);
    if (offset === void 0 || offset + length > this.elf.fileSize) {
      throw new GoTableError(`${this.elf.path}: address 0x${vaddr.toString(16)} is not in the file`);
    }
    return this.elf.read(offset, length);
  }
  /** Up to `length` bytes from file offset `offset`, fewer when the file ends first. */
  readClamped(offset, length) {
    const available = Math.max(0, Math.min(length, this.elf.fileSize - offset));
    return available > 0 ? this.elf.read(offset, available) : Buffer.alloc(0);
  }
  /** The value an R_*_RELATIVE relocation writes at `vaddr`, if one does. */
  relocatedPointer(vaddr) {
    return this.relocations().get(vaddr);
  }
  /** A pointer-sized value at `vaddr` after dynamic relocation. */
  pointerAt(vaddr, ptrSize) {
    const relocated = this.relocations().get(vaddr);
    if (relocated !== void 0) return relocated;
    const b = this.bytesAt(vaddr, ptrSize);
    return ptrSize === 8 ? b.readUInt32LE(0) + b.readUInt32LE(4) * 4294967296 : b.readUInt32LE(0);
  }
  /** R_*_RELATIVE targets and addends (load bias 0), read once. */
  relocations() {
    if (this.relative) return this.relative;
    const out = /* @__PURE__ */ new Map();
    this.relative = out;
    const relative4 = this.elf.header.machine === EM_AARCH64 ? R_AARCH64_RELATIVE : R_X86_64_RELATIVE;
    try {
      for (const { offset, size } of this.relaTables()) {
        const count = Math.min(Math.floor(size / 24), MAX_RELOCATIONS - out.size);
        if (count <= 0) break;
        const raw = this.readClamped(offset, count * 24);
        for (let at = 0; at + 24 <= raw.length; at += 24) {
          if (raw.readUInt32LE(at + 8) !== relative4) continue;
          const where = raw.readUInt32LE(at) + raw.readUInt32LE(at + 4) * 4294967296;
          const addend = Number(raw.readBigInt64LE(at + 16));
          out.set(where, addend);
        }
      }
    } catch {
    }
    return out;
  }
  relaTables() {
    const bySection = this.elf.sections.filter((s) => s.type === SHT_RELA && (s.entsize === 24 || s.entsize === 0)).map((s) => ({ offset: s.offset, size: s.size }));
    if (bySection.length > 0 || this.elf.sections.length > 0) return bySection;
    const dynamic = this.elf.segments.find((s) => s.type === PT_DYNAMIC);
    if (!dynamic) return [];
    const raw = this.readClamped(dynamic.offset, Math.min(dynamic.filesz, 1 << 16));
    let rela;
    let relasz = 0;
    for (let at = 0; at + 16 <= raw.length; at += 16) {
      const tag = raw.readUInt32LE(at) + raw.readUInt32LE(at + 4) * 4294967296;
      const value = raw.readUInt32LE(at + 8) + raw.readUInt32LE(at + 12) * 4294967296;
      if (tag === DT_NULL) break;
      if (tag === DT_RELA) rela = value;
      if (tag === DT_RELASZ) relasz = value;
    }
    if (rela === void 0) return [];
    const offset = this.offsetOf(rela, relasz);
    return offset === void 0 ? [] : [{ offset, size: relasz }];
  }
};

// src/golang/buildinfo.ts
var MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var HEADER_SIZE = 32;
var FLAG_BIG_ENDIAN = 1;
var FLAG_INLINE_STRINGS = 2;
var SENTINEL_SIZE = 16;
var MAX_STRING = 16 << 20;
var MAX_SCAN = 64 << 20;
function readGoBuildInfo(elf, image = new GoImage(elf)) {
  try {
    const found = locate2(elf, image);
    if (!found) return void 0;
    return parse2(found.bytes, found.vaddr, image);
  } catch {
    return void 0;
  }
}
function locate2(elf, image) {
  const section = elf.section(".go.buildinfo");
  if (section && section.type !== SHT_NOBITS) {
    const bytes = image.readClamped(section.offset, section.size);
    return bytes.subarray(0, MAGIC.length).equals(MAGIC) ? { vaddr: section.addr, bytes } : void 0;
  }
  for (const s of elf.segments) {
    if (s.type !== PT_LOAD || s.flags & PF_X || s.filesz === 0) continue;
    const bytes = image.readClamped(s.offset, Math.min(s.filesz, MAX_SCAN));
    for (let at = bytes.indexOf(MAGIC); at >= 0; at = bytes.indexOf(MAGIC, at + 1)) {
      if ((s.vaddr + at) % 16 === 0) return { vaddr: s.vaddr + at, bytes: bytes.subarray(at) };
    }
  }
  return void 0;
}
function parse2(bytes, vaddr, image) {
  if (bytes.length < HEADER_SIZE) return void 0;
  const ptrSize = bytes[14];
  const flags = bytes[15];
  if (flags & FLAG_BIG_ENDIAN) return void 0;
  let version;
  let modinfo;
  if (flags & FLAG_INLINE_STRINGS) {
    const cursor = { at: HEADER_SIZE };
    version = inlineString(bytes, cursor);
    modinfo = inlineString(bytes, cursor);
  } else {
    if (ptrSize !== 4 && ptrSize !== 8) return void 0;
    version = goString(image, image.pointerAt(vaddr + 16, ptrSize), ptrSize);
    modinfo = goString(image, image.pointerAt(vaddr + 16 + ptrSize, ptrSize), ptrSize);
  }
  const info = {};
  if (version) info.goVersion = version;
  if (modinfo !== void 0) {
    const text = modinfo.length >= 2 * SENTINEL_SIZE + 1 && modinfo[modinfo.length - SENTINEL_SIZE - 1] === "\n" ? modinfo.slice(SENTINEL_SIZE, modinfo.length - SENTINEL_SIZE) : modinfo;
    for (const line of text.split("\n")) {
      const [key, value] = line.split("	");
      if (key === "path" && value) info.mainPackage = value;
      if (key === "mod" && value) info.mainModule = value;
    }
  }
  return info;
}
function inlineString(bytes, cursor) {
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    if (shift > 28 || cursor.at >= bytes.length) return void 0;
    const b = bytes[cursor.at++];
    length += (b & 127) * 2 ** shift;
    if (!(b & 128)) break;
  }
  if (length > MAX_STRING || cursor.at + length > bytes.length) return void 0;
  const s = bytes.toString("utf8", cursor.at, cursor.at + length);
  cursor.at += length;
  return s;
}
function goString(image, vaddr, ptrSize) {
  if (vaddr === 0) return void 0;
  const data = image.pointerAt(vaddr, ptrSize);
  const length = image.pointerAt(vaddr + ptrSize, ptrSize);
  if (length > MAX_STRING) return void 0;
  return image.bytesAt(data, length).toString("utf8");
}

// src/golang/packages.ts
var TYPE_PSEUDO_PACKAGE = "type:";
var GO_PSEUDO_PACKAGE = "go:";
function goPackageOf(name) {
  if (name.startsWith("type:") || name.startsWith("type.")) return TYPE_PSEUDO_PACKAGE;
  if (name.startsWith("go:") || name.startsWith("go.")) return GO_PSEUDO_PACKAGE;
  const plain = withoutTypeArguments(name);
  const lastSlash = plain.lastIndexOf("/");
  const dot = plain.indexOf(".", lastSlash + 1);
  if (dot < 0) return "";
  return unescapePath(plain.slice(0, dot));
}
function isGoRuntimeOrStd(pkg, mainModule) {
  if (pkg === "" || pkg === TYPE_PSEUDO_PACKAGE || pkg === GO_PSEUDO_PACKAGE) return true;
  if (pkg === "main") return false;
  if (mainModule && (pkg === mainModule || pkg.startsWith(`${mainModule}/`))) return false;
  if (pkg === "runtime" || pkg.startsWith("runtime/")) return true;
  if (pkg.startsWith("internal/") || pkg.startsWith("vendor/")) return true;
  const first = pkg.split("/", 1)[0];
  return !first.includes(".");
}
function withoutTypeArguments(name) {
  if (!name.includes("[")) return name;
  let out = "";
  let depth = 0;
  for (const ch of name) {
    if (ch === "[") depth++;
    else if (ch === "]" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}
function unescapePath(path) {
  if (!path.includes("%")) return path;
  const bytes = [];
  for (let i = 0; i < path.length; i++) {
    const hex2 = path.slice(i + 1, i + 3);
    if (path[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex2)) {
      bytes.push(Number.parseInt(hex2, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(path[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/golang/pclntab.ts
var MAGIC2 = /* @__PURE__ */ new Map([
  [4294967290, "1.16"],
  [4294967280, "1.18"],
  [4294967281, "1.20"]
]);
var MAX_PCVALUE_STEPS = 1 << 20;
var GO_SECTIONS = /* @__PURE__ */ new Set([".go.buildinfo", ".note.go.buildid", ".gosymtab", ".noptrdata"]);
var MAX_SCAN_BYTES = 1 << 30;
function readPclntab(elf, image = new GoImage(elf), options = {}) {
  let located;
  try {
    located = locate3(elf, image);
  } catch {
    return void 0;
  }
  if (!located) return void 0;
  const table3 = parsePclntab(located.bytes, located.vaddr, image, located.where, options);
  if (table3 && located.bytes.length < located.declaredSize && !table3.warnings.some((w) => w.includes("truncated"))) {
    table3.warnings.push(
      `${elf.path}: ${located.where} is truncated (${located.bytes.length} of ${located.declaredSize} bytes in the file)`
    );
  }
  return table3;
}
function parsePclntab(bytes, vaddr, image, where = "pclntab", options = {}) {
  const warnings = [];
  const header = parseHeader(bytes, vaddr, image);
  if (!header) return void 0;
  const located = { vaddr, bytes, declaredSize: bytes.length, where };
  const functions = readFunctions(image.elf.path, located, header, image, warnings, options);
  return { version: header.version, textStart: header.textStart, functions, warnings };
}
function locate3(elf, image) {
  const named = elf.section(".gopclntab") ?? elf.section(".data.rel.ro.gopclntab");
  if (named && named.type !== SHT_NOBITS) {
    const bytes = image.readClamped(named.offset, named.size);
    return { vaddr: named.addr, bytes, declaredSize: named.size, where: named.name };
  }
  if (elf.sections.length > 0 && !elf.sections.some((s) => GO_SECTIONS.has(s.name))) return void 0;
  const regions = [];
  const relro = elf.sections.filter((s) => s.name === ".data.rel.ro");
  const others = elf.sections.filter(
    (s) => s.type !== SHT_NOBITS && s.addr !== 0 && !(s.flags & SHF_EXECINSTR) && s.name !== ".data.rel.ro"
  );
  for (const s of [...relro, ...others]) regions.push({ vaddr: s.addr, offset: s.offset, size: s.size, where: s.name });
  if (elf.sections.length === 0) {
    const loads = elf.segments.filter((s) => s.type === PT_LOAD && s.filesz > 0);
    for (const s of [...loads.filter((l) => !(l.flags & PF_X)), ...loads.filter((l) => l.flags & PF_X)]) {
      regions.push({ vaddr: s.vaddr, offset: s.offset, size: s.filesz, where: "a loaded segment" });
    }
  }
  for (const region of regions) {
    const bytes = image.readClamped(region.offset, Math.min(region.size, MAX_SCAN_BYTES));
    for (let at = bytes.indexOf(MAGIC_PATTERN_TAIL, 0); at >= 0; at = bytes.indexOf(MAGIC_PATTERN_TAIL, at + 1)) {
      const start = at - 1;
      if (start < 0 || start % 4 !== 0) continue;
      const magic = bytes.readUInt32LE(start);
      if (!MAGIC2.has(magic)) continue;
      const candidate = bytes.subarray(start);
      const vaddr = region.vaddr + start;
      if (plausible(candidate, vaddr, image)) {
        return { vaddr, bytes: candidate, declaredSize: candidate.length, where: `the pclntab in ${region.where}` };
      }
    }
  }
  return void 0;
}
var MAGIC_PATTERN_TAIL = Buffer.from([255, 255, 255, 0, 0]);
function plausible(bytes, vaddr, image) {
  const header = parseHeader(bytes, vaddr, image);
  if (!header || header.nfunc === 0) return false;
  try {
    const first = functabEntry(bytes, header, 0);
    const last = functabEntry(bytes, header, header.nfunc);
    if (last.entry < first.entry) return false;
    const entryOfFunc = funcEntry(bytes, header, first.funcOffset);
    return entryOfFunc === first.entry;
  } catch {
    return false;
  }
}
function parseHeader(bytes, vaddr, image) {
  if (bytes.length < 8) return void 0;
  const version = MAGIC2.get(bytes.readUInt32LE(0));
  if (!version) return void 0;
  const quantum = bytes[6];
  const ptrSize = bytes[7];
  if (bytes[4] !== 0 || bytes[5] !== 0 || ![1, 2, 4].includes(quantum) || ![4, 8].includes(ptrSize)) return void 0;
  const fields = version === "1.16" ? 7 : 8;
  if (bytes.length < 8 + fields * ptrSize) return void 0;
  const word = (i) => readWord(bytes, 8 + i * ptrSize, ptrSize);
  const textStart = version === "1.16" ? 0 : image.relocatedPointer(vaddr + 8 + 2 * ptrSize) ?? word(2);
  const o = version === "1.16" ? 2 : 3;
  const header = {
    version,
    quantum,
    ptrSize,
    nfunc: word(0),
    textStart,
    funcnameOffset: word(o),
    cuOffset: word(o + 1),
    filetabOffset: word(o + 2),
    pctabOffset: word(o + 3),
    pclnOffset: word(o + 4)
  };
  const offsets = [header.funcnameOffset, header.cuOffset, header.filetabOffset, header.pctabOffset, header.pclnOffset];
  if (offsets.some((x) => x < 8 + fields * ptrSize || x > Number.MAX_SAFE_INTEGER)) return void 0;
  if (header.nfunc > Number.MAX_SAFE_INTEGER / 16) return void 0;
  return header;
}
function readWord(bytes, at, ptrSize) {
  if (at < 0 || at + ptrSize > bytes.length) throw new GoTableError(`pclntab ends at ${bytes.length}, wanted ${at}`);
  return ptrSize === 8 ? bytes.readUInt32LE(at) + bytes.readUInt32LE(at + 4) * 4294967296 : bytes.readUInt32LE(at);
}
function u32(bytes, at) {
  if (at < 0 || at + 4 > bytes.length) throw new GoTableError(`pclntab ends at ${bytes.length}, wanted ${at}`);
  return bytes.readUInt32LE(at);
}
function functabEntry(bytes, h, i) {
  if (h.version === "1.16") {
    const at2 = h.pclnOffset + i * 2 * h.ptrSize;
    return {
      entry: readWord(bytes, at2, h.ptrSize),
      funcOffset: i < h.nfunc ? readWord(bytes, at2 + h.ptrSize, h.ptrSize) : 0
    };
  }
  const at = h.pclnOffset + i * 8;
  return { entry: h.textStart + u32(bytes, at), funcOffset: i < h.nfunc ? u32(bytes, at + 4) : 0 };
}
function funcEntry(bytes, h, funcOffset) {
  const at = h.pclnOffset + funcOffset;
  return h.version === "1.16" ? readWord(bytes, at, h.ptrSize) : h.textStart + u32(bytes, at);
}
function funcFields(h) {
  const base = h.version === "1.16" ? h.ptrSize : 4;
  return { nameoff: base, pcfile: base + 16, pcln: base + 20, cuOffset: base + 28 };
}
function readFunctions(path, t, h, image, warnings, options) {
  const { bytes } = t;
  const fields = funcFields(h);
  const rowSize = h.version === "1.16" ? 2 * h.ptrSize : 8;
  const rows = Math.min(h.nfunc, Math.max(0, Math.floor((bytes.length - h.pclnOffset) / rowSize)));
  const out = [];
  const names2 = /* @__PURE__ */ new Map();
  const files = new FileTable(bytes, h);
  let namesOnly = 0;
  let unsorted = false;
  const entryOf = (i) => (h.version === "1.16" ? image.relocatedPointer(t.vaddr + h.pclnOffset + i * rowSize) : void 0) ?? functabEntry(bytes, h, i).entry;
  let next;
  for (let i = 0; i < rows; i++) {
    let fn;
    let funcAt;
    try {
      const row = functabEntry(bytes, h, i);
      const entry = next ?? entryOf(i);
      next = entryOf(i + 1);
      funcAt = h.pclnOffset + row.funcOffset;
      const nameoff = u32(bytes, funcAt + fields.nameoff);
      let name = names2.get(nameoff);
      if (name === void 0) {
        name = cString2(bytes, h.funcnameOffset + nameoff);
        names2.set(nameoff, name);
      }
      if (next < entry) unsorted = true;
      fn = { name, entry, end: Math.max(entry, next) };
    } catch {
      break;
    }
    out.push(fn);
    try {
      const pcfile = u32(bytes, funcAt + fields.pcfile);
      const pcln = u32(bytes, funcAt + fields.pcln);
      const cu = u32(bytes, funcAt + fields.cuOffset);
      sourceOf(fn, bytes, h, files, pcfile, pcln, cu, options.lines === true);
    } catch {
      namesOnly++;
    }
  }
  if (out.length < h.nfunc) {
    warnings.push(
      `${path}: ${t.where} is truncated; ${out.length} of ${h.nfunc} functions could be read` + (namesOnly > 0 ? `, ${namesOnly} of them keep their symbol names only` : "")
    );
  } else if (namesOnly > 0) {
    warnings.push(`${path}: ${t.where} is truncated; ${namesOnly} functions keep their symbol names only`);
  }
  if (unsorted) warnings.push(`${path}: ${t.where} lists functions out of address order; it may be corrupt`);
  return out;
}
var FileTable = class {
  constructor(bytes, h) {
    this.bytes = bytes;
    this.h = h;
  }
  bytes;
  h;
  cache = /* @__PURE__ */ new Map();
  name(cu, fileno) {
    if (fileno < 0) return void 0;
    const index = cu + fileno;
    if (this.cache.has(index)) return this.cache.get(index);
    const offset = u32(this.bytes, this.h.cuOffset + 4 * index);
    const name = offset === 4294967295 ? void 0 : cString2(this.bytes, this.h.filetabOffset + offset);
    this.cache.set(index, name);
    return name;
  }
};
function sourceOf(fn, bytes, h, files, pcfile, pcln, cu, withRows) {
  if (pcfile === 0 || pcln === 0) return;
  const fileRuns = pcValueRuns(bytes, h.pctabOffset + pcfile, fn.entry, fn.end, h.quantum);
  const lineRuns = pcValueRuns(bytes, h.pctabOffset + pcln, fn.entry, fn.end, h.quantum);
  const firstFile = fileRuns[0];
  const firstLine = lineRuns[0];
  if (!firstFile || !firstLine) return;
  const file = files.name(cu, firstFile.value);
  if (file === void 0) return;
  fn.file = file;
  fn.lineStart = firstLine.value;
  let lineEnd = firstLine.value;
  let f = 0;
  for (const line of lineRuns) {
    while (f < fileRuns.length && fileRuns[f].end <= line.start) f++;
    for (let g = f; g < fileRuns.length && fileRuns[g].start < line.end; g++) {
      if (fileRuns[g].value === firstFile.value && line.value > lineEnd) lineEnd = line.value;
    }
  }
  fn.lineEnd = lineEnd;
  if (withRows) fn.rows = rowsOf(fileRuns, lineRuns, (n) => files.name(cu, n));
}
function rowsOf(fileRuns, lineRuns, fileName) {
  const rows = [];
  let f = 0;
  let l = 0;
  let last;
  while (f < fileRuns.length && l < lineRuns.length) {
    const fr = fileRuns[f];
    const lr = lineRuns[l];
    const start = Math.max(fr.start, lr.start);
    if (Math.min(fr.end, lr.end) > start) {
      const file = fileName(fr.value);
      if (file === void 0 || lr.value <= 0) last = void 0;
      else if (last?.file !== file || last.line !== lr.value) {
        last = { pc: start, file, line: lr.value };
        rows.push(last);
      }
    }
    if (fr.end <= lr.end) f++;
    if (lr.end <= fr.end) l++;
  }
  return rows;
}
function pcValueRuns(bytes, at, entry, end, quantum) {
  const runs = [];
  const cursor = { at };
  let value = -1;
  let pc = entry;
  const maxSteps = Math.min(MAX_PCVALUE_STEPS, Math.floor((end - entry) / quantum) + 2);
  for (let step = 0; step < maxSteps; step++) {
    const uvdelta = varint(bytes, cursor);
    if (uvdelta === 0 && step > 0) break;
    value = value + (uvdelta & 1 ? ~(uvdelta >>> 1) : uvdelta >>> 1) | 0;
    const pcdelta = varint(bytes, cursor) * quantum;
    runs.push({ start: pc, end: pc + pcdelta, value });
    pc += pcdelta;
    if (pc >= end) break;
  }
  return runs;
}
function varint(bytes, cursor) {
  let v = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (cursor.at >= bytes.length || cursor.at < 0) throw new GoTableError("pc-value table runs past the pclntab");
    const b = bytes[cursor.at++];
    v += (b & 127) * 2 ** shift;
    if (!(b & 128)) return v >>> 0;
  }
  throw new GoTableError("pc-value varint is too long");
}
function cString2(bytes, at) {
  if (at < 0 || at >= bytes.length) throw new GoTableError(`name at ${at} is past the pclntab`);
  const end = bytes.indexOf(0, at);
  if (end < 0) throw new GoTableError(`name at ${at} is not terminated`);
  return bytes.toString("utf8", at, end);
}

// src/golang/index.ts
function readGoSymbols(elf, options = {}) {
  const image = new GoImage(elf);
  const table3 = readPclntab(elf, image, options);
  if (!table3) return void 0;
  const mainModule = readGoBuildInfo(elf, image)?.mainModule;
  const packages = /* @__PURE__ */ new Map();
  const functions = table3.functions.map((f) => {
    const key = f.name.slice(0, Math.max(0, f.name.lastIndexOf(".")));
    let pkg = packages.get(key);
    if (pkg === void 0) {
      pkg = goPackageOf(f.name);
      packages.set(key, pkg);
    }
    const name = f.name.includes("\xB7") ? f.name.replaceAll("\xB7", ".") : f.name;
    const out = { name, entry: f.entry, end: f.end, package: pkg };
    if (f.file !== void 0) out.file = f.file;
    if (f.lineStart !== void 0) out.lineStart = f.lineStart;
    if (f.lineEnd !== void 0) out.lineEnd = f.lineEnd;
    if (f.rows !== void 0) out.rows = f.rows;
    return out;
  });
  const symbols = { version: table3.version, functions, warnings: table3.warnings };
  if (mainModule !== void 0) symbols.mainModule = mainModule;
  return symbols;
}

// src/dwarf/constants.ts
var constants_exports = {};
__export(constants_exports, {
  DW_AT_GNU_addr_base: () => DW_AT_GNU_addr_base,
  DW_AT_GNU_dwo_id: () => DW_AT_GNU_dwo_id,
  DW_AT_GNU_dwo_name: () => DW_AT_GNU_dwo_name,
  DW_AT_GNU_ranges_base: () => DW_AT_GNU_ranges_base,
  DW_AT_MIPS_linkage_name: () => DW_AT_MIPS_linkage_name,
  DW_AT_abstract_origin: () => DW_AT_abstract_origin,
  DW_AT_addr_base: () => DW_AT_addr_base,
  DW_AT_comp_dir: () => DW_AT_comp_dir,
  DW_AT_decl_file: () => DW_AT_decl_file,
  DW_AT_decl_line: () => DW_AT_decl_line,
  DW_AT_declaration: () => DW_AT_declaration,
  DW_AT_dwo_name: () => DW_AT_dwo_name,
  DW_AT_entry_pc: () => DW_AT_entry_pc,
  DW_AT_high_pc: () => DW_AT_high_pc,
  DW_AT_linkage_name: () => DW_AT_linkage_name,
  DW_AT_low_pc: () => DW_AT_low_pc,
  DW_AT_name: () => DW_AT_name,
  DW_AT_ranges: () => DW_AT_ranges,
  DW_AT_rnglists_base: () => DW_AT_rnglists_base,
  DW_AT_specification: () => DW_AT_specification,
  DW_AT_stmt_list: () => DW_AT_stmt_list,
  DW_AT_str_offsets_base: () => DW_AT_str_offsets_base,
  DW_FORM_GNU_addr_index: () => DW_FORM_GNU_addr_index,
  DW_FORM_GNU_ref_alt: () => DW_FORM_GNU_ref_alt,
  DW_FORM_GNU_str_index: () => DW_FORM_GNU_str_index,
  DW_FORM_GNU_strp_alt: () => DW_FORM_GNU_strp_alt,
  DW_FORM_addr: () => DW_FORM_addr,
  DW_FORM_addrx: () => DW_FORM_addrx,
  DW_FORM_addrx1: () => DW_FORM_addrx1,
  DW_FORM_addrx2: () => DW_FORM_addrx2,
  DW_FORM_addrx3: () => DW_FORM_addrx3,
  DW_FORM_addrx4: () => DW_FORM_addrx4,
  DW_FORM_block: () => DW_FORM_block,
  DW_FORM_block1: () => DW_FORM_block1,
  DW_FORM_block2: () => DW_FORM_block2,
  DW_FORM_block4: () => DW_FORM_block4,
  DW_FORM_data1: () => DW_FORM_data1,
  DW_FORM_data16: () => DW_FORM_data16,
  DW_FORM_data2: () => DW_FORM_data2,
  DW_FORM_data4: () => DW_FORM_data4,
  DW_FORM_data8: () => DW_FORM_data8,
  DW_FORM_exprloc: () => DW_FORM_exprloc,
  DW_FORM_flag: () => DW_FORM_flag,
  DW_FORM_flag_present: () => DW_FORM_flag_present,
  DW_FORM_implicit_const: () => DW_FORM_implicit_const,
  DW_FORM_indirect: () => DW_FORM_indirect,
  DW_FORM_line_strp: () => DW_FORM_line_strp,
  DW_FORM_loclistx: () => DW_FORM_loclistx,
  DW_FORM_ref1: () => DW_FORM_ref1,
  DW_FORM_ref2: () => DW_FORM_ref2,
  DW_FORM_ref4: () => DW_FORM_ref4,
  DW_FORM_ref8: () => DW_FORM_ref8,
  DW_FORM_ref_addr: () => DW_FORM_ref_addr,
  DW_FORM_ref_sig8: () => DW_FORM_ref_sig8,
  DW_FORM_ref_sup4: () => DW_FORM_ref_sup4,
  DW_FORM_ref_sup8: () => DW_FORM_ref_sup8,
  DW_FORM_ref_udata: () => DW_FORM_ref_udata,
  DW_FORM_rnglistx: () => DW_FORM_rnglistx,
  DW_FORM_sdata: () => DW_FORM_sdata,
  DW_FORM_sec_offset: () => DW_FORM_sec_offset,
  DW_FORM_string: () => DW_FORM_string,
  DW_FORM_strp: () => DW_FORM_strp,
  DW_FORM_strp_sup: () => DW_FORM_strp_sup,
  DW_FORM_strx: () => DW_FORM_strx,
  DW_FORM_strx1: () => DW_FORM_strx1,
  DW_FORM_strx2: () => DW_FORM_strx2,
  DW_FORM_strx3: () => DW_FORM_strx3,
  DW_FORM_strx4: () => DW_FORM_strx4,
  DW_FORM_udata: () => DW_FORM_udata,
  DW_LNCT_directory_index: () => DW_LNCT_directory_index,
  DW_LNCT_path: () => DW_LNCT_path,
  DW_LNE_define_file: () => DW_LNE_define_file,
  DW_LNE_end_sequence: () => DW_LNE_end_sequence,
  DW_LNE_set_address: () => DW_LNE_set_address,
  DW_LNS_advance_line: () => DW_LNS_advance_line,
  DW_LNS_advance_pc: () => DW_LNS_advance_pc,
  DW_LNS_const_add_pc: () => DW_LNS_const_add_pc,
  DW_LNS_copy: () => DW_LNS_copy,
  DW_LNS_fixed_advance_pc: () => DW_LNS_fixed_advance_pc,
  DW_LNS_negate_stmt: () => DW_LNS_negate_stmt,
  DW_LNS_set_file: () => DW_LNS_set_file,
  DW_RLE_base_address: () => DW_RLE_base_address,
  DW_RLE_base_addressx: () => DW_RLE_base_addressx,
  DW_RLE_end_of_list: () => DW_RLE_end_of_list,
  DW_RLE_offset_pair: () => DW_RLE_offset_pair,
  DW_RLE_start_end: () => DW_RLE_start_end,
  DW_RLE_start_length: () => DW_RLE_start_length,
  DW_RLE_startx_endx: () => DW_RLE_startx_endx,
  DW_RLE_startx_length: () => DW_RLE_startx_length,
  DW_TAG_compile_unit: () => DW_TAG_compile_unit,
  DW_TAG_partial_unit: () => DW_TAG_partial_unit,
  DW_TAG_skeleton_unit: () => DW_TAG_skeleton_unit,
  DW_TAG_subprogram: () => DW_TAG_subprogram,
  DW_TAG_type_unit: () => DW_TAG_type_unit,
  DW_UT_compile: () => DW_UT_compile,
  DW_UT_partial: () => DW_UT_partial,
  DW_UT_skeleton: () => DW_UT_skeleton,
  DW_UT_split_compile: () => DW_UT_split_compile,
  DW_UT_split_type: () => DW_UT_split_type,
  DW_UT_type: () => DW_UT_type
});
var DW_UT_compile = 1;
var DW_UT_type = 2;
var DW_UT_partial = 3;
var DW_UT_skeleton = 4;
var DW_UT_split_compile = 5;
var DW_UT_split_type = 6;
var DW_TAG_compile_unit = 17;
var DW_TAG_subprogram = 46;
var DW_TAG_partial_unit = 60;
var DW_TAG_type_unit = 65;
var DW_TAG_skeleton_unit = 74;
var DW_AT_name = 3;
var DW_AT_stmt_list = 16;
var DW_AT_low_pc = 17;
var DW_AT_high_pc = 18;
var DW_AT_comp_dir = 27;
var DW_AT_abstract_origin = 49;
var DW_AT_decl_file = 58;
var DW_AT_decl_line = 59;
var DW_AT_declaration = 60;
var DW_AT_specification = 71;
var DW_AT_entry_pc = 82;
var DW_AT_ranges = 85;
var DW_AT_linkage_name = 110;
var DW_AT_str_offsets_base = 114;
var DW_AT_addr_base = 115;
var DW_AT_rnglists_base = 116;
var DW_AT_dwo_name = 118;
var DW_AT_MIPS_linkage_name = 8199;
var DW_AT_GNU_dwo_name = 8496;
var DW_AT_GNU_dwo_id = 8497;
var DW_AT_GNU_ranges_base = 8498;
var DW_AT_GNU_addr_base = 8499;
var DW_FORM_addr = 1;
var DW_FORM_block2 = 3;
var DW_FORM_block4 = 4;
var DW_FORM_data2 = 5;
var DW_FORM_data4 = 6;
var DW_FORM_data8 = 7;
var DW_FORM_string = 8;
var DW_FORM_block = 9;
var DW_FORM_block1 = 10;
var DW_FORM_data1 = 11;
var DW_FORM_flag = 12;
var DW_FORM_sdata = 13;
var DW_FORM_strp = 14;
var DW_FORM_udata = 15;
var DW_FORM_ref_addr = 16;
var DW_FORM_ref1 = 17;
var DW_FORM_ref2 = 18;
var DW_FORM_ref4 = 19;
var DW_FORM_ref8 = 20;
var DW_FORM_ref_udata = 21;
var DW_FORM_indirect = 22;
var DW_FORM_sec_offset = 23;
var DW_FORM_exprloc = 24;
var DW_FORM_flag_present = 25;
var DW_FORM_strx = 26;
var DW_FORM_addrx = 27;
var DW_FORM_ref_sup4 = 28;
var DW_FORM_strp_sup = 29;
var DW_FORM_data16 = 30;
var DW_FORM_line_strp = 31;
var DW_FORM_ref_sig8 = 32;
var DW_FORM_implicit_const = 33;
var DW_FORM_loclistx = 34;
var DW_FORM_rnglistx = 35;
var DW_FORM_ref_sup8 = 36;
var DW_FORM_strx1 = 37;
var DW_FORM_strx2 = 38;
var DW_FORM_strx3 = 39;
var DW_FORM_strx4 = 40;
var DW_FORM_addrx1 = 41;
var DW_FORM_addrx2 = 42;
var DW_FORM_addrx3 = 43;
var DW_FORM_addrx4 = 44;
var DW_FORM_GNU_addr_index = 7937;
var DW_FORM_GNU_str_index = 7938;
var DW_FORM_GNU_ref_alt = 7968;
var DW_FORM_GNU_strp_alt = 7969;
var DW_RLE_end_of_list = 0;
var DW_RLE_base_addressx = 1;
var DW_RLE_startx_endx = 2;
var DW_RLE_startx_length = 3;
var DW_RLE_offset_pair = 4;
var DW_RLE_base_address = 5;
var DW_RLE_start_end = 6;
var DW_RLE_start_length = 7;
var DW_LNS_copy = 1;
var DW_LNS_advance_pc = 2;
var DW_LNS_advance_line = 3;
var DW_LNS_set_file = 4;
var DW_LNS_negate_stmt = 6;
var DW_LNS_const_add_pc = 8;
var DW_LNS_fixed_advance_pc = 9;
var DW_LNE_end_sequence = 1;
var DW_LNE_set_address = 2;
var DW_LNE_define_file = 3;
var DW_LNCT_path = 1;
var DW_LNCT_directory_index = 2;

// src/dwarf/errors.ts
var DwarfError = class extends XcoverError {
  constructor(message, hint = "Rebuild the binary with -g, or trace it without source locations.") {
    super(message, hint);
  }
};
var DwarfCompressionError = class extends DwarfError {
};

// src/dwarf/cursor.ts
var TWO_32 = 4294967296;
var Cursor = class {
  buf;
  section;
  pos;
  end;
  constructor(buf, section, pos = 0, end = buf.length) {
    this.buf = buf;
    this.section = section;
    this.pos = pos;
    this.end = Math.min(end, buf.length);
  }
  get remaining() {
    return this.end - this.pos;
  }
  fail(what, at = this.pos) {
    throw new DwarfError(`${this.section} is truncated or corrupt at offset 0x${at.toString(16)} (${what})`);
  }
  /** Throws unless `n` more bytes exist; NaN and Infinity (from absurd ULEBs) fail too. */
  need(n) {
    if (!(n >= 0 && this.pos + n <= this.end)) this.fail(`wants ${n} bytes, ${this.remaining} left`);
  }
  skip(n) {
    this.need(n);
    this.pos += n;
  }
  u8() {
    this.need(1);
    return this.buf[this.pos++];
  }
  u16() {
    this.need(2);
    const v = this.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return v;
  }
  u24() {
    this.need(3);
    const v = this.buf.readUIntLE(this.pos, 3);
    this.pos += 3;
    return v;
  }
  u32() {
    this.need(4);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  /** Unsigned 64-bit as a number: exact below 2^53, which covers every address of a user program. */
  u64() {
    this.need(8);
    const v = this.buf.readUInt32LE(this.pos) + this.buf.readUInt32LE(this.pos + 4) * TWO_32;
    this.pos += 8;
    return v;
  }
  i8() {
    this.need(1);
    return this.buf.readInt8(this.pos++);
  }
  /** An unsigned value of 1, 2, 4 or 8 bytes (address sizes, offset sizes). */
  uint(size) {
    switch (size) {
      case 1:
        return this.u8();
      case 2:
        return this.u16();
      case 4:
        return this.u32();
      case 8:
        return this.u64();
      default:
        return this.fail(`unsupported size ${size}`);
    }
  }
  /** A DWARF offset: 4 bytes in 32-bit DWARF, 8 in 64-bit DWARF. */
  offset(is64) {
    return is64 ? this.u64() : this.u32();
  }
  uleb() {
    let result = 0;
    let mul = 1;
    for (; ; ) {
      const b = this.u8();
      result += (b & 127) * mul;
      if ((b & 128) === 0) return result;
      mul *= 128;
    }
  }
  sleb() {
    let result = 0;
    let mul = 1;
    for (; ; ) {
      const b = this.u8();
      result += (b & 127) * mul;
      mul *= 128;
      if ((b & 128) === 0) {
        if (b & 64) result -= mul;
        return result;
      }
    }
  }
  /** A NUL-terminated UTF-8 string; a missing terminator is a truncation. */
  cstr() {
    const nul = this.buf.indexOf(0, this.pos);
    if (nul < 0 || nul >= this.end) this.fail("unterminated string");
    const s = this.buf.toString("utf8", this.pos, nul);
    this.pos = nul + 1;
    return s;
  }
  /**
   * A unit's initial length. Returns the unit's end and whether it uses 64-bit DWARF offsets;
   * 0xfffffff0–0xfffffffe are reserved and mean the data is not DWARF we can read.
   */
  initialLength() {
    const start = this.pos;
    let len = this.u32();
    let is64 = false;
    if (len === 4294967295) {
      len = this.u64();
      is64 = true;
    } else if (len >= 4294967280) {
      this.fail(`reserved unit length 0x${len.toString(16)}`, start);
    }
    const end = this.pos + len;
    if (end > this.end) this.fail(`unit length 0x${len.toString(16)} runs past the section end`, start);
    return { end, is64 };
  }
};
function stringAt(buf, at) {
  if (!buf || !(at >= 0 && at < buf.length)) return void 0;
  let end = buf.indexOf(0, at);
  if (end < 0) end = buf.length;
  return buf.toString("utf8", at, end);
}

// src/dwarf/forms.ts
var C = { ...constants_exports };
function fixedFormSize(form, s) {
  switch (form) {
    case C.DW_FORM_addr:
      return s.addrSize;
    case C.DW_FORM_flag_present:
    case C.DW_FORM_implicit_const:
      return 0;
    case C.DW_FORM_data1:
    case C.DW_FORM_ref1:
    case C.DW_FORM_flag:
    case C.DW_FORM_strx1:
    case C.DW_FORM_addrx1:
      return 1;
    case C.DW_FORM_data2:
    case C.DW_FORM_ref2:
    case C.DW_FORM_strx2:
    case C.DW_FORM_addrx2:
      return 2;
    case C.DW_FORM_strx3:
    case C.DW_FORM_addrx3:
      return 3;
    case C.DW_FORM_data4:
    case C.DW_FORM_ref4:
    case C.DW_FORM_strx4:
    case C.DW_FORM_addrx4:
    case C.DW_FORM_ref_sup4:
      return 4;
    case C.DW_FORM_data8:
    case C.DW_FORM_ref8:
    case C.DW_FORM_ref_sig8:
    case C.DW_FORM_ref_sup8:
      return 8;
    case C.DW_FORM_data16:
      return 16;
    case C.DW_FORM_strp:
    case C.DW_FORM_sec_offset:
    case C.DW_FORM_line_strp:
    case C.DW_FORM_strp_sup:
    case C.DW_FORM_GNU_ref_alt:
    case C.DW_FORM_GNU_strp_alt:
      return s.is64 ? 8 : 4;
    case C.DW_FORM_ref_addr:
      return s.version <= 2 ? s.addrSize : s.is64 ? 8 : 4;
    default:
      return -1;
  }
}
var MAX_INDIRECT = 4;
function readForm(c, form, s, implicitConst) {
  for (let hops = 0; hops <= MAX_INDIRECT; hops++) {
    switch (form) {
      case C.DW_FORM_indirect:
        form = c.uleb();
        continue;
      case C.DW_FORM_implicit_const:
        return implicitConst;
      case C.DW_FORM_flag_present:
        return 1;
      case C.DW_FORM_string:
        return c.cstr();
      case C.DW_FORM_sdata:
        return c.sleb();
      case C.DW_FORM_udata:
      case C.DW_FORM_ref_udata:
      case C.DW_FORM_strx:
      case C.DW_FORM_addrx:
      case C.DW_FORM_loclistx:
      case C.DW_FORM_rnglistx:
      case C.DW_FORM_GNU_addr_index:
      case C.DW_FORM_GNU_str_index:
        return c.uleb();
      case C.DW_FORM_block1:
        c.skip(c.u8());
        return void 0;
      case C.DW_FORM_block2:
        c.skip(c.u16());
        return void 0;
      case C.DW_FORM_block4:
        c.skip(c.u32());
        return void 0;
      case C.DW_FORM_block:
      case C.DW_FORM_exprloc:
        c.skip(c.uleb());
        return void 0;
      case C.DW_FORM_data16:
        c.skip(16);
        return void 0;
      case C.DW_FORM_strx3:
      case C.DW_FORM_addrx3:
        return c.u24();
      default: {
        const size = fixedFormSize(form, s);
        if (size < 0) return c.fail(`unknown attribute form 0x${form.toString(16)}`);
        return size === 0 ? 0 : c.uint(size);
      }
    }
  }
  return c.fail("DW_FORM_indirect chain too long");
}
function skipForm(c, form, s) {
  const size = fixedFormSize(form, s);
  if (size >= 0) c.skip(size);
  else readForm(c, form, s, 0);
}
function isConstantForm(form) {
  switch (form) {
    case C.DW_FORM_data1:
    case C.DW_FORM_data2:
    case C.DW_FORM_data4:
    case C.DW_FORM_data8:
    case C.DW_FORM_sdata:
    case C.DW_FORM_udata:
    case C.DW_FORM_implicit_const:
      return true;
    default:
      return false;
  }
}
function isAddrIndexForm(form) {
  switch (form) {
    case C.DW_FORM_addrx:
    case C.DW_FORM_addrx1:
    case C.DW_FORM_addrx2:
    case C.DW_FORM_addrx3:
    case C.DW_FORM_addrx4:
    case C.DW_FORM_GNU_addr_index:
      return true;
    default:
      return false;
  }
}
function isStrIndexForm(form) {
  switch (form) {
    case C.DW_FORM_strx:
    case C.DW_FORM_strx1:
    case C.DW_FORM_strx2:
    case C.DW_FORM_strx3:
    case C.DW_FORM_strx4:
    case C.DW_FORM_GNU_str_index:
      return true;
    default:
      return false;
  }
}
function isUnitRefForm(form) {
  switch (form) {
    case C.DW_FORM_ref1:
    case C.DW_FORM_ref2:
    case C.DW_FORM_ref4:
    case C.DW_FORM_ref8:
    case C.DW_FORM_ref_udata:
      return true;
    default:
      return false;
  }
}

// src/dwarf/lines.ts
var C2 = { ...constants_exports };
function joinPath(dir, name) {
  if (name.startsWith("/") || !dir) return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}
function resolveDir(compDir, dir) {
  if (dir === void 0) return compDir;
  return dir.startsWith("/") ? dir : joinPath(compDir, dir);
}
function readLineHeader(sections, section, name, offset, compDir) {
  const c = new Cursor(section, name, offset);
  if (!(offset >= 0 && offset < section.length)) c.fail("line table offset out of range", offset);
  const { end, is64 } = c.initialLength();
  c.end = end;
  const version = c.u16();
  if (version < 2 || version > 5) c.fail(`unsupported line table version ${version}`, offset);
  let addrSize = 8;
  if (version >= 5) {
    addrSize = c.u8();
    c.u8();
  }
  const headerLength = c.offset(is64);
  const programStart = c.pos + headerLength;
  if (programStart > end) c.fail("header length runs past the table", offset);
  const minInstLength = c.u8();
  const maxOpsPerInst = version >= 4 ? c.u8() : 1;
  const defaultIsStmt = c.u8() !== 0;
  const lineBase = c.i8();
  const lineRange = c.u8();
  const opcodeBase = c.u8();
  if (lineRange === 0) c.fail("line_range is 0", offset);
  const standardOpcodeLengths = [];
  for (let i = 1; i < opcodeBase; i++) standardOpcodeLengths.push(c.u8());
  const h = {
    version,
    files: [],
    programStart,
    end,
    is64,
    minInstLength,
    maxOpsPerInst: maxOpsPerInst || 1,
    defaultIsStmt,
    lineBase,
    lineRange,
    opcodeBase,
    standardOpcodeLengths,
    compDir,
    includeDirs: []
  };
  const sizes = { version, addrSize: addrSize === 4 ? 4 : 8, is64 };
  if (version >= 5) {
    const dirs = readEntries(c, sections, sizes);
    h.includeDirs = dirs.map((d) => resolveDir(compDir, d.path) ?? "");
    for (const f of readEntries(c, sections, sizes)) {
      if (f.path === void 0) h.files.push(void 0);
      else h.files.push(joinPath(h.includeDirs[f.dir] ?? compDir, f.path));
    }
  } else {
    for (; ; ) {
      const dir = c.cstr();
      if (dir === "") break;
      h.includeDirs.push(resolveDir(compDir, dir) ?? dir);
    }
    h.files.push(void 0);
    for (; ; ) {
      const name2 = c.cstr();
      if (name2 === "") break;
      const dir = c.uleb();
      c.uleb();
      c.uleb();
      h.files.push(v4FilePath(h, name2, dir));
    }
  }
  return h;
}
function v4FilePath(h, name, dir) {
  return joinPath(dir === 0 ? h.compDir : h.includeDirs[dir - 1] ?? h.compDir, name);
}
function readEntries(c, sections, sizes) {
  const formatCount = c.u8();
  const format = [];
  for (let i = 0; i < formatCount; i++) format.push([c.uleb(), c.uleb()]);
  const count = c.uleb();
  if (count > 0 && formatCount === 0) c.fail("entries without a format");
  if (count > c.remaining) c.fail(`entry count ${count} exceeds the table`);
  const out = [];
  for (let i = 0; i < count; i++) {
    const e = { dir: 0 };
    for (const [type, form] of format) {
      const v = readForm(c, form, sizes, 0);
      if (type === C2.DW_LNCT_path) e.path = lineString(sections, form, v);
      else if (type === C2.DW_LNCT_directory_index && typeof v === "number") e.dir = v;
    }
    out.push(e);
  }
  return out;
}
function lineString(sections, form, v) {
  if (typeof v === "string") return v;
  if (v === void 0) return void 0;
  if (form === C2.DW_FORM_line_strp) return stringAt(sections.get("debug_line_str"), v);
  if (form === C2.DW_FORM_strp) return stringAt(sections.get("debug_str"), v);
  if (isStrIndexForm(form)) {
    const offsets = sections.get("debug_str_offsets");
    const at = 8 + v * 4;
    if (offsets && at + 4 <= offsets.length) return stringAt(sections.get("debug_str"), offsets.readUInt32LE(at));
  }
  return void 0;
}
var RowBuilder = class {
  count = 0;
  addr = new Float64Array(256);
  line = new Uint32Array(256);
  file = new Uint32Array(256);
  stmt = new Uint8Array(256);
  push(addr, line, file, stmt) {
    if (this.count === this.addr.length) {
      const n = this.count * 2;
      const a = new Float64Array(n);
      a.set(this.addr);
      this.addr = a;
      const l = new Uint32Array(n);
      l.set(this.line);
      this.line = l;
      const f = new Uint32Array(n);
      f.set(this.file);
      this.file = f;
      const st = new Uint8Array(n);
      st.set(this.stmt);
      this.stmt = st;
    }
    this.addr[this.count] = addr;
    this.line[this.count] = line;
    this.file[this.count] = file;
    this.stmt[this.count] = stmt ? 1 : 0;
    this.count++;
  }
};
function runLineProgram(section, name, h) {
  const c = new Cursor(section, name, h.programStart, h.end);
  const rows = new RowBuilder();
  const sequences = [];
  let seqFirst = 0;
  let addr = 0;
  let opIndex = 0;
  let file = 1;
  let line = 1;
  let isStmt = h.defaultIsStmt;
  const advance = (operationAdvance) => {
    if (h.maxOpsPerInst === 1) {
      addr += h.minInstLength * operationAdvance;
    } else {
      const total = opIndex + operationAdvance;
      addr += h.minInstLength * Math.floor(total / h.maxOpsPerInst);
      opIndex = total % h.maxOpsPerInst;
    }
  };
  const emit = () => {
    if (line > 0) rows.push(addr, line, file, isStmt);
  };
  while (c.pos < c.end) {
    const op = c.u8();
    if (op >= h.opcodeBase) {
      const adjusted = op - h.opcodeBase;
      advance(Math.floor(adjusted / h.lineRange));
      line += h.lineBase + adjusted % h.lineRange;
      emit();
      continue;
    }
    switch (op) {
      case 0: {
        const len = c.uleb();
        c.need(len);
        const next = c.pos + len;
        if (len === 0) break;
        const sub = c.u8();
        if (sub === C2.DW_LNE_end_sequence) {
          rows.push(addr, 0, 0, false);
          if (rows.count - 1 > seqFirst) sequences.push([rows.addr[seqFirst], seqFirst, rows.count - 1]);
          seqFirst = rows.count;
          addr = 0;
          opIndex = 0;
          file = 1;
          line = 1;
          isStmt = h.defaultIsStmt;
        } else if (sub === C2.DW_LNE_set_address) {
          const size = len - 1;
          addr = size === 1 || size === 2 || size === 4 || size === 8 ? c.uint(size) : addr;
          opIndex = 0;
        } else if (sub === C2.DW_LNE_define_file && h.version < 5) {
          const fname = c.cstr();
          const dir = c.uleb();
          h.files.push(v4FilePath(h, fname, dir));
        }
        c.pos = next;
        break;
      }
      case C2.DW_LNS_copy:
        emit();
        break;
      case C2.DW_LNS_advance_pc:
        advance(c.uleb());
        break;
      case C2.DW_LNS_advance_line:
        line += c.sleb();
        break;
      case C2.DW_LNS_set_file:
        file = c.uleb();
        break;
      case C2.DW_LNS_negate_stmt:
        isStmt = !isStmt;
        break;
      case C2.DW_LNS_const_add_pc:
        advance(Math.floor((255 - h.opcodeBase) / h.lineRange));
        break;
      case C2.DW_LNS_fixed_advance_pc:
        addr += c.u16();
        opIndex = 0;
        break;
      default: {
        const n = h.standardOpcodeLengths[op - 1] ?? 0;
        for (let i = 0; i < n; i++) c.uleb();
      }
    }
  }
  return sortSequences(rows, sequences);
}
function sortSequences(rows, sequences) {
  sequences.sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const [, first, last] of sequences) total += last - first + 1;
  const out = {
    count: total,
    addr: new Float64Array(total),
    line: new Uint32Array(total),
    file: new Uint32Array(total),
    stmt: new Uint8Array(total)
  };
  let at = 0;
  for (const [, first, last] of sequences) {
    out.addr.set(rows.addr.subarray(first, last + 1), at);
    out.line.set(rows.line.subarray(first, last + 1), at);
    out.file.set(rows.file.subarray(first, last + 1), at);
    out.stmt.set(rows.stmt.subarray(first, last + 1), at);
    at += last - first + 1;
  }
  return out;
}
function lowerBound(rows, addr) {
  let lo = 0;
  let hi = rows.count;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (rows.addr[mid] < addr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function rowAt(rows, addr) {
  const i = lowerBound(rows, addr + 1) - 1;
  if (i < 0 || rows.line[i] === 0) return void 0;
  return i;
}

// src/probes/lines.ts
function linesOfFunction(fn, tables, strategy) {
  const lo = fn.address;
  const hi = fn.address + Math.max(1, fn.size);
  for (const table3 of tables) {
    const first = lowerBound(table3, lo);
    const start = first > 0 && (table3.addr[first] ?? hi) > lo && table3.line[first - 1] !== 0 ? first - 1 : first;
    if (start >= table3.count || table3.addr[start] >= hi) continue;
    const found = collect(table3, start, lo, hi, strategy);
    if (found.lines.length > 0) return { table: table3, ...found };
  }
  return void 0;
}
function collect(table3, start, lo, hi, strategy) {
  const byKey = /* @__PURE__ */ new Map();
  const lines = [];
  let entryLine;
  let prevFile = -1;
  let prevLine = -1;
  const add = (addr, file, line) => {
    const key = file * 4294967296 + line;
    let sites = byKey.get(key);
    if (!sites) {
      sites = { file, line, addresses: [] };
      byKey.set(key, sites);
      lines.push(sites);
    }
    if (sites.addresses[sites.addresses.length - 1] !== addr) sites.addresses.push(addr);
    return sites;
  };
  let i = start;
  while (i < table3.count && table3.addr[i] < hi) {
    const addr = Math.max(table3.addr[i], lo);
    let end = i;
    while (end < table3.count && Math.max(table3.addr[end], lo) === addr) end++;
    let any = false;
    let last = -1;
    for (let r = i; r < end; r++) {
      const line = table3.line[r];
      if (line === 0) {
        prevFile = -1;
        prevLine = -1;
        continue;
      }
      last = r;
      const file = table3.file[r];
      const changed = file !== prevFile || line !== prevLine;
      prevFile = file;
      prevLine = line;
      if (table3.stmt[r] !== 1 || strategy === "starts" && !changed && addr !== lo) continue;
      const sites = add(addr, file, line);
      if (addr === lo) entryLine ??= sites;
      any = true;
    }
    if (addr === lo && !any && last >= 0) {
      entryLine = add(addr, table3.file[last], table3.line[last]);
    }
    i = end;
  }
  return { lines, entryLine };
}

// src/probes/x86.ts
function table(rows) {
  const out = new Uint8Array(256);
  rows.forEach((row, r) => {
    const bits = row.replace(/\s+/g, "");
    for (let n = 0; n < 16; n++) out[r * 16 + n] = bits[n] === "1" ? 1 : 0;
  });
  return out;
}
var good1 = table([
  "1111 1100 1111 1100",
  // 00
  "1111 1100 1111 1100",
  // 10
  "1111 1100 1111 1100",
  // 20
  "1111 1100 1111 1100",
  // 30
  "0000 0000 0000 0000",
  // 40 (REX prefixes, decoded before)
  "1111 1111 1111 1111",
  // 50
  "0001 1100 1111 0000",
  // 60
  "1111 1111 1111 1111",
  // 70
  "1101 1111 1111 1111",
  // 80
  "1111 1111 1111 1111",
  // 90
  "1111 1111 1111 1111",
  // a0
  "1111 1111 1111 1111",
  // b0
  "1111 0011 1111 0000",
  // c0
  "1111 0001 1111 1111",
  // d0
  "1111 0000 1111 0000",
  // e0
  "0011 0111 1100 1111"
  // f0
]);
var BAD_PREFIXES = /* @__PURE__ */ new Map([
  [240, "lock prefix"],
  [38, "ES segment prefix"],
  [46, "CS segment prefix"],
  [54, "SS segment prefix"],
  [62, "DS segment prefix"]
]);
var GOOD_PREFIXES = /* @__PURE__ */ new Set([100, 101, 102, 103, 242, 243]);
function x86EntryRefusal(code) {
  let i = 0;
  while (i < code.length && i < 14) {
    const b = code[i];
    const bad4 = BAD_PREFIXES.get(b);
    if (bad4) return bad4;
    if (!GOOD_PREFIXES.has(b)) break;
    i++;
  }
  if (i < code.length && (code[i] & 240) === 64) i++;
  const op = code[i];
  if (op === void 0) return void 0;
  if (op === 196 || op === 197 || op === 98) {
    const after = i + (op === 197 ? 2 : op === 196 ? 3 : 4);
    const vexOp = code[after];
    if (vexOp === void 0) return void 0;
    return good1[vexOp] ? void 0 : `opcode ${hex(vexOp)} after VEX/EVEX`;
  }
  if (op === 15 || good1[op]) return void 0;
  return `opcode ${hex(op)}`;
}
function hex(b) {
  return b.toString(16).padStart(2, "0");
}

// src/probes/plan.ts
var EXCLUDE_PRESETS = {
  "go-runtime": "the Go runtime and standard library (every package outside the main module and its dependencies)"
};
function parsePresets(values) {
  const out = [];
  for (const v of values.flatMap((x) => x.split(","))) {
    const name = v.trim();
    if (name === "") continue;
    if (!(name in EXCLUDE_PRESETS)) {
      throw new UsageError(
        `--exclude-preset ${JSON.stringify(name)} is not a preset`,
        `Presets: ${Object.keys(EXCLUDE_PRESETS).join(", ")}.`
      );
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
function excludedByPreset(table3, fn, presets) {
  return presets.includes("go-runtime") && table3.goModule !== void 0 && fn.package !== void 0 && isGoRuntimeOrStd(fn.package, table3.goModule || void 0);
}
function unitCount(sites) {
  return sites.unitLine.length;
}
function entrySiteOf(sites, fn) {
  return sites.functionSiteStart[fn];
}
function sitesOfUnit(sites, u) {
  return sites.unitSites.subarray(sites.unitSiteStart[u], sites.unitSiteStart[u + 1]);
}
function unitsOfSite(sites, s) {
  return sites.siteUnits.subarray(sites.siteUnitStart[s], sites.siteUnitStart[s + 1]);
}
var SiteBuilder = class {
  offsets = [];
  functionSiteStart = [];
  functionUnitStart = [];
  unitSiteStart = [];
  unitSites = [];
  siteUnitLists = [];
  unitLine = [];
  unitFile = [];
  files = [];
  fileIds = /* @__PURE__ */ new Map();
  /** One function: `entry` is its entry's offset, which every unit list must contain somewhere. */
  addFunction(entry, units) {
    this.functionSiteStart.push(this.offsets.length);
    this.functionUnitStart.push(this.unitLine.length);
    const at = /* @__PURE__ */ new Map();
    const siteOf = (offset) => {
      let site = at.get(offset);
      if (site === void 0) {
        site = this.offsets.push(offset) - 1;
        this.siteUnitLists.push([]);
        at.set(offset, site);
      }
      return site;
    };
    siteOf(entry);
    const sorted = [...new Set(units.flatMap((u) => u.offsets))].sort((x, y) => x - y);
    for (const o of sorted) siteOf(o);
    for (const u of units) {
      const id = this.unitLine.length;
      this.unitSiteStart.push(this.unitSites.length);
      for (const o of u.offsets) {
        const site = siteOf(o);
        this.unitSites.push(site);
        this.siteUnitLists[site].push(id);
      }
      this.unitLine.push(u.line);
      this.unitFile.push(u.file === void 0 ? 0 : this.fileId(u.file));
    }
  }
  fileId(name) {
    let id = this.fileIds.get(name);
    if (id === void 0) {
      id = this.files.push(name) - 1;
      this.fileIds.set(name, id);
    }
    return id;
  }
  get siteCount() {
    return this.offsets.length;
  }
  siteOffsets(from) {
    return this.offsets.slice(from);
  }
  finish() {
    const siteUnitStart = [];
    const siteUnits = [];
    for (const list2 of this.siteUnitLists) {
      siteUnitStart.push(siteUnits.length);
      for (const u of list2) siteUnits.push(u);
    }
    siteUnitStart.push(siteUnits.length);
    return {
      count: this.offsets.length,
      offsets: Float64Array.from(this.offsets),
      functionSiteStart: Uint32Array.from([...this.functionSiteStart, this.offsets.length]),
      functionUnitStart: Uint32Array.from([...this.functionUnitStart, this.unitLine.length]),
      unitSiteStart: Uint32Array.from([...this.unitSiteStart, this.unitSites.length]),
      unitSites: Uint32Array.from(this.unitSites),
      siteUnitStart: Uint32Array.from(siteUnitStart),
      siteUnits: Uint32Array.from(siteUnits),
      unitLine: Uint32Array.from(this.unitLine),
      unitFile: Uint32Array.from(this.unitFile),
      files: this.files
    };
  }
};
var NothingToTraceError = class extends XcoverError {
};
function compilePatterns(sources, flag2) {
  return sources.map((source) => {
    try {
      return new RegExp(source);
    } catch (err) {
      throw new UsageError(
        `${flag2} ${JSON.stringify(source)}: ${err.message}`,
        "Fix the regular expression."
      );
    }
  });
}
function isSelected(fn, selection) {
  const { include, exclude } = selection;
  if (include.length === 0 && exclude.length === 0) return true;
  const names2 = namesOf(fn);
  if (include.length > 0 && !names2.some((n) => include.some((re) => re.test(n)))) return false;
  return !names2.some((n) => exclude.some((re) => re.test(n)));
}
function namesOf(fn) {
  const raw = fn.names[0] ?? "";
  const readable = raw.startsWith("_Z") || raw.startsWith("_R") ? readableName(raw) : raw;
  return readable === raw ? fn.names : [...fn.names, readable];
}
function uniqueFiles(paths) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const p of paths) {
    let key = p;
    try {
      const st = statSync2(p);
      key = `${st.dev}:${st.ino}`;
    } catch {
    }
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  }
  return out;
}
function planProbes(tables, selection, options = {}) {
  const granularity = options.granularity ?? "function";
  const strategy = options.strategy ?? "rows";
  const builder = new SiteBuilder();
  const binaries = [];
  const refused = /* @__PURE__ */ new Map();
  let next = 0;
  for (const table3 of tables) {
    const presets = selection.presets ?? [];
    const functions = table3.functions.filter(
      (fn) => isSelected(fn, selection) && (presets.length === 0 || !excludedByPreset(table3, fn, presets))
    );
    const firstSite = builder.siteCount;
    const lineTables = options.lineTables?.get(table3.path) ?? [];
    for (const fn of functions) {
      const lines = granularity === "line" ? linesOfFunction(fn, lineTables, strategy) : void 0;
      const units = [];
      if (!lines?.entryLine) units.push({ line: 0, file: void 0, offsets: [fn.offset] });
      const delta = fn.offset - fn.address;
      for (const l of lines?.lines ?? []) {
        units.push({ line: l.line, file: lines?.table.files[l.file], offsets: l.addresses.map((a) => a + delta) });
      }
      builder.addFunction(fn.offset, units);
    }
    if (table3.arch === "x86_64" && builder.siteCount > firstSite)
      predictRefusals(table3.path, builder, firstSite, refused);
    binaries.push({ table: table3, functions, firstFunction: next });
    next += functions.length;
  }
  if (next === 0) {
    const total = tables.reduce((n, t) => n + t.functions.length, 0);
    throw new NothingToTraceError(
      total === 0 ? `no functions found in ${tables.map((t) => t.path).join(", ")} (no symbol table?)` : `no functions left to trace: --include/--exclude/--exclude-preset filtered out all ${total}`,
      total === 0 ? "Give a binary with symbols, or its debug file with --debug-file (or under /usr/lib/debug)." : "Loosen --include or --exclude; they are JavaScript regular expressions matched against function names."
    );
  }
  return { granularity, binaries, functionCount: next, sites: builder.finish(), refused };
}
function predictRefusals(path, builder, from, refused) {
  const sites = builder.siteOffsets(from);
  const order = Array.from(sites.keys()).sort((a, b) => sites[a] - sites[b]);
  const code = readEntryBytes(
    path,
    order.map((i) => sites[i])
  );
  order.forEach((i, k) => {
    const why = x86EntryRefusal(code[k]);
    if (why) refused.set(from + i, `ENOTSUPP: ${why}`);
  });
}

// src/report/build.ts
function buildReport(facts) {
  const { plan } = facts;
  const granularity = facts.granularity ?? plan.granularity;
  const binaries = plan.binaries.map((b) => {
    const functions = b.functions.map((fn, i) => functionCoverage(facts, granularity, fn, b.firstFunction + i));
    return {
      path: b.table.path,
      build_id: b.table.buildId ?? null,
      arch: b.table.arch,
      functions,
      totals: binaryTotalsOf(functions, granularity),
      source_files: sourceFilesOf(functions, granularity)
    };
  });
  const head = {
    mode: facts.mode,
    granularity,
    started_at: facts.startedAt.toISOString(),
    ended_at: facts.endedAt.toISOString()
  };
  if (facts.command) head.command = facts.command;
  return assembleReport(head, binaries);
}
function functionCoverage(facts, granularity, fn, index) {
  const { sites } = facts.plan;
  const firstUnit = sites.functionUnitStart[index];
  const endUnit = sites.functionUnitStart[index + 1];
  const entry = entrySiteOf(sites, index);
  const { probed, ran } = functionHits(facts, index);
  const unprobeable = probed === 0;
  const raw = fn.names[0];
  const out = {
    names: fn.names,
    name: readableName(raw),
    raw_name: raw,
    offset: fn.offset,
    size: fn.size,
    covered: !unprobeable && ran,
    unprobeable
  };
  if (unprobeable) out.unprobeable_reason = facts.unprobeable.get(entry) ?? "";
  if (facts.mode === "count") out.calls = facts.counts[entry] ?? 0;
  const source = facts.locations?.get(fn) ?? fn.source;
  if (source) {
    out.file = source.file;
    out.line_start = source.lineStart;
    out.line_end = source.lineEnd;
  }
  if (fn.package !== void 0) out.package = fn.package;
  if (granularity === "line") {
    const lines = linesOf2(facts, firstUnit, endUnit, entry, source);
    if (lines) {
      if (out.file === void 0) out.file = lines.file;
      out.lines = lines.lines;
    }
  }
  return out;
}
function linesOf2(facts, firstUnit, endUnit, entry, source) {
  const { sites } = facts.plan;
  const found = [];
  for (let u = firstUnit; u < endUnit; u++) {
    const line = sites.unitLine[u];
    if (line === 0) continue;
    const state = unitState(facts, sitesOfUnit(sites, u));
    found.push({ file: sites.files[sites.unitFile[u]], line: { line, ...state } });
  }
  if (found.length === 0) return void 0;
  const own = source?.file ?? found[0].file;
  if (source !== void 0 && source.lineStart > 0 && !found.some((l) => l.file === own && l.line.line === source.lineStart)) {
    found.push({ file: own, line: { line: source.lineStart, ...unitState(facts, [entry]) } });
  }
  found.sort(
    (a, b) => Number(b.file === own) - Number(a.file === own) || compareText(a.file, b.file) || a.line.line - b.line.line
  );
  return {
    file: own,
    lines: found.map(({ file, line }) => file === own ? line : { ...line, file })
  };
}
function unitState(facts, siteList) {
  const { probed, hits } = siteHits(facts, siteList);
  if (probed === 0) return { hits: 0, unprobeable: true };
  return { hits: facts.mode === "count" ? hits : hits > 0 ? 1 : 0 };
}
function siteHits(hits, siteList) {
  let probed = 0;
  let sum = 0;
  for (let i = 0; i < siteList.length; i++) {
    const c = siteList[i];
    if (hits.unprobeable.has(c)) continue;
    probed++;
    sum += hits.counts[c] ?? 0;
  }
  return { probed, hits: sum };
}
function functionHits(hits, f) {
  const { sites } = hits.plan;
  let probed = 0;
  let ran = false;
  for (let c = sites.functionSiteStart[f]; c < sites.functionSiteStart[f + 1]; c++) {
    if (hits.unprobeable.has(c)) continue;
    probed++;
    if ((hits.counts[c] ?? 0) > 0) ran = true;
  }
  return { probed, ran };
}

// src/dwarf/index.ts
import { existsSync as existsSync5 } from "node:fs";

// src/dwarf/abbrev.ts
var C3 = { ...constants_exports };
function parseAbbrevTable(section, offset, sizes) {
  const c = new Cursor(section, ".debug_abbrev", offset);
  if (!(offset >= 0 && offset < section.length)) c.fail("abbreviation offset out of range", offset);
  const table3 = /* @__PURE__ */ new Map();
  for (; ; ) {
    const code = c.uleb();
    if (code === 0) break;
    const tag = c.uleb();
    const hasChildren = c.u8() !== 0;
    const attrs = [];
    let fixedSize = 0;
    for (; ; ) {
      const name = c.uleb();
      const form = c.uleb();
      if (name === 0 && form === 0) break;
      const implicitConst = form === C3.DW_FORM_implicit_const ? c.sleb() : 0;
      attrs.push({ name, form, implicitConst });
      const size = fixedFormSize(form, sizes);
      fixedSize = size < 0 || fixedSize < 0 ? -1 : fixedSize + size;
    }
    if (!table3.has(code)) table3.set(code, { tag, hasChildren, attrs, fixedSize });
  }
  return table3;
}

// src/dwarf/units.ts
var C4 = { ...constants_exports };
function newSource(sections) {
  return { sections, dies: /* @__PURE__ */ new Map(), abbrevCache: /* @__PURE__ */ new Map() };
}
function readUnitHeader(info, offset, sectionName) {
  const c = new Cursor(info, sectionName, offset);
  const { end, is64 } = c.initialLength();
  c.end = end;
  const version = c.u16();
  if (version < 2 || version > 5) c.fail(`unsupported DWARF version ${version}`, offset);
  let unitType = C4.DW_UT_compile;
  let addrSize;
  let abbrevOffset;
  let dwoId;
  if (version >= 5) {
    unitType = c.u8();
    addrSize = c.u8();
    abbrevOffset = c.offset(is64);
    if (unitType === C4.DW_UT_skeleton || unitType === C4.DW_UT_split_compile) dwoId = c.u64();
    else if (unitType === C4.DW_UT_type || unitType === C4.DW_UT_split_type) {
      c.skip(8);
      c.offset(is64);
    }
  } else {
    abbrevOffset = c.offset(is64);
    addrSize = c.u8();
  }
  if (addrSize !== 4 && addrSize !== 8) c.fail(`unsupported address size ${addrSize}`, offset);
  return { offset, end, unitType, version, addrSize, is64, abbrevOffset, dieOffset: c.pos, dwoId };
}
function abbrevsFor(source, h) {
  const key = `${h.abbrevOffset}:${h.addrSize}:${h.is64 ? 8 : 4}:${h.version <= 2 ? 2 : 3}`;
  let table3 = source.abbrevCache.get(key);
  if (!table3) {
    const section = source.sections.get("debug_abbrev");
    if (!section) throw new DwarfError("has no .debug_abbrev section");
    table3 = parseAbbrevTable(section, h.abbrevOffset, h);
    source.abbrevCache.set(key, table3);
  }
  return table3;
}
function readAllAttrs(c, abbrev, s) {
  const out = /* @__PURE__ */ new Map();
  for (const a of abbrev.attrs) {
    const value = readForm(c, a.form, s, a.implicitConst);
    if (!out.has(a.name)) out.set(a.name, { form: a.form, value });
  }
  return out;
}
function attrString(u, form, value) {
  if (typeof value === "string") return value;
  if (value === void 0) return void 0;
  if (form === C4.DW_FORM_strp) return stringAt(u.source.sections.get("debug_str"), value);
  if (form === C4.DW_FORM_line_strp) return stringAt(u.source.sections.get("debug_line_str"), value);
  if (isStrIndexForm(form)) {
    const offsets = u.source.sections.get("debug_str_offsets");
    const size = u.is64 ? 8 : 4;
    const at = u.strOffsetsBase + value * size;
    if (!offsets || !(at >= 0 && at + size <= offsets.length)) return void 0;
    const off = size === 8 ? Number(offsets.readBigUInt64LE(at)) : offsets.readUInt32LE(at);
    return stringAt(u.source.sections.get("debug_str"), off);
  }
  return void 0;
}
function attrAddress(u, form, value) {
  if (typeof value !== "number") return void 0;
  if (!isAddrIndexForm(form)) return form === C4.DW_FORM_addr ? value : void 0;
  return addressAt(u, value);
}
function addressAt(u, index) {
  const table3 = u.addrSections.get("debug_addr");
  const at = u.addrBase + index * u.addrSize;
  if (!table3 || !(at >= 0 && at + u.addrSize <= table3.length)) return void 0;
  return u.addrSize === 8 ? table3.readUInt32LE(at) + table3.readUInt32LE(at + 4) * 4294967296 : table3.readUInt32LE(at);
}
function attrRef(u, form, value) {
  if (typeof value !== "number") return void 0;
  if (isUnitRefForm(form)) return u.offset + value;
  if (form === C4.DW_FORM_ref_addr) return value;
  return void 0;
}
function attrNumber(value) {
  return typeof value === "number" ? value : void 0;
}
function readUnit(source, h, sectionName, options) {
  if (h.unitType === C4.DW_UT_type || h.unitType === C4.DW_UT_split_type) return void 0;
  const info = source.sections.get("debug_info");
  const abbrevs = abbrevsFor(source, h);
  const c = new Cursor(info, sectionName, h.dieOffset, h.end);
  const code = c.uleb();
  const unitAbbrev = abbrevs.get(code);
  if (!unitAbbrev) return c.fail(`unknown abbreviation code ${code}`);
  if (unitAbbrev.tag === C4.DW_TAG_type_unit) return void 0;
  const attrs = readAllAttrs(c, unitAbbrev, h);
  const skeleton = options.skeleton;
  const isSplit = skeleton !== void 0;
  const u = {
    source,
    offset: h.offset,
    end: h.end,
    unitType: h.unitType,
    version: h.version,
    addrSize: h.addrSize,
    is64: h.is64,
    lowPc: skeleton?.lowPc ?? 0,
    // A DWARF 5 split unit's string offsets start after the 8-byte (16 in 64-bit DWARF) table header.
    strOffsetsBase: isSplit && h.version >= 5 ? h.is64 ? 16 : 8 : 0,
    addrBase: skeleton?.addrBase ?? 0,
    rangesBase: skeleton?.rangesBase ?? 0,
    dwoId: h.dwoId,
    addrSections: skeleton?.addrSections ?? source.sections,
    rangeSections: skeleton && h.version < 5 ? skeleton.rangeSections : source.sections,
    skeleton
  };
  if (isSplit && h.version >= 5) {
    u.rnglistsBase = h.is64 ? 20 : 12;
  }
  const num = (name) => attrNumber(attrs.get(name)?.value);
  u.strOffsetsBase = num(C4.DW_AT_str_offsets_base) ?? u.strOffsetsBase;
  u.addrBase = num(C4.DW_AT_addr_base) ?? num(C4.DW_AT_GNU_addr_base) ?? u.addrBase;
  u.rnglistsBase = num(C4.DW_AT_rnglists_base) ?? u.rnglistsBase;
  u.rangesBase = num(C4.DW_AT_GNU_ranges_base) ?? u.rangesBase;
  u.stmtList = num(C4.DW_AT_stmt_list);
  u.dwoId = u.dwoId ?? num(C4.DW_AT_GNU_dwo_id);
  const str2 = (name) => {
    const a = attrs.get(name);
    return a ? attrString(u, a.form, a.value) : void 0;
  };
  u.name = str2(C4.DW_AT_name);
  u.compDir = str2(C4.DW_AT_comp_dir) ?? skeleton?.compDir;
  u.dwoName = str2(C4.DW_AT_dwo_name) ?? str2(C4.DW_AT_GNU_dwo_name);
  const low = attrs.get(C4.DW_AT_low_pc);
  if (low) u.lowPc = attrAddress(u, low.form, low.value) ?? u.lowPc;
  if (!options.unitDieOnly) walkDies(c, u, abbrevs, unitAbbrev.hasChildren, options.budget);
  return u;
}
function walkDies(c, u, abbrevs, hasChildren, budget) {
  if (!hasChildren) return;
  while (c.pos < c.end) {
    if (--budget.dies < 0) throw new DwarfError("has more DIEs than xcover reads in one run");
    const dieOffset = c.pos;
    const code = c.uleb();
    if (code === 0) continue;
    const abbrev = abbrevs.get(code);
    if (!abbrev) c.fail(`unknown abbreviation code ${code}`, dieOffset);
    if (abbrev.tag === C4.DW_TAG_subprogram) {
      u.source.dies.set(dieOffset, readSubprogram(c, u, abbrev));
    } else if (abbrev.fixedSize >= 0) {
      c.skip(abbrev.fixedSize);
    } else {
      for (const a of abbrev.attrs) skipForm(c, a.form, u);
    }
  }
}
function readSubprogram(c, u, abbrev) {
  const d = { unit: u, highPcIsOffset: false, declaration: false };
  let highForm = 0;
  let highValue;
  for (const a of abbrev.attrs) {
    const v = readForm(c, a.form, u, a.implicitConst);
    switch (a.name) {
      case C4.DW_AT_name:
        d.name = attrString(u, a.form, v);
        break;
      case C4.DW_AT_linkage_name:
      case C4.DW_AT_MIPS_linkage_name:
        d.linkageName = attrString(u, a.form, v);
        break;
      case C4.DW_AT_decl_file:
        d.declFile = attrNumber(v);
        break;
      case C4.DW_AT_decl_line:
        d.declLine = attrNumber(v);
        break;
      case C4.DW_AT_specification:
        d.spec = attrRef(u, a.form, v);
        break;
      case C4.DW_AT_abstract_origin:
        d.origin = attrRef(u, a.form, v);
        break;
      case C4.DW_AT_low_pc:
        d.lowPc = attrAddress(u, a.form, v);
        break;
      case C4.DW_AT_high_pc:
        highForm = a.form;
        highValue = attrNumber(v);
        break;
      case C4.DW_AT_entry_pc:
        if (isConstantForm(a.form)) d.entryPcOffset = attrNumber(v);
        else d.entryPc = attrAddress(u, a.form, v);
        break;
      case C4.DW_AT_ranges:
        d.rangesForm = a.form;
        d.rangesValue = attrNumber(v);
        break;
      case C4.DW_AT_declaration:
        d.declaration = v !== 0;
        break;
    }
  }
  if (highValue !== void 0) {
    d.highPcIsOffset = isConstantForm(highForm);
    d.highPc = d.highPcIsOffset ? highValue : attrAddress(u, highForm, highValue);
  }
  return d;
}

// src/dwarf/ranges.ts
var C5 = { ...constants_exports };
var MAX_RANGES = 1e4;
function readRanges(u, form, value) {
  if (u.version >= 5) {
    const section2 = u.rangeSections.get("debug_rnglists");
    if (!section2) throw new DwarfError("has DW_AT_ranges but no .debug_rnglists section");
    let offset = value;
    if (form === C5.DW_FORM_rnglistx) {
      const base = u.rnglistsBase ?? (u.is64 ? 20 : 12);
      const size = u.is64 ? 8 : 4;
      const c = new Cursor(section2, ".debug_rnglists", base + value * size);
      offset = base + c.offset(u.is64);
    }
    return readRnglist(u, section2, offset);
  }
  const section = u.rangeSections.get("debug_ranges");
  if (!section) throw new DwarfError("has DW_AT_ranges but no .debug_ranges section");
  return readRangeList(u, section, value + u.rangesBase);
}
function readRangeList(u, section, offset) {
  const c = new Cursor(section, ".debug_ranges", offset);
  if (!(offset >= 0 && offset < section.length)) c.fail("range list offset out of range", offset);
  const out = [];
  let base = u.lowPc;
  const size = u.addrSize;
  const max = size === 8 ? 2 ** 64 : 2 ** 32;
  for (let n = 0; n < MAX_RANGES; n++) {
    const start = c.uint(size);
    const end = c.uint(size);
    if (start === 0 && end === 0) return out;
    if (start >= max - 1) {
      base = end;
      continue;
    }
    if (end > start) out.push([base + start, base + end]);
  }
  return c.fail("range list too long");
}
function readRnglist(u, section, offset) {
  const c = new Cursor(section, ".debug_rnglists", offset);
  if (!(offset >= 0 && offset < section.length)) c.fail("range list offset out of range", offset);
  const out = [];
  let base = u.lowPc;
  const addr = (index) => {
    const a = addressAt(u, index);
    if (a === void 0) return c.fail(`address index ${index} out of range`);
    return a;
  };
  const push = (start, end) => {
    if (end > start) out.push([start, end]);
  };
  for (let n = 0; n < MAX_RANGES; n++) {
    const kind = c.u8();
    switch (kind) {
      case C5.DW_RLE_end_of_list:
        return out;
      case C5.DW_RLE_base_addressx:
        base = addr(c.uleb());
        break;
      case C5.DW_RLE_startx_endx: {
        const s = addr(c.uleb());
        push(s, addr(c.uleb()));
        break;
      }
      case C5.DW_RLE_startx_length: {
        const s = addr(c.uleb());
        push(s, s + c.uleb());
        break;
      }
      case C5.DW_RLE_offset_pair: {
        const s = c.uleb();
        push(base + s, base + c.uleb());
        break;
      }
      case C5.DW_RLE_base_address:
        base = c.uint(u.addrSize);
        break;
      case C5.DW_RLE_start_end: {
        const s = c.uint(u.addrSize);
        push(s, c.uint(u.addrSize));
        break;
      }
      case C5.DW_RLE_start_length: {
        const s = c.uint(u.addrSize);
        push(s, s + c.uleb());
        break;
      }
      default:
        c.fail(`unknown range list entry kind ${kind}`, c.pos - 1);
    }
  }
  return c.fail("range list too long");
}

// src/dwarf/sections.ts
import { constants as bufferConstants } from "node:buffer";
import * as zlib from "node:zlib";
var ELFCOMPRESS_ZLIB = 1;
var ELFCOMPRESS_ZSTD = 2;
var CHDR64_SIZE = 24;
var zstdDecompressSync2 = zlib.zstdDecompressSync;
var MAX_SECTION_BYTES = bufferConstants.MAX_LENGTH;
var DebugSections = class {
  elf;
  /** ".dwo" for the sections of a split DWARF object, "" otherwise. */
  suffix;
  cache = /* @__PURE__ */ new Map();
  warn;
  constructor(elf, warn, suffix = "") {
    this.elf = elf;
    this.warn = warn;
    this.suffix = suffix;
  }
  /** Whether `.NAME` (or `.zNAME`) exists with contents, without reading it. */
  has(name) {
    return this.find(name) !== void 0;
  }
  /** The contents of `.NAME` (e.g. "debug_info"), or undefined when absent or unreadable (with a warning). */
  get(name) {
    if (this.cache.has(name)) return this.cache.get(name);
    let data;
    const found = this.find(name);
    if (found) {
      try {
        data = readSection(this.elf, found.section, found.legacy);
      } catch (err) {
        const hint = err instanceof XcoverError ? ` (${err.hint})` : "";
        this.warn(`${this.elf.path}: ${found.section.name} ${err instanceof Error ? err.message : String(err)}${hint}`);
      }
    }
    this.cache.set(name, data);
    return data;
  }
  find(name) {
    const plain = this.elf.section(`.${name}${this.suffix}`);
    if (plain && plain.type !== SHT_NOBITS && plain.size > 0) return { section: plain, legacy: false };
    const legacy = this.elf.section(`.z${name}${this.suffix}`);
    if (legacy && legacy.type !== SHT_NOBITS && legacy.size > 0) return { section: legacy, legacy: true };
    return void 0;
  }
};
function readSection(elf, section, legacy) {
  const raw = elf.sectionData(section);
  if (legacy) {
    if (raw.length < 12 || raw.toString("latin1", 0, 4) !== "ZLIB") {
      return raw;
    }
    const size2 = raw.readUInt32BE(4) * 4294967296 + raw.readUInt32BE(8);
    return inflate(raw.subarray(12), size2, ELFCOMPRESS_ZLIB);
  }
  if ((section.flags & SHF_COMPRESSED) === 0) return raw;
  if (raw.length < CHDR64_SIZE) throw new DwarfError("compression header is truncated");
  const type = raw.readUInt32LE(0);
  const size = raw.readUInt32LE(8) + raw.readUInt32LE(12) * 4294967296;
  return inflate(raw.subarray(CHDR64_SIZE), size, type);
}
function inflate(data, size, type) {
  if (size > MAX_SECTION_BYTES) {
    throw new DwarfError(`claims ${size} bytes once decompressed, more than xcover reads (${MAX_SECTION_BYTES})`);
  }
  let out;
  if (type === ELFCOMPRESS_ZLIB) {
    try {
      out = zlib.inflateSync(data, { maxOutputLength: Math.max(size, 1) });
    } catch (err) {
      throw new DwarfError(`zlib data is corrupt (${err.message})`);
    }
  } else if (type === ELFCOMPRESS_ZSTD) {
    if (!zstdDecompressSync2) {
      throw new DwarfCompressionError(
        `is compressed with zstd, which Node.js ${process.version} cannot decompress`,
        "Run xcover on Node.js \u2265 22.15, or decompress the binary's debug sections with `objcopy --decompress-debug-sections`."
      );
    }
    try {
      out = zstdDecompressSync2(data, { maxOutputLength: Math.max(size, 1) });
    } catch (err) {
      throw new DwarfError(`zstd data is corrupt (${err.message})`);
    }
  } else {
    throw new DwarfError(`uses unknown compression type ${type}`);
  }
  if (out.length !== size) throw new DwarfError(`decompressed to ${out.length} bytes instead of ${size}`);
  return out;
}

// src/dwarf/index.ts
var C6 = { ...constants_exports };
var MAX_WARNINGS = 50;
var MAX_CHAIN = 8;
function hasDebugInfo(elf) {
  return new DebugSections(elf, () => {
  }).has("debug_info");
}
function defaultOpenSplit(path) {
  if (!existsSync5(path)) return void 0;
  try {
    return ElfFile.open(path);
  } catch {
    return void 0;
  }
}
function describe2(err) {
  return err instanceof Error ? err.message : String(err);
}
function readDwarfFunctions(elf, options = {}) {
  const warnings = [];
  let dropped = 0;
  const warn = (message) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
    else dropped++;
  };
  const functions = /* @__PURE__ */ new Map();
  const opened = [];
  try {
    const reader = new Reader(elf, warn, options, opened);
    reader.readAll();
    reader.collect(functions);
  } catch (err) {
    warn(`${elf.path}: debug information could not be read (${describe2(err)}); functions keep symbol names only`);
  } finally {
    for (const f of opened) f.close();
  }
  if (dropped > 0) warnings.push(`${elf.path}: ${dropped} more debug information problems not shown`);
  return { functions, warnings };
}
function readDwarfLineTable(elf, options = {}) {
  const warnings = [];
  const warn = (message) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
  };
  const empty = {
    count: 0,
    addr: new Float64Array(0),
    line: new Uint32Array(0),
    file: new Uint32Array(0),
    stmt: new Uint8Array(0),
    files: []
  };
  try {
    const reader = new Reader(elf, warn, options, [], true);
    reader.readAll();
    return { table: reader.lineTable(), warnings };
  } catch (err) {
    warn(`${elf.path}: line tables could not be read (${describe2(err)}); functions get no lines`);
    return { table: empty, warnings };
  }
}
var Reader = class {
  constructor(elf, warn, options, opened, unitDieOnly = false) {
    this.elf = elf;
    this.warn = warn;
    this.options = options;
    this.opened = opened;
    this.unitDieOnly = unitDieOnly;
    this.main = newSource(new DebugSections(elf, warn));
    this.budget = { dies: options.maxDies ?? 5e7 };
    this.rowVisits = options.maxRowVisits ?? 2e8;
    this.execRanges = elf.sections.filter((s) => (s.flags & SHF_EXECINSTR) !== 0 && s.size > 0).map((s) => [s.addr, s.addr + s.size]);
  }
  elf;
  warn;
  options;
  opened;
  unitDieOnly;
  main;
  sources = [];
  units = [];
  budget;
  rowVisits;
  headers = /* @__PURE__ */ new Map();
  execRanges;
  dwoByPath = /* @__PURE__ */ new Map();
  readAll() {
    this.readSource(this.main, this.elf.path, void 0);
  }
  /** Reads every unit of `source`; `skeleton` is set when `source` is a .dwo. */
  readSource(source, path, skeleton) {
    const info = source.sections.get("debug_info");
    if (!info) return;
    const sectionName = skeleton ? ".debug_info.dwo" : ".debug_info";
    this.sources.push(source);
    let offset = 0;
    while (offset < info.length) {
      let header;
      try {
        header = readUnitHeader(info, offset, sectionName);
      } catch (err) {
        this.warn(`${path}: ${describe2(err)}; functions from there on keep symbol names only`);
        return;
      }
      const before = source.dies.size;
      let unit;
      try {
        unit = readUnit(source, header, sectionName, {
          skeleton,
          budget: this.budget,
          unitDieOnly: this.unitDieOnly
        });
      } catch (err) {
        const keys = [...source.dies.keys()].slice(before);
        for (const k of keys) source.dies.delete(k);
        this.warn(`${path}: ${describe2(err)}; functions from that unit keep symbol names only`);
        if (this.budget.dies < 0) return;
      }
      if (unit) {
        this.units.push(unit);
        if (!skeleton && !this.unitDieOnly && unit.dwoName !== void 0 && isSkeleton(unit)) {
          this.readSplit(unit, path);
        }
      }
      offset = header.end;
    }
  }
  readSplit(skeleton, path) {
    const dwoPath = joinPath(skeleton.compDir, skeleton.dwoName);
    let source = this.dwoByPath.get(dwoPath);
    if (source === void 0) {
      const file = (this.options.openSplit ?? defaultOpenSplit)(dwoPath);
      source = null;
      if (file) {
        this.opened.push(file);
        source = newSource(new DebugSections(file, this.warn, ".dwo"));
        if (!source.sections.has("debug_info")) {
          this.warn(
            `${path}: split DWARF file ${dwoPath} has no .debug_info.dwo; its functions keep symbol names only`
          );
          source = null;
        }
      } else {
        this.warn(`${path}: split DWARF file ${dwoPath} not found; its functions keep symbol names only`);
      }
      this.dwoByPath.set(dwoPath, source);
      if (source) this.readSource(source, dwoPath, skeleton);
    }
  }
  /** Every unit's line program as one table sorted by address, file names shared. */
  lineTable() {
    const files = [];
    const fileIds = /* @__PURE__ */ new Map();
    const pieces = [];
    const seen = /* @__PURE__ */ new Set();
    for (const u of this.units) {
      const owner = u.skeleton ?? u;
      if (owner.stmtList === void 0) continue;
      const key = `${this.sources.indexOf(owner.source)}:${owner.stmtList}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const info = this.lineInfo(owner);
      if (!info?.rows) continue;
      const ids = new Uint32Array(info.header.files.length);
      info.header.files.forEach((name, i) => {
        if (name === void 0) return;
        let id = fileIds.get(name);
        if (id === void 0) {
          id = files.push(name) - 1;
          fileIds.set(name, id);
        }
        ids[i] = id;
      });
      const { rows } = info;
      let from = 0;
      for (let i = 0; i < rows.count; i++) {
        if (rows.line[i] !== 0) continue;
        if (i > from) pieces.push({ start: rows.addr[from], rows, from, to: i + 1, ids });
        from = i + 1;
      }
    }
    pieces.sort((a, b) => a.start - b.start);
    let count = 0;
    for (const p of pieces) count += p.to - p.from;
    const out = {
      count,
      addr: new Float64Array(count),
      line: new Uint32Array(count),
      file: new Uint32Array(count),
      stmt: new Uint8Array(count),
      files
    };
    let at = 0;
    for (const p of pieces) {
      out.addr.set(p.rows.addr.subarray(p.from, p.to), at);
      out.line.set(p.rows.line.subarray(p.from, p.to), at);
      out.stmt.set(p.rows.stmt.subarray(p.from, p.to), at);
      for (let i = p.from; i < p.to; i++) out.file[at + i - p.from] = p.ids[p.rows.file[i]] ?? 0;
      at += p.to - p.from;
    }
    return out;
  }
  collect(out) {
    const byUnit = /* @__PURE__ */ new Map();
    for (const source of this.sources) {
      for (const d of source.dies.values()) {
        if (d.declaration || d.lowPc === void 0 && d.rangesValue === void 0) continue;
        let list2 = byUnit.get(d.unit);
        if (!list2) {
          list2 = [];
          byUnit.set(d.unit, list2);
        }
        list2.push(d);
      }
    }
    let unresolved = 0;
    for (const [unit, dies] of byUnit) {
      const lines = this.lineInfo(unit);
      for (const d of dies) {
        const f = this.describeFunction(d, lines);
        if (f === null) continue;
        if (f === void 0) unresolved++;
        else if (!out.has(f.lowPc)) out.set(f.lowPc, f);
      }
    }
    if (unresolved > 0) {
      this.warn(`${this.elf.path}: ${unresolved} functions with code have no source file in their debug information`);
    }
  }
  /** Null for a function without code in this binary; undefined when its source file is unknown. */
  describeFunction(d, lines) {
    const u = d.unit;
    let ranges;
    if (d.rangesValue !== void 0 && d.rangesForm !== void 0) {
      try {
        ranges = readRanges(u, d.rangesForm, d.rangesValue);
      } catch (err) {
        this.warn(`${this.elf.path}: ${describe2(err)}; function ${d.name ?? "?"} keeps its symbol name only`);
        return null;
      }
    } else {
      const low = d.lowPc;
      const high = d.highPc === void 0 ? low + 1 : d.highPcIsOffset ? low + d.highPc : d.highPc;
      ranges = high > low ? [[low, high]] : [];
    }
    const first = d.lowPc ?? ranges[0]?.[0];
    if (first === void 0) return void 0;
    const entry = d.entryPc ?? (d.entryPcOffset !== void 0 ? first + d.entryPcOffset : first);
    if (!this.isCode(entry)) return null;
    const chain = this.chain(d);
    const name = pick(chain, (x) => x.name);
    const linkageName = pick(chain, (x) => x.linkageName);
    const declLine = pick(chain, (x) => x.declLine);
    const declFileDie = chain.find((x) => x.declFile !== void 0);
    let file;
    if (declFileDie) file = this.declHeader(declFileDie.unit)?.files[declFileDie.declFile];
    const rows = lines?.rows;
    const entryRow = rows ? rowAt(rows, entry) : void 0;
    if (file === void 0 && rows && entryRow !== void 0 && lines)
      file = lines.header.files[rows.file[entryRow]];
    if (file === void 0) return void 0;
    let lineStart = declLine ?? (rows && entryRow !== void 0 ? rows.line[entryRow] : 0);
    let lineEnd = lineStart;
    if (rows && lines) {
      const files = lines.header.files;
      for (const [lo, hi] of ranges) {
        for (let i = lowerBound(rows, lo); i < rows.count && rows.addr[i] < hi; i++) {
          if (--this.rowVisits < 0) {
            if (this.rowVisits === -1) {
              this.warn(
                `${this.elf.path}: line tables too large to measure every function; the rest get lineEnd = lineStart`
              );
            }
            break;
          }
          const line = rows.line[i];
          if (line > lineEnd && files[rows.file[i]] === file) lineEnd = line;
        }
      }
    }
    if (lineStart === 0) lineStart = lineEnd;
    const f = { lowPc: entry, file, lineStart, lineEnd, ranges };
    if (name !== void 0) f.name = name;
    if (linkageName !== void 0) f.linkageName = linkageName;
    return f;
  }
  isCode(address) {
    if (this.execRanges.length === 0) return address !== 0;
    return this.execRanges.some(([lo, hi]) => address >= lo && address < hi);
  }
  /** The DIE and the declarations and abstract instances it refers to, nearest first, without cycles. */
  chain(d) {
    const out = [d];
    const seen = /* @__PURE__ */ new Set([d]);
    for (let i = 0; i < out.length && out.length < MAX_CHAIN; i++) {
      const x = out[i];
      for (const ref of [x.spec, x.origin]) {
        if (ref === void 0) continue;
        const target = x.unit.source.dies.get(ref);
        if (target && !seen.has(target)) {
          seen.add(target);
          out.push(target);
        }
      }
    }
    return out;
  }
  /** The line table header that DW_AT_decl_file of `u` indexes: the .dwo's own for split units. */
  declHeader(u) {
    if (u.skeleton) {
      if (u.source.sections.has("debug_line")) return this.header(u.source, ".debug_line.dwo", 0, u.compDir);
      return this.declHeader(u.skeleton);
    }
    if (u.stmtList === void 0) return void 0;
    return this.header(u.source, ".debug_line", u.stmtList, u.compDir);
  }
  header(source, name, offset, compDir) {
    const key = `${this.sources.indexOf(source)}:${offset}`;
    const cached = this.headers.get(key);
    if (cached !== void 0) return cached ?? void 0;
    let h = null;
    const section = source.sections.get("debug_line");
    try {
      if (!section) throw new DwarfError(`has no ${name} section`);
      h = readLineHeader(source.sections, section, name, offset, compDir);
    } catch (err) {
      this.warn(`${source.sections.elf.path}: ${describe2(err)}; functions of that unit keep symbol names only`);
    }
    this.headers.set(key, h);
    return h ?? void 0;
  }
  /** The rows of the line program of `u` (of its skeleton, for a split unit). */
  lineInfo(u) {
    const owner = u.skeleton ?? u;
    if (owner.stmtList === void 0) return void 0;
    const header = this.header(owner.source, ".debug_line", owner.stmtList, owner.compDir);
    const section = owner.source.sections.get("debug_line");
    if (!header || !section) return void 0;
    try {
      return { header, rows: runLineProgram(section, ".debug_line", header) };
    } catch (err) {
      this.warn(`${owner.source.sections.elf.path}: ${describe2(err)}; functions of that unit get no line ranges`);
      return { header, rows: void 0 };
    }
  }
};
function isSkeleton(u) {
  return u.unitType === C6.DW_UT_skeleton || u.version < 5;
}
function pick(chain, get) {
  for (const d of chain) {
    const v = get(d);
    if (v !== void 0) return v;
  }
  return void 0;
}

// src/elf/debugFile.ts
import { closeSync as closeSync6, existsSync as existsSync6, openSync as openSync6, readSync as readSync4, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { dirname as dirname5, join as join7 } from "node:path";
import * as zlib2 from "node:zlib";
var DebugFileMismatchError = class extends XcoverError {
};
function findDebugFile(elf, options = {}) {
  const warnings = [];
  const buildId = safe(() => elf.buildId());
  if (options.explicitPath !== void 0) {
    checkExplicit(elf.path, buildId, options.explicitPath);
    return { found: { path: options.explicitPath, via: "explicit" }, warnings };
  }
  const roots = options.debugRoots ?? ["/usr/lib/debug"];
  if (buildId !== void 0 && buildId.length > 2) {
    for (const root of roots) {
      const candidate = join7(root, ".build-id", buildId.slice(0, 2), `${buildId.slice(2)}.debug`);
      if (!existsSync6(candidate) || isSameFile(candidate, elf.path)) continue;
      const theirs = safe(() => readBuildId(candidate));
      if (theirs === buildId) return { found: { path: candidate, via: "build-id" }, warnings };
      warnings.push(`${candidate}: build-id ${theirs ?? "missing"} does not match ${elf.path} (${buildId}); ignored`);
    }
  }
  const link = safe(() => readDebuglink(elf));
  if (link) {
    const dir = dirname5(elf.path);
    const absDir = safe(() => dirname5(realpathSync2(elf.path))) ?? dir;
    const candidates2 = [
      join7(dir, link.name),
      join7(dir, ".debug", link.name),
      ...roots.map((r) => join7(r, absDir, link.name))
    ];
    for (const candidate of [...new Set(candidates2)]) {
      if (!existsSync6(candidate) || isSameFile(candidate, elf.path)) continue;
      const crc = safe(() => crc32OfFile(candidate));
      if (crc === link.crc) return { found: { path: candidate, via: "debuglink" }, warnings };
      warnings.push(
        `${candidate}: CRC ${hex8(crc)} does not match the ${hex8(link.crc)} that ${elf.path}'s .gnu_debuglink expects; ignored (it belongs to another build)`
      );
    }
  }
  return { found: void 0, warnings };
}
function checkExplicit(binary, buildId, path) {
  const theirs = readBuildId(path);
  if (buildId !== void 0 && theirs !== void 0 && theirs !== buildId) {
    throw new DebugFileMismatchError(
      `${path}: build-id ${theirs} does not match ${binary} (${buildId})`,
      "The debug file comes from another build; give the one produced with this binary (objcopy --only-keep-debug), or leave the option out."
    );
  }
}
function readBuildId(path) {
  const f = ElfFile.open(path);
  try {
    return f.buildId();
  } finally {
    f.close();
  }
}
function readDebuglink(elf) {
  const s = elf.section(".gnu_debuglink");
  if (!s || s.size < 8) return void 0;
  const data = elf.sectionData(s);
  const nul = data.indexOf(0);
  if (nul <= 0) return void 0;
  const crcAt = nul + 4 & ~3;
  if (crcAt + 4 > data.length) return void 0;
  const name = data.toString("utf8", 0, nul);
  if (name.includes("/")) return void 0;
  return { name, crc: data.readUInt32LE(crcAt) };
}
var nativeCrc32 = zlib2.crc32;
var table2;
function tableCrc32(data, value = 0) {
  if (!table2) {
    table2 = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table2[n] = c >>> 0;
    }
  }
  let crc = ~value >>> 0;
  for (let i = 0; i < data.length; i++) crc = table2[(crc ^ data[i]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
function crc322(data, value = 0) {
  return nativeCrc32 ? nativeCrc32(data, value) >>> 0 : tableCrc32(data, value);
}
function crc32OfFile(path) {
  const fd = openSync6(path, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let crc = 0;
    let pos = 0;
    for (; ; ) {
      const n = readSync4(fd, buf, 0, buf.length, pos);
      if (n <= 0) return crc;
      crc = crc322(buf.subarray(0, n), crc);
      pos += n;
    }
  } finally {
    closeSync6(fd);
  }
}
function isSameFile(a, b) {
  try {
    const sa = statSync3(a);
    const sb = statSync3(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
function safe(fn) {
  try {
    return fn();
  } catch {
    return void 0;
  }
}
function hex8(n) {
  return n === void 0 ? "unreadable" : `0x${n.toString(16).padStart(8, "0")}`;
}

// src/elf/functions.ts
function hostMachine(arch = process.arch) {
  if (arch === "x64") return EM_X86_64;
  if (arch === "arm64") return EM_AARCH64;
  return void 0;
}
function functionTableOf(elf, symbols = elf) {
  checkTraceable(elf);
  const codeSections = /* @__PURE__ */ new Set();
  for (const s of symbols.sections) {
    if (s.flags & SHF_EXECINSTR && !s.name.startsWith(".plt")) codeSections.add(s.index);
  }
  const loads = elf.segments.filter((s) => s.type === PT_LOAD);
  const tables = symbols.sections.filter((s) => s.type === SHT_SYMTAB || s.type === SHT_DYNSYM);
  const offsets = [];
  const addresses = [];
  const sizes = [];
  const ranks = [];
  const names2 = [];
  for (const table3 of tables) {
    const found = symbols.symbols(
      table3,
      (type, shndx, size) => (type === STT_FUNC || type === STT_GNU_IFUNC) && size > 0 && shndx !== SHN_UNDEF && shndx < SHN_LORESERVE && codeSections.has(shndx)
    );
    for (const sym of found) {
      if (sym.name === "") continue;
      const offset = fileOffsetIn(loads, sym.value);
      if (offset === void 0) continue;
      offsets.push(offset);
      addresses.push(sym.value);
      sizes.push(sym.size);
      ranks.push(sym.bind === STB_GLOBAL ? 0 : sym.bind === STB_WEAK ? 1 : 2);
      names2.push(sym.name);
    }
  }
  const order = Array.from(offsets.keys());
  order.sort(
    (x, y) => offsets[x] - offsets[y] || ranks[x] - ranks[y] || x - y
  );
  const functions = [];
  let current;
  for (const i of order) {
    const offset = offsets[i];
    const name = names2[i];
    if (current?.offset !== offset) {
      current = { names: [name], address: addresses[i], offset, size: sizes[i] };
      functions.push(current);
      continue;
    }
    if (sizes[i] > current.size) current.size = sizes[i];
    if (!current.names.includes(name)) current.names.push(name);
  }
  return { path: elf.path, buildId: elf.buildId(), arch: machineName(elf.header.machine), functions };
}
function fileOffsetIn(loads, address) {
  for (const l of loads) {
    if (address >= l.vaddr && address < l.vaddr + l.filesz) return address - l.vaddr + l.offset;
  }
  return void 0;
}
function checkTraceable(elf) {
  const { type, machine } = elf.header;
  if (type !== ET_EXEC && type !== ET_DYN) {
    throw new ElfUnsupportedError(
      `${elf.path}: ELF type ${type} is neither an executable nor a shared library`,
      "Give the linked program or .so, not an object file or core dump."
    );
  }
  const host = hostMachine();
  if (machine !== EM_X86_64 && machine !== EM_AARCH64) {
    throw new ElfUnsupportedError(
      `${elf.path}: built for ${machineName(machine)}, which xcover does not trace`,
      "xcover traces x86_64 and aarch64 binaries."
    );
  }
  if (host !== void 0 && machine !== host) {
    throw new ElfUnsupportedError(
      `${elf.path}: built for ${machineName(machine)}, but this machine runs ${machineName(host)}`,
      "Trace the binary on a machine of its own architecture."
    );
  }
}

// src/symbolize/symbolize.ts
function symbolizeBinary(path, options = {}) {
  return withElf(path, (elf) => symbolizeElf(elf, options));
}
function symbolizeElf(elf, options = {}) {
  const warnings = [];
  const guarded = guard(elf, warnings);
  const ownDwarf = guarded("its DWARF", () => hasDebugInfo(elf), false);
  const debug = openDebugFile(elf, ownDwarf, options, warnings);
  try {
    const symbolSource = debug && !hasSymtab(elf) && hasSymtab(debug) ? debug : elf;
    const table3 = functionTableOf(elf, symbolSource);
    const go = guarded("its Go tables", () => readGoSymbols(elf, { lines: options.lines === true }), void 0);
    if (go) {
      warnings.push(...go.warnings);
      addGoFunctions(elf, table3, go);
    }
    if (options.locations !== false) {
      for (const [f, where] of dwarfLocations(elf, ownDwarf, debug, table3, warnings)) f.source = where;
    }
    const out = { table: table3, warnings };
    if (options.lines) {
      out.lineTables = [];
      const dwarf = dwarfSource(elf, ownDwarf, debug, warnings);
      if (dwarf) {
        const lines = guarded("its line tables", () => readDwarfLineTable(dwarf), void 0);
        if (lines) {
          warnings.push(...lines.warnings);
          out.lineTables.push(lines.table);
        }
      }
      if (go) out.lineTables.push(goLineTable(go));
    }
    return out;
  } finally {
    debug?.close();
  }
}
function readSourceLocations(table3, options = {}) {
  const warnings = [];
  if (!table3.functions.some((f) => f.source === void 0)) return { locations: /* @__PURE__ */ new Map(), warnings };
  const locations = withElf(table3.path, (elf) => {
    const ownDwarf = guard(elf, warnings)("its DWARF", () => hasDebugInfo(elf), false);
    const debug = openDebugFile(elf, ownDwarf, options, []);
    try {
      return dwarfLocations(elf, ownDwarf, debug, table3, warnings);
    } finally {
      debug?.close();
    }
  });
  return { locations, warnings };
}
function guard(elf, warnings) {
  return (what, read, fallback) => {
    try {
      return read();
    } catch (err) {
      warnings.push(`${elf.path}: could not read ${what} (${err.message}); ${whatIsLost(what)}`);
      return fallback;
    }
  };
}
function openDebugFile(elf, ownDwarf, options, warnings) {
  let debug;
  if (options.debugFile !== void 0 || !ownDwarf) {
    const search = findDebugFile(elf, {
      ...options.debugFile !== void 0 ? { explicitPath: options.debugFile } : {},
      ...options.debugRoots ? { debugRoots: options.debugRoots } : {}
    });
    warnings.push(...search.warnings);
    if (search.found) {
      try {
        debug = ElfFile.open(search.found.path);
      } catch (err) {
        if (options.debugFile !== void 0) throw err;
        warnings.push(`${search.found.path}: ${err.message}; debug file ignored`);
      }
    }
  }
  return debug;
}
function dwarfSource(elf, ownDwarf, debug, warnings) {
  const guarded = guard(elf, warnings);
  return debug && guarded("its debug file's DWARF", () => hasDebugInfo(debug), false) ? debug : ownDwarf ? elf : void 0;
}
function dwarfLocations(elf, ownDwarf, debug, table3, warnings) {
  const out = /* @__PURE__ */ new Map();
  const source = dwarfSource(elf, ownDwarf, debug, warnings);
  if (!source || !table3.functions.some((f) => f.source === void 0)) return out;
  const dwarf = guard(elf, warnings)("its DWARF", () => readDwarfFunctions(source), void 0);
  if (!dwarf) return out;
  warnings.push(...dwarf.warnings);
  for (const f of table3.functions) {
    if (f.source) continue;
    const d = dwarf.functions.get(f.address);
    if (d) out.set(f, { file: d.file, lineStart: d.lineStart, lineEnd: Math.max(d.lineStart, d.lineEnd) });
  }
  return out;
}
function goLineTable(go) {
  let count = 0;
  for (const f of go.functions) if (f.rows && f.rows.length > 0) count += f.rows.length + 1;
  const table3 = {
    count,
    addr: new Float64Array(count),
    line: new Uint32Array(count),
    file: new Uint32Array(count),
    stmt: new Uint8Array(count),
    files: []
  };
  const ids = /* @__PURE__ */ new Map();
  let at = 0;
  const sorted = go.functions.filter((f) => f.rows && f.rows.length > 0).sort((a, b) => a.entry - b.entry);
  for (const f of sorted) {
    for (const row of f.rows ?? []) {
      let id = ids.get(row.file);
      if (id === void 0) {
        id = table3.files.push(row.file) - 1;
        ids.set(row.file, id);
      }
      table3.addr[at] = row.pc;
      table3.line[at] = row.line;
      table3.file[at] = id;
      table3.stmt[at] = 1;
      at++;
    }
    table3.addr[at] = f.end;
    at++;
  }
  return table3;
}
function hasSymtab(elf) {
  return elf.sections.some((s) => s.type === SHT_SYMTAB && s.size > 0);
}
function whatIsLost(what) {
  return what.includes("Go") ? "Go functions keep their symbol names only, and a stripped Go binary shows none" : "functions keep their symbol names only";
}
function addGoFunctions(elf, table3, go) {
  table3.goModule = go.mainModule ?? "";
  const byAddress = /* @__PURE__ */ new Map();
  for (const f of table3.functions) byAddress.set(f.address, f);
  const loads = elf.segments.filter((s) => s.type === PT_LOAD);
  let added = false;
  for (const g of go.functions) {
    let entry = byAddress.get(g.entry);
    if (!entry) {
      const offset = fileOffsetIn(loads, g.entry);
      if (offset === void 0 || g.end <= g.entry) continue;
      entry = { names: [g.name], address: g.entry, offset, size: g.end - g.entry };
      table3.functions.push(entry);
      byAddress.set(g.entry, entry);
      added = true;
    }
    entry.package = g.package;
    if (g.file !== void 0 && g.lineStart !== void 0) {
      entry.source = { file: g.file, lineStart: g.lineStart, lineEnd: Math.max(g.lineStart, g.lineEnd ?? g.lineStart) };
    }
  }
  if (added) table3.functions.sort((a, b) => a.offset - b.offset);
}

// src/tracer/session.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/tracer/attach.ts
import { constants as constants4 } from "node:os";

// src/tracer/bpfAbi.ts
var BPF_MAP_TYPE_ARRAY = 2;
var BPF_MAP_TYPE_RINGBUF = 27;
var BPF_F_RDONLY_PROG = 1 << 7;
var BPF_PROG_TYPE_KPROBE = 2;
var BPF_TRACE_UPROBE_MULTI = 48;
var BPF_PSEUDO_MAP_FD = 1;
var BPF_PSEUDO_MAP_VALUE = 2;
var R_BPF_64_64 = 1;
var ENOTSUPP = 524;
var XCOVER_MODE_FIRST_HIT = 0;
var XCOVER_MODE_COUNT = 1;

// src/tracer/errors.ts
import { constants as constants3 } from "node:os";

// src/tracer/native.ts
import { createRequire } from "node:module";

// src/tracer/assets.ts
import { existsSync as existsSync7 } from "node:fs";
import { dirname as dirname6, join as join8, resolve as resolve6 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var here = dirname6(fileURLToPath2(import.meta.url));
function candidates(asset) {
  const fromEnv = process.env.XCOVER_ASSET_DIR;
  const list2 = fromEnv ? [join8(fromEnv, asset)] : [];
  list2.push(join8(here, asset));
  const root = resolve6(here, "..", "..");
  list2.push(
    asset === "xcover.node" ? join8(root, "native", "build", "Release", asset) : join8(root, "build", "bpf", asset)
  );
  return list2;
}
function assetPath(asset) {
  const list2 = candidates(asset);
  const found = list2.find((p) => existsSync7(p));
  if (!found) {
    throw new XcoverError(
      `cannot find ${asset} (looked in ${list2.join(", ")})`,
      "Build it with `npm run build`, or use the bundled dist/ that ships it."
    );
  }
  return found;
}

// src/tracer/native.ts
function isSyscallError(err) {
  return err instanceof Error && typeof err.errno === "number";
}
var addon;
function native() {
  if (!addon) {
    const require2 = createRequire(import.meta.url);
    addon = require2(assetPath("xcover.node"));
  }
  return addon;
}

// src/tracer/errors.ts
var names = /* @__PURE__ */ new Map();
for (const [name, value] of Object.entries(constants3.errno)) if (!names.has(value)) names.set(value, name);
names.set(ENOTSUPP, "ENOTSUPP");
function errnoName(errno) {
  return names.get(errno) ?? `errno ${errno}`;
}
var PrivilegeError = class extends XcoverError {
};
var KernelSupportError = class extends XcoverError {
};
var BpfLoadError = class extends XcoverError {
  verifierLog;
  constructor(message, hint, verifierLog) {
    super(message, hint);
    this.verifierLog = verifierLog;
  }
};
var AttachError = class extends XcoverError {
};
var privilegeHint = "Run xcover as root (sudo), or give it CAP_BPF and CAP_PERFMON (e.g. `sudo setcap cap_bpf,cap_perfmon+ep $(which node)`).";
function syscallFailure(err, doing) {
  if (!isSyscallError(err)) return new XcoverError(`${doing}: ${String(err)}`, "Rerun with --verbose and report this.");
  const name = errnoName(err.errno);
  if (err.errno === constants3.errno.EPERM || err.errno === constants3.errno.EACCES) {
    return new PrivilegeError(`${doing}: permission denied (${name})`, privilegeHint, { cause: err });
  }
  if (err.errno === constants3.errno.EMFILE || err.errno === constants3.errno.ENFILE) {
    return new AttachError(
      `${doing}: too many open files (${name})`,
      "Raise the open-file limit (`ulimit -n`) or trace fewer functions with --include/--exclude.",
      { cause: err }
    );
  }
  if (err.errno === constants3.errno.ENOMEM) {
    return new AttachError(`${doing}: out of memory (${name})`, "Trace fewer functions, or free memory.", {
      cause: err
    });
  }
  return new XcoverError(`${doing}: ${err.message} (${name})`, "Rerun with --verbose and report this.", { cause: err });
}

// src/tracer/attach.ts
var perFunctionErrnos = /* @__PURE__ */ new Set([constants4.errno.EINVAL, constants4.errno.EILSEQ, ENOTSUPP]);
var ProbeLinks = class _ProbeLinks {
  constructor(progFd, options) {
    this.progFd = progFd;
    this.options = options;
  }
  progFd;
  options;
  /** cookie → errno name of the kernel's refusal. */
  unprobeable = /* @__PURE__ */ new Map();
  groups = [];
  /** cookie → index in `groups`, for the functions that have a probe. */
  groupOf = /* @__PURE__ */ new Map();
  closing = /* @__PURE__ */ new Set();
  replacementFailures = 0;
  static attach(progFd, targets, options) {
    const links = new _ProbeLinks(progFd, options);
    try {
      for (const target of targets) links.attachTarget(target);
    } catch (err) {
      void links.closeAll();
      throw err;
    }
    return links;
  }
  get linkCount() {
    return this.groups.filter((g) => g.fd >= 0).length;
  }
  /** Functions that still carry a probe. */
  get armedCount() {
    return this.groupOf.size;
  }
  /** Replacement links the kernel refused; their groups kept the old link (probes stay armed). */
  get failedReplacements() {
    return this.replacementFailures;
  }
  link(path, offsets, cookies) {
    return native().createUprobeMultiLink({
      progFd: this.progFd,
      path,
      offsets: BigUint64Array.from(offsets, BigInt),
      cookies: BigUint64Array.from(cookies, BigInt),
      pid: 0,
      flags: 0
    });
  }
  attachTarget(target) {
    let attached = 0;
    const attachRange = (from, to) => {
      const cookies = target.cookies.slice(from, to);
      const offsets = target.offsets.slice(from, to);
      try {
        const fd = this.link(target.path, offsets, cookies);
        const index = this.groups.push({ path: target.path, cookies: [...cookies], offsets: [...offsets], fd }) - 1;
        for (const c of cookies) this.groupOf.set(c, index);
        attached += cookies.length;
        this.options.onProgress?.(attached);
        return;
      } catch (err) {
        if (!isSyscallError(err)) throw err;
        if (err.errno === constants4.errno.ENOENT) {
          throw new AttachError(
            `${target.path} disappeared while attaching`,
            "Keep the binary in place while tracing."
          );
        }
        if (!perFunctionErrnos.has(err.errno)) throw syscallFailure(err, `attaching probes to ${target.path}`);
        if (to - from === 1) {
          this.unprobeable.set(target.cookies[from], errnoName(err.errno));
          return;
        }
      }
      const mid = from + Math.floor((to - from) / 2);
      attachRange(from, mid);
      attachRange(mid, to);
    };
    const size = Math.max(1, this.options.groupSize);
    for (let from = 0; from < target.offsets.length; from += size) {
      attachRange(from, Math.min(from + size, target.offsets.length));
    }
    const failed2 = target.cookies.filter((c) => this.unprobeable.has(c)).length;
    if (target.offsets.length >= 8 && failed2 === target.offsets.length) {
      const reasons = [...new Set(target.cookies.map((c) => this.unprobeable.get(c)))].join(", ");
      throw new AttachError(
        `the kernel refused every probe on ${target.path} (${reasons})`,
        "Check that the kernel supports uprobe_multi (Linux 6.6+) and that the file is a regular, readable binary."
      );
    }
  }
  /** First hits arrived: take those functions' probes away (first-hit mode only). */
  prune(cookies) {
    if (!this.options.prune) return;
    const touched = /* @__PURE__ */ new Set();
    for (const cookie of cookies) {
      const index = this.groupOf.get(cookie);
      if (index === void 0) continue;
      this.groupOf.delete(cookie);
      const group = this.groups[index];
      const at = group.cookies.indexOf(cookie);
      if (at >= 0) {
        group.cookies.splice(at, 1);
        group.offsets.splice(at, 1);
      }
      touched.add(index);
    }
    const retired = [];
    for (const index of touched) {
      const group = this.groups[index];
      if (group.fd < 0) continue;
      if (group.cookies.length === 0) {
        retired.push(group.fd);
        group.fd = -1;
        continue;
      }
      try {
        const fd = this.link(group.path, group.offsets, group.cookies);
        retired.push(group.fd);
        group.fd = fd;
      } catch {
        this.replacementFailures++;
      }
    }
    this.closeLater(retired);
  }
  closeLater(fds) {
    if (fds.length === 0) return;
    const threads = Math.min(fds.length, this.options.closeThreads);
    const done = native().closeInBackground(Int32Array.from(fds), threads);
    this.closing.add(done);
    void done.then(() => this.closing.delete(done));
  }
  /** Removes every probe, all links closing at once so their grace periods overlap. */
  async closeAll() {
    const fds = [];
    for (const g of this.groups) {
      if (g.fd >= 0) fds.push(g.fd);
      g.fd = -1;
    }
    this.groupOf.clear();
    this.closeLater(fds);
    await Promise.all([...this.closing]);
  }
};

// src/tracer/fdBudget.ts
import { readdirSync, readFileSync as readFileSync3 } from "node:fs";
var FD_RESERVE = 512;
function openDescriptors() {
  try {
    return readdirSync("/proc/self/fd").length;
  } catch {
    return 64;
  }
}
function kernelMaximum() {
  try {
    return Number(readFileSync3("/proc/sys/fs/nr_open", "utf8").trim()) || 1 << 20;
  } catch {
    return 1 << 20;
  }
}
function linkBudget(wanted) {
  const addon2 = native();
  const need = openDescriptors() + wanted + FD_RESERVE;
  const { soft, hard } = addon2.getFileLimit();
  if (soft < need) {
    const target = Math.min(need, kernelMaximum());
    try {
      addon2.setFileLimit(target, Math.max(hard, target));
    } catch {
      try {
        addon2.setFileLimit(Math.min(target, hard), hard);
      } catch {
      }
    }
  }
  const now = addon2.getFileLimit().soft;
  return Math.max(0, now - openDescriptors() - FD_RESERVE);
}

// src/tracer/loader.ts
import { closeSync as closeSync7, statSync as statSync4 } from "node:fs";

// src/tracer/btf.ts
var KIND_INT = 1;
var KIND_PTR = 2;
var KIND_ARRAY = 3;
var KIND_STRUCT = 4;
var KIND_UNION = 5;
var KIND_ENUM = 6;
var KIND_TYPEDEF = 8;
var KIND_VOLATILE = 9;
var KIND_CONST = 10;
var KIND_RESTRICT = 11;
var KIND_FUNC_PROTO = 13;
var KIND_VAR = 14;
var KIND_DATASEC = 15;
var KIND_DECL_TAG = 17;
var KIND_TYPE_TAG = 18;
var KIND_ENUM64 = 19;
var BtfError = class extends XcoverError {
};
function bad2(what) {
  throw new BtfError(`corrupt BPF object: ${what}`, "Rebuild the BPF program with `npm run build`.");
}
function parseBtf(data) {
  if (data.length < 24 || data.readUInt16LE(0) !== 60319) bad2("no BTF header");
  const hdrLen = data.readUInt32LE(4);
  const typeOff = hdrLen + data.readUInt32LE(8);
  const typeLen = data.readUInt32LE(12);
  const strOff = hdrLen + data.readUInt32LE(16);
  const strLen = data.readUInt32LE(20);
  if (typeOff + typeLen > data.length || strOff + strLen > data.length) bad2("BTF sections out of bounds");
  const str2 = (at2) => {
    const start = strOff + at2;
    const end2 = data.indexOf(0, start);
    return data.toString("utf8", start, end2 < 0 ? strOff + strLen : end2);
  };
  const types = [{ name: "void", kind: 0, vlen: 0, sizeOrType: 0 }];
  let at = typeOff;
  const end = typeOff + typeLen;
  while (at < end) {
    const nameOff = data.readUInt32LE(at);
    const info = data.readUInt32LE(at + 4);
    const sizeOrType = data.readUInt32LE(at + 8);
    const kind = info >>> 24 & 31;
    const vlen = info & 65535;
    at += 12;
    const t = { name: str2(nameOff), kind, vlen, sizeOrType };
    switch (kind) {
      case KIND_INT:
      case KIND_VAR:
      case KIND_DECL_TAG:
        at += 4;
        break;
      case KIND_ARRAY:
        t.array = { type: data.readUInt32LE(at), nelems: data.readUInt32LE(at + 8) };
        at += 12;
        break;
      case KIND_STRUCT:
      case KIND_UNION:
      case KIND_DATASEC:
        t.members = [];
        for (let i = 0; i < vlen; i++, at += 12) {
          if (kind === KIND_DATASEC) {
            t.members.push({ name: "", type: data.readUInt32LE(at), offset: data.readUInt32LE(at + 4) });
          } else {
            t.members.push({
              name: str2(data.readUInt32LE(at)),
              type: data.readUInt32LE(at + 4),
              offset: data.readUInt32LE(at + 8)
            });
          }
        }
        break;
      case KIND_ENUM:
      case KIND_FUNC_PROTO:
        at += 8 * vlen;
        break;
      case KIND_ENUM64:
        at += 12 * vlen;
        break;
      default:
        break;
    }
    types.push(t);
  }
  return types;
}
function skipModifiers(types, id) {
  for (let hops = 0; hops < 32; hops++) {
    const t = types[id] ?? bad2(`type id ${id}`);
    if (![KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_TYPE_TAG].includes(t.kind)) return t;
    id = t.sizeOrType;
  }
  return bad2("type chain too long");
}
function sizeOf(types, id) {
  const t = skipModifiers(types, id);
  if (t.kind === KIND_PTR) return 8;
  if (t.kind === KIND_ARRAY && t.array) return t.array.nelems * sizeOf(types, t.array.type);
  return t.sizeOrType;
}
function uintMember(types, id) {
  const ptr = skipModifiers(types, id);
  if (ptr.kind !== KIND_PTR) bad2("map attribute is not a pointer");
  const arr = skipModifiers(types, ptr.sizeOrType);
  if (arr.kind !== KIND_ARRAY || !arr.array) bad2("map attribute is not __uint()");
  return arr.array.nelems;
}
function typeMemberSize(types, id) {
  const ptr = skipModifiers(types, id);
  if (ptr.kind !== KIND_PTR) bad2("map attribute is not a pointer");
  return sizeOf(types, ptr.sizeOrType);
}
function btfMapDefinitions(types) {
  const sec = types.find((t) => t.kind === KIND_DATASEC && t.name === ".maps");
  if (!sec?.members) return [];
  return sec.members.map((m) => {
    const v = types[m.type] ?? bad2("map variable");
    if (v.kind !== KIND_VAR) bad2("`.maps` entry is not a variable");
    const def = skipModifiers(types, v.sizeOrType);
    if (def.kind !== KIND_STRUCT || !def.members) bad2(`map ${v.name} is not a struct`);
    const out = {
      name: v.name,
      offset: m.offset,
      type: 0,
      keySize: 0,
      valueSize: 0,
      maxEntries: 0,
      flags: 0
    };
    for (const f of def.members) {
      if (f.name === "type") out.type = uintMember(types, f.type);
      else if (f.name === "max_entries") out.maxEntries = uintMember(types, f.type);
      else if (f.name === "map_flags") out.flags = uintMember(types, f.type);
      else if (f.name === "key_size") out.keySize = uintMember(types, f.type);
      else if (f.name === "value_size") out.valueSize = uintMember(types, f.type);
      else if (f.name === "key") out.keySize = typeMemberSize(types, f.type);
      else if (f.name === "value") out.valueSize = typeMemberSize(types, f.type);
      else bad2(`map ${v.name}: unsupported attribute ${f.name}`);
    }
    return out;
  });
}

// src/tracer/bpfObject.ts
var BpfObjectError = class extends XcoverError {
};
function bad3(path, what) {
  throw new BpfObjectError(`${path}: ${what}`, "Rebuild the BPF program with `npm run build`.");
}
function readBpfObject(path) {
  return withElf(path, (elf) => {
    if (elf.header.type !== ET_REL || elf.header.machine !== EM_BPF) bad3(path, "not a BPF object file");
    const symtab = elf.section(".symtab") ?? bad3(path, "no symbol table");
    const symbols = elf.symbols(symtab);
    const sectionName = (i) => elf.sections[i]?.name ?? "";
    const licenseSection = elf.section("license");
    const license = licenseSection ? elf.sectionData(licenseSection).toString("latin1").replace(/\0.*$/s, "") : "GPL";
    const code = elf.sections.filter((s) => s.type === SHT_PROGBITS && s.flags & SHF_EXECINSTR && s.size > 0);
    if (code.length !== 1) bad3(path, `expected exactly one program section, found ${code.length}`);
    const progSection = code[0];
    const progSymbol = symbols.find((s) => s.shndx === progSection.index && s.type === 2 && s.value === 0);
    const relocations = [];
    for (const rel of elf.sections.filter((s) => s.type === SHT_REL && s.info === progSection.index)) {
      const raw = elf.sectionData(rel);
      for (let at = 0; at + 16 <= raw.length; at += 16) {
        const offset = Number(raw.readBigUInt64LE(at));
        const symIndex = raw.readUInt32LE(at + 12);
        const type = raw.readUInt32LE(at + 8);
        const sym = symbols[symIndex] ?? bad3(path, `relocation names symbol ${symIndex}`);
        if (type !== R_BPF_64_64) {
          bad3(path, `unsupported relocation type ${type} for ${sym.name} (subprograms are not supported)`);
        }
        relocations.push({
          insnIndex: offset / 8,
          symbolName: sym.name,
          targetSection: sectionName(sym.shndx),
          symbolValue: sym.value
        });
      }
    }
    const btfSection = elf.section(".BTF") ?? bad3(path, "no .BTF section (compile with -g)");
    const defs = btfMapDefinitions(parseBtf(elf.sectionData(btfSection)));
    const maps = defs.map(({ offset: _offset, ...def }) => def);
    const rodataSection = elf.section(".rodata");
    let rodata;
    if (rodataSection) {
      const variables = /* @__PURE__ */ new Map();
      for (const s of symbols) {
        if (s.shndx === rodataSection.index && s.type === 1) variables.set(s.name, { offset: s.value, size: s.size });
      }
      rodata = { data: elf.sectionData(rodataSection), variables };
    }
    return {
      license,
      program: {
        name: progSymbol?.name ?? progSection.name,
        section: progSection.name,
        insns: elf.sectionData(progSection),
        relocations
      },
      maps,
      rodata
    };
  });
}

// src/tracer/loader.ts
function kernelDevT(userDev) {
  const dev = BigInt(userDev);
  const major = dev >> 8n & 0xfffn | dev >> 32n & ~0xfffn;
  const minor = dev & 0xffn | dev >> 12n & ~0xffn;
  return Number(major << 20n | minor);
}
function selfIdentity() {
  const st = statSync4("/proc/self/ns/pid");
  return { pid: process.pid, pidNamespace: { dev: kernelDevT(st.dev), ino: st.ino } };
}
function setGlobal(obj, data, name, value) {
  const v = obj.rodata?.variables.get(name);
  if (!v) throw new BpfObjectError(`BPF object has no global ${name}`, "Rebuild it with `npm run build`.");
  if (v.size === 8) data.writeBigUInt64LE(BigInt(value), v.offset);
  else if (v.size === 4) data.writeUInt32LE(value, v.offset);
  else throw new BpfObjectError(`BPF global ${name} has size ${v.size}`, "Rebuild it with `npm run build`.");
}
function loadTracerProgram(options) {
  const addon2 = native();
  const obj = readBpfObject(options.objectPath ?? assetPath("xcover.bpf.o"));
  const opened = [];
  const closeAll = () => {
    for (const fd of opened.splice(0)) closeSync7(fd);
  };
  try {
    const mapFds = /* @__PURE__ */ new Map();
    for (const def of obj.maps) {
      let maxEntries = def.maxEntries;
      if (def.name === "hits") maxEntries = options.functionCount;
      if (def.type === BPF_MAP_TYPE_RINGBUF) maxEntries = options.ringBytes;
      let fd;
      try {
        fd = addon2.createMap({ ...def, maxEntries, flags: def.flags, name: def.name.slice(0, 15) });
      } catch (err) {
        throw syscallFailure(err, `creating BPF map ${def.name} (${maxEntries} entries)`);
      }
      opened.push(fd);
      mapFds.set(def.name, fd);
    }
    const hitsFd = mapFds.get("hits");
    const trapsFd = mapFds.get("traps");
    const ringDef = obj.maps.find((m) => m.type === BPF_MAP_TYPE_RINGBUF);
    if (hitsFd === void 0 || trapsFd === void 0 || !ringDef)
      throw new BpfObjectError("BPF object lacks its maps", "Rebuild it.");
    let rodataFd;
    if (obj.rodata) {
      const data = Buffer.from(obj.rodata.data);
      setGlobal(obj, data, "self_pidns_dev", options.self.pidNamespace.dev);
      setGlobal(obj, data, "self_pidns_ino", options.self.pidNamespace.ino);
      setGlobal(obj, data, "self_tgid", options.self.pid);
      setGlobal(obj, data, "hit_mode", options.mode === "count" ? XCOVER_MODE_COUNT : XCOVER_MODE_FIRST_HIT);
      try {
        rodataFd = addon2.createMap({
          type: BPF_MAP_TYPE_ARRAY,
          keySize: 4,
          valueSize: data.length,
          maxEntries: 1,
          flags: BPF_F_RDONLY_PROG,
          name: "xcover.rodata"
        });
        opened.push(rodataFd);
        addon2.updateElem(rodataFd, Buffer.alloc(4), data, 0);
        addon2.freezeMap(rodataFd);
      } catch (err) {
        throw syscallFailure(err, "creating the BPF settings map");
      }
    }
    const insns = Buffer.from(obj.program.insns);
    for (const rel of obj.program.relocations) {
      const at = rel.insnIndex * 8;
      if (insns[at] !== 24) {
        throw new BpfObjectError(`relocation of ${rel.symbolName} is not on a 64-bit load`, "Rebuild it.");
      }
      let fd;
      let srcReg;
      if (rel.targetSection === ".maps") {
        fd = mapFds.get(rel.symbolName);
        srcReg = BPF_PSEUDO_MAP_FD;
      } else if (rel.targetSection === ".rodata") {
        fd = rodataFd;
        srcReg = BPF_PSEUDO_MAP_VALUE;
        insns.writeInt32LE(insns.readInt32LE(at + 4) + rel.symbolValue, at + 12);
      } else {
        throw new BpfObjectError(`unsupported reference to ${rel.symbolName} in ${rel.targetSection}`, "Rebuild it.");
      }
      if (fd === void 0) throw new BpfObjectError(`no map for ${rel.symbolName}`, "Rebuild it.");
      insns[at + 1] = (insns[at + 1] ?? 0) & 15 | srcReg << 4;
      insns.writeInt32LE(fd, at + 4);
    }
    const progFd = loadProgram(insns, obj);
    opened.push(progFd);
    return {
      progFd,
      hitsFd,
      trapsFd,
      ringFd: mapFds.get(ringDef.name),
      ringBytes: options.ringBytes,
      functionCount: options.functionCount,
      close: closeAll
    };
  } catch (err) {
    closeAll();
    throw err;
  }
}
function loadProgram(insns, obj) {
  const addon2 = native();
  const base = {
    type: BPF_PROG_TYPE_KPROBE,
    expectedAttachType: BPF_TRACE_UPROBE_MULTI,
    insns,
    license: obj.license,
    name: obj.program.name.slice(0, 15)
  };
  try {
    return addon2.loadProgram({ ...base, logLevel: 0, logSize: 0 });
  } catch (first) {
    if (!isSyscallError(first) || first.errno === 1) throw syscallFailure(first, "loading the BPF program");
    try {
      return addon2.loadProgram({ ...base, logLevel: 1, logSize: 16 << 20 });
    } catch (second) {
      const log = isSyscallError(second) ? second.log : void 0;
      const tail = log?.trim().split("\n").slice(-3).join(" | ");
      const name = isSyscallError(second) ? errnoName(second.errno) : String(second);
      if (name === "EINVAL" && !log?.trim()) {
        throw new BpfLoadError(
          "the kernel refused the BPF program (EINVAL): uprobe_multi programs need Linux 6.6 or newer",
          "Run on a newer kernel (Ubuntu 22.04 HWE or 24.04 runners qualify).",
          log
        );
      }
      throw new BpfLoadError(
        `the BPF verifier refused xcover's program (${name})${tail ? `: ${tail}` : ""}`,
        "Rerun with --verbose for the whole verifier log (a detached run writes it to the daemon log), and report it.",
        log
      );
    }
  }
}

// src/tracer/session.ts
var DEFAULT_BATCH_SIZE = 16384;
var MAX_PRUNE_LINKS = 16384;
var CLOSE_THREADS = 1024;
function groupSizeFor(siteCount, budget) {
  const links = Math.min(MAX_PRUNE_LINKS, budget);
  if (siteCount <= links) return 1;
  return Math.ceil(siteCount / Math.max(1, Math.floor(links / 2)));
}
function ringSizeFor(siteCount) {
  const want = Math.min(Math.max(siteCount * 16, 1 << 16), 1 << 25);
  return 2 ** Math.ceil(Math.log2(want));
}
var cpuCount;
function possibleCpus() {
  if (cpuCount === void 0) {
    const text = readFileSync4("/sys/devices/system/cpu/possible", "utf8").trim();
    let max = 0;
    for (const part of text.split(",")) max = Math.max(max, Number(part.split("-").pop()));
    cpuCount = max + 1;
  }
  return cpuCount;
}
var TraceSession = class _TraceSession {
  plan;
  mode;
  unprobeable;
  program;
  links;
  ring;
  /** unit → 1 once any of its sites fired. */
  coveredUnits;
  constructor(plan, mode, program, links, unprobeable) {
    this.plan = plan;
    this.mode = mode;
    this.program = program;
    this.links = links;
    this.unprobeable = unprobeable;
    this.coveredUnits = new Uint8Array(unitCount(plan.sites));
  }
  static start(options) {
    const { plan, mode } = options;
    const { sites } = plan;
    const program = loadTracerProgram({
      functionCount: sites.count,
      mode,
      ringBytes: ringSizeFor(sites.count),
      self: selfIdentity()
    });
    let session;
    const pending = [];
    let ring;
    try {
      ring = new (native()).RingBuffer(program.ringFd, program.ringBytes, (records) => {
        const cookies = records.map((r) => Number(r.readBigUInt64LE(0)));
        if (session) session.onFirstHits(cookies);
        else pending.push(...cookies);
      });
    } catch (err) {
      program.close();
      throw syscallFailure(err, "opening the BPF ring buffer");
    }
    const targets = attachTargets(plan);
    const prune = mode === "first-hit" && !options.noPrune;
    const probed = targets.reduce((n, t) => n + t.cookies.length, 0);
    const wanted = options.groupSize ?? (prune ? 1 : DEFAULT_BATCH_SIZE);
    const budget = linkBudget(Math.ceil(probed / wanted));
    let groupSize = options.groupSize ?? (prune ? groupSizeFor(probed, budget) : DEFAULT_BATCH_SIZE);
    if (Math.ceil(probed / groupSize) > budget) groupSize = Math.ceil(probed / Math.max(1, budget));
    groupSize = Math.min(groupSize, native().maxUprobeMultiCount);
    let links;
    try {
      links = ProbeLinks.attach(program.progFd, targets, {
        groupSize,
        prune,
        closeThreads: CLOSE_THREADS,
        onProgress: (n) => options.onAttachProgress?.(n, sites.count)
      });
    } catch (err) {
      ring.close();
      program.close();
      throw err;
    }
    const unprobeable = new Map(plan.refused);
    for (const [cookie, why] of links.unprobeable) unprobeable.set(cookie, why);
    session = new _TraceSession(plan, mode, program, links, unprobeable);
    session.ring = ring;
    session.onFirstHits(pending);
    return session;
  }
  /**
   * Sites fired for the first time: the units they cover ran. A site goes once every unit it
   * covers ran, so a covered line's other probes go too, but not a probe still needed by a line
   * sharing its address.
   */
  onFirstHits(cookies) {
    if (cookies.length === 0) return;
    const sites = this.plan.sites;
    const done = /* @__PURE__ */ new Set();
    for (const c of cookies) {
      if (c >= sites.count) continue;
      for (const u of unitsOfSite(sites, c)) {
        if (this.coveredUnits[u]) continue;
        this.coveredUnits[u] = 1;
        for (const s of sitesOfUnit(sites, u)) {
          if (unitsOfSite(sites, s).every((v) => this.coveredUnits[v] === 1)) done.add(s);
        }
      }
    }
    this.links.prune([...done]);
  }
  /** Probed addresses: the plan's sites less the refused ones. */
  get attachedCount() {
    return this.plan.sites.count - this.unprobeable.size;
  }
  get linkCount() {
    return this.links.linkCount;
  }
  /** Probed addresses whose probe is still in place. */
  get armedCount() {
    return this.links.armedCount;
  }
  /** Shared links the kernel refused to replace (their functions stayed armed; no hit lost). */
  get failedReplacements() {
    return this.links.failedReplacements;
  }
  /** How many times any probe fired so far, summed over CPUs. */
  readTrapCount() {
    const cpus = possibleCpus();
    const values = Buffer.alloc(8 * cpus);
    try {
      native().lookupBatch(this.program.trapsFd, null, Buffer.alloc(4), Buffer.alloc(4), values, 1);
    } catch (err) {
      throw syscallFailure(err, "reading the trap counter");
    }
    let total = 0;
    for (let i = 0; i < cpus; i++) total += Number(values.readBigUInt64LE(8 * i));
    return total;
  }
  /** Reads the hit array: the authoritative record of what ran. */
  readCounts() {
    const addon2 = native();
    const n = this.plan.sites.count;
    const counts = new Float64Array(n);
    const chunk = Math.min(n, 1 << 16);
    const keys = Buffer.alloc(4 * chunk);
    const values = Buffer.alloc(8 * chunk);
    const outBatch = Buffer.alloc(4);
    let inBatch = null;
    let read = 0;
    while (read < n) {
      let res;
      try {
        res = addon2.lookupBatch(this.program.hitsFd, inBatch, outBatch, keys, values, chunk);
      } catch (err) {
        throw syscallFailure(err, "reading the hit map");
      }
      for (let i = 0; i < res.count; i++) {
        const key = keys.readUInt32LE(4 * i);
        if (key < n) counts[key] = Number(values.readBigUInt64LE(8 * i));
      }
      read += res.count;
      if (res.done || res.count === 0) break;
      inBatch = Buffer.from(outBatch);
    }
    return { counts, unprobeable: this.unprobeable };
  }
  /**
   * Drains the ring, then removes every probe and frees the kernel objects. The links close on
   * many threads at once, so that their grace periods overlap instead of adding up.
   */
  async close() {
    if (this.ring) {
      this.ring.consume();
      this.ring.close();
      this.ring = void 0;
    }
    await this.links.closeAll();
    this.program.close();
  }
};
function attachTargets(plan) {
  const { sites, refused } = plan;
  const targets = [];
  for (const b of plan.binaries) {
    const first = sites.functionSiteStart[b.firstFunction];
    const end = sites.functionSiteStart[b.firstFunction + b.functions.length];
    const cookies = [];
    const offsets = [];
    for (let c = first; c < end; c++) {
      if (refused.has(c)) continue;
      cookies.push(c);
      offsets.push(sites.offsets[c]);
    }
    if (cookies.length > 0) targets.push({ path: b.table.path, cookies, offsets });
  }
  return targets;
}

// src/daemon/trace.ts
function identityOf(path) {
  const st = statSync5(path);
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}
function readPlan(options, hooks) {
  const include = compilePatterns(options.include, "--include");
  const exclude = compilePatterns(options.exclude, "--exclude");
  const started = performance.now();
  const paths = uniqueFiles(options.paths.map((p) => resolve7(p)));
  const debugFiles = debugFilesFor(paths, options.debugFiles ?? []);
  const files = /* @__PURE__ */ new Map();
  const granularity = options.granularity ?? "function";
  const lineTables = /* @__PURE__ */ new Map();
  const tables = paths.map((path, i) => {
    const debugFile = debugFiles[i];
    const identity = identityOf(path);
    const symbolized = symbolizeBinary(path, {
      ...debugFile === void 0 ? {} : { debugFile },
      locations: false,
      lines: granularity === "line"
    });
    const { table: table3, warnings } = symbolized;
    files.set(table3.path, { debugFile, identity });
    for (const w of warnings) hooks.warn(w);
    if (symbolized.lineTables) {
      lineTables.set(table3.path, symbolized.lineTables);
      if (symbolized.lineTables.every((t) => t.count === 0)) {
        hooks.warn(
          `${table3.path}: no line tables (no DWARF, no Go pclntab); its functions are measured at their entry only. Build with -g, or give its debug file with --debug-file.`
        );
      }
    }
    return table3;
  });
  const presets = options.excludePresets ?? [];
  if (presets.includes("go-runtime") && !tables.some((t) => t.goModule !== void 0)) {
    hooks.warn("--exclude-preset go-runtime: no --path binary is a Go program, so it excludes nothing");
  }
  const plan = planProbes(
    tables,
    { include, exclude, presets },
    { granularity, lineTables, strategy: siteStrategy(process.env) }
  );
  for (const b of plan.binaries) {
    hooks.log(`${b.table.path}: ${b.functions.length} of ${b.table.functions.length} functions selected`);
  }
  if (granularity === "line") {
    const lines = plan.sites.unitLine.reduce((n, l) => n + (l > 0 ? 1 : 0), 0);
    hooks.log(`line probes: ${plan.sites.count} addresses on ${lines} lines of ${plan.functionCount} functions`);
  }
  hooks.log(`read symbols in ${Math.round(performance.now() - started)} ms`);
  return { plan, files };
}
function debugFilesFor(paths, debugFiles) {
  const out = paths.map(() => void 0);
  if (debugFiles.length === 0) return out;
  for (const file of debugFiles) {
    if (!existsSync8(file)) {
      throw new UsageError(
        `--debug-file ${file}: no such file`,
        "Give the file `objcopy --only-keep-debug` wrote for the binary (or install the -dbg package)."
      );
    }
  }
  if (paths.length === 1 && debugFiles.length === 1) return [resolve7(debugFiles[0])];
  const ids = paths.map((p) => withElf(p, (elf) => elf.buildId()));
  for (const file of debugFiles) {
    const id = withElf(file, (elf) => elf.buildId());
    const at = id === void 0 ? -1 : ids.indexOf(id);
    if (at < 0) {
      throw new UsageError(
        `--debug-file ${file}: its build-id ${id ?? "(none)"} matches none of the --path binaries`,
        "Give the debug file of one of the traced binaries (readelf -n shows both build-ids)."
      );
    }
    out[at] = resolve7(file);
  }
  return out;
}
function tuning(env) {
  const out = {};
  const size = Number(env.XCOVER_GROUP_SIZE);
  if (Number.isInteger(size) && size > 0) out.groupSize = size;
  if (env.XCOVER_NO_PRUNE === "1") out.noPrune = true;
  return out;
}
function siteStrategy(env) {
  return env.XCOVER_LINE_SITES === "starts" ? "starts" : "rows";
}
var ActiveTrace = class _ActiveTrace {
  options;
  session;
  startedAt;
  files;
  constructor(options, session, files) {
    this.options = options;
    this.session = session;
    this.files = files;
    this.startedAt = /* @__PURE__ */ new Date();
  }
  static start(options, hooks) {
    const { plan, files } = readPlan(options, hooks);
    const started = performance.now();
    const session = TraceSession.start({
      plan,
      mode: options.mode,
      onAttachProgress: hooks.onAttachProgress,
      ...tuning(process.env)
    });
    hooks.log(
      `attached ${session.attachedCount} probes with ${session.linkCount} links in ${Math.round(performance.now() - started)} ms` + (session.unprobeable.size > 0 ? ` (${session.unprobeable.size} functions could not be probed)` : "")
    );
    return new _ActiveTrace(options, session, files);
  }
  /** What has run so far, from the hit array: functions, and in line granularity lines. */
  progress() {
    const { counts, unprobeable } = this.session.readCounts();
    const { plan } = this.session;
    const { sites, functionCount, granularity } = plan;
    const hits = { counts, unprobeable, plan };
    let traced = 0;
    let hit = 0;
    let linesTraced = 0;
    let linesHit = 0;
    for (let f = 0; f < functionCount; f++) {
      const { probed, ran } = functionHits(hits, f);
      if (probed > 0) traced++;
      if (probed > 0 && ran) hit++;
      if (granularity !== "line") continue;
      for (let u = sites.functionUnitStart[f]; u < sites.functionUnitStart[f + 1]; u++) {
        if (sites.unitLine[u] === 0) continue;
        const line = siteHits(hits, sitesOfUnit(sites, u));
        if (line.probed === 0) continue;
        linesTraced++;
        if (line.hits > 0) linesHit++;
      }
    }
    const out = { granularity, functions: functionCount, traced, hit };
    if (granularity === "line") out.lines = { traced: linesTraced, hit: linesHit };
    return out;
  }
  /**
   * Reads the hits and writes the report. The probes stay until teardown(), so that a caller
   * can answer first: removing tens of thousands of probes takes seconds.
   */
  finish(command, granularity) {
    const { counts, unprobeable } = this.session.readCounts();
    const { locations, warnings } = this.readSourceLocations();
    const report = buildReport({
      plan: this.session.plan,
      mode: this.options.mode,
      counts,
      unprobeable,
      locations,
      ...granularity === void 0 ? {} : { granularity },
      startedAt: this.startedAt,
      endedAt: /* @__PURE__ */ new Date(),
      command
    });
    writeJsonReport(this.options.reportPath, report);
    return { report, warnings };
  }
  /**
   * Source locations are read now rather than before attaching (see symbolize.ts), from the
   * same file: a binary rebuilt during the run would give the old build's functions the new
   * build's lines.
   */
  readSourceLocations() {
    const warnings = [];
    const locations = /* @__PURE__ */ new Map();
    for (const b of this.session.plan.binaries) {
      const file = this.files.get(b.table.path);
      if (!file) continue;
      let now;
      try {
        now = identityOf(b.table.path);
      } catch {
        now = void 0;
      }
      if (now !== file.identity) {
        warnings.push(
          `${b.table.path} was replaced or rebuilt while it was traced; its functions keep their symbol names only`
        );
        continue;
      }
      const read = readSourceLocations(b.table, file.debugFile === void 0 ? {} : { debugFile: file.debugFile });
      warnings.push(...read.warnings);
      for (const [f, where] of read.locations) locations.set(f, where);
    }
    return { locations, warnings };
  }
  /** Removes every probe. */
  teardown() {
    return this.session.close();
  }
};

// src/daemon/daemon.ts
function statusOf2(trace) {
  const s = trace.session;
  const progress = trace.progress();
  const reply = {
    ok: true,
    pid: process.pid,
    mode: trace.options.mode,
    granularity: progress.granularity,
    paths: s.plan.binaries.map((b) => b.table.path),
    report: trace.options.reportPath,
    startedAt: trace.startedAt.toISOString(),
    functions: progress.functions,
    traced: progress.traced,
    attached: s.attachedCount,
    unprobeable: progress.functions - progress.traced,
    hit: progress.hit,
    armed: s.armedCount,
    links: s.linkCount,
    probeHits: s.readTrapCount()
  };
  if (progress.lines) reply.lines = progress.lines;
  return reply;
}
async function runDaemon(options, state, io) {
  ensureStateDir(state);
  claimPidFile(state);
  let trace;
  try {
    trace = ActiveTrace.start(options, io);
  } catch (err) {
    releaseStateDir(state);
    throw err;
  }
  let stopping;
  let stopped;
  const done = new Promise((resolve9) => {
    stopped = resolve9;
  });
  const stop = (why, granularity) => {
    if (!stopping) {
      io.log(`stopping: ${why}`);
      stopping = new Promise((resolve9) => {
        setImmediate(() => resolve9(finish(granularity)));
      });
      void stopping.then(stopped);
    }
    return stopping;
  };
  const finish = (granularity) => {
    try {
      const { report, warnings } = trace.finish(void 0, granularity);
      const summary = summaryLine(report);
      for (const w of warnings) io.warn(w);
      io.log(`wrote ${options.reportPath}: ${summary}`);
      io.onStopped(summary);
      return { ok: true, report: options.reportPath, totals: report.totals, summary, warnings };
    } catch (err) {
      const e = err instanceof XcoverError ? err : new XcoverError(String(err), "See the daemon log.");
      io.log(`stop failed: ${e.message}`);
      return { ok: false, message: e.message, hint: e.hint };
    }
  };
  const handle = async (request) => {
    if (request.cmd === "status") {
      if (stopping) return { ok: false, message: "the daemon is stopping", hint: "Wait for `xcover stop` to finish." };
      return statusOf2(trace);
    }
    if (request.cmd === "stop") {
      if (request.granularity === "line" && trace.session.plan.granularity !== "line") {
        return {
          ok: false,
          message: "this trace records functions only, so it cannot give a line report",
          hint: "Stop without --granularity, and start the next trace with `xcover run --granularity line`."
        };
      }
      return stop("stop requested", request.granularity);
    }
    return { ok: false, message: `unknown request ${JSON.stringify(request)}`, hint: "Use the same xcover version." };
  };
  const signals = ["SIGTERM", "SIGINT", "SIGHUP"];
  const onSignal = (signal) => void stop(`received ${signal}`);
  for (const s of signals) process.on(s, onSignal);
  const onCrash = (err) => {
    io.log(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    crashed = true;
    void stop("internal error");
  };
  let crashed = false;
  process.on("uncaughtException", onCrash);
  let server;
  try {
    if (existsSync9(state.socket)) unlinkSync3(state.socket);
    server = await serveControl(state.socket, handle);
    io.onReady(statusOf2(trace));
  } catch (err) {
    await trace.teardown();
    releaseStateDir(state);
    for (const s of signals) process.off(s, onSignal);
    process.off("uncaughtException", onCrash);
    throw err;
  }
  const reply = await done;
  for (const s of signals) process.off(s, onSignal);
  process.off("uncaughtException", onCrash);
  await new Promise((resolve9) => server.close(() => resolve9()));
  releaseStateDir(state);
  const started = performance.now();
  const failed2 = trace.session.failedReplacements;
  if (failed2 > 0) io.log(`${failed2} shared links could not be replaced after a first hit; those probes stayed armed`);
  await trace.teardown();
  io.log(`removed every probe in ${Math.round(performance.now() - started)} ms`);
  return reply.ok && !crashed ? 0 : 1;
}

// src/tracer/preflight.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { release } from "node:os";
var CAP_SYS_ADMIN = 21n;
var CAP_PERFMON = 38n;
var CAP_BPF = 39n;
var MIN_KERNEL = [6, 6];
function kernelVersion(text) {
  const m = /^(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function kernelIsRecentEnough(v) {
  return v[0] > MIN_KERNEL[0] || v[0] === MIN_KERNEL[0] && v[1] >= MIN_KERNEL[1];
}
function checkKernel(releaseText = release(), platform = process.platform) {
  if (platform !== "linux") {
    throw new KernelSupportError(`xcover needs Linux; this is ${platform}`, "Run it on a Linux machine or runner.");
  }
  const v = kernelVersion(releaseText);
  if (v && !kernelIsRecentEnough(v)) {
    throw new KernelSupportError(
      `kernel ${releaseText} is too old: uprobe_multi links need Linux ${MIN_KERNEL.join(".")} or newer`,
      "Use a newer kernel (GitHub's ubuntu-22.04 and ubuntu-24.04 runners have one)."
    );
  }
}
function effectiveCapabilities(statusText) {
  const m = /^CapEff:\s*([0-9a-fA-F]+)/m.exec(statusText);
  return m ? BigInt(`0x${m[1]}`) : 0n;
}
function hasTracingCapabilities(capEff) {
  const has = (cap) => capEff >> cap & 1n;
  return has(CAP_SYS_ADMIN) === 1n || has(CAP_BPF) === 1n && has(CAP_PERFMON) === 1n;
}
function checkPrivileges(statusText = readFileSync5("/proc/self/status", "utf8")) {
  if (!hasTracingCapabilities(effectiveCapabilities(statusText))) {
    const who = process.getuid?.() === 0 ? "root without CAP_BPF/CAP_PERFMON" : "not root";
    throw new PrivilegeError(
      `xcover needs CAP_BPF and CAP_PERFMON to attach probes (running as ${who})`,
      privilegeHint
    );
  }
}
function preflight() {
  checkKernel();
  checkPrivileges();
}

// src/cli/asUser.ts
import { spawnSync } from "node:child_process";
function passwdEntry(uid) {
  const r = spawnSync("getent", ["passwd", String(uid)], { encoding: "utf8" });
  const fields = r.status === 0 ? r.stdout.trim().split(":") : [];
  return fields.length >= 6 ? { name: fields[0], home: fields[5] } : void 0;
}
function launchFor(command, asRoot, env = process.env) {
  const [file, ...args] = command;
  const owner = asRoot ? void 0 : invokingUser(env);
  if (!owner) return { file, args, env };
  const entry = passwdEntry(owner.uid);
  const groups = entry ? ["--init-groups"] : ["--clear-groups"];
  const userEnv = { ...env };
  if (entry) {
    userEnv.HOME = entry.home;
    userEnv.USER = entry.name;
    userEnv.LOGNAME = entry.name;
  }
  return {
    file: "setpriv",
    args: [`--reuid=${owner.uid}`, `--regid=${owner.gid}`, ...groups, "--", file, ...args],
    env: userEnv,
    user: entry ? { ...owner, name: entry.name } : owner
  };
}

// src/cli/runtimeCopy.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { chmodSync, copyFileSync, existsSync as existsSync10, mkdirSync as mkdirSync3, renameSync as renameSync2, statSync as statSync6 } from "node:fs";
import { constants as constants5 } from "node:os";
import { join as join9 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var NO_REEXEC_ENV = "XCOVER_NO_REEXEC";
function tracesOwnRuntime(paths, runtime = process.execPath) {
  if (process.env[NO_REEXEC_ENV]) return false;
  let self;
  try {
    self = statSync6(runtime);
  } catch {
    return false;
  }
  return paths.some((p) => {
    try {
      const st = statSync6(p);
      return st.dev === self.dev && st.ino === self.ino;
    } catch {
      return false;
    }
  });
}
function runtimeCopy(dir, runtime = process.execPath) {
  const st = statSync6(runtime);
  const copy = join9(dir, `node-${st.size}-${Math.floor(st.mtimeMs)}`);
  if (!existsSync10(copy)) {
    mkdirSync3(dir, { recursive: true, mode: 448 });
    const temp = `${copy}.${process.pid}.tmp`;
    copyFileSync(runtime, temp);
    chmodSync(temp, 493);
    renameSync2(temp, copy);
  }
  return copy;
}
function rerunOn(runtime, argv) {
  const cli = fileURLToPath3(new URL("./cli.js", import.meta.url));
  const r = spawnSync2(runtime, [...process.execArgv, cli, ...argv], {
    stdio: "inherit",
    env: { ...process.env, [NO_REEXEC_ENV]: "1" }
  });
  process.exit(r.signal ? 128 + (constants5.signals[r.signal] ?? 0) : r.status ?? 1);
}

// src/cli/run.ts
var runHelp = `Usage: xcover run --path BIN [options] [-- CMD ARGS...]

Attach a probe to every function of BIN (and of each other --path) and record which ones run,
in any process, until stopped. Then write the JSON report.

  -- CMD ARGS...       run CMD under tracing, write the report when it exits, and exit with
                       its exit code (the usual way to use xcover locally)
                       Under sudo, CMD runs as the user who ran sudo (their uid, gid,
                       groups and HOME), not as root
      --as-root        run CMD as root all the same
  --detach             run as a background daemon; return once every probe is attached.
                       Stop it with \`xcover stop\`
  (neither)            trace in the foreground until Ctrl-C, SIGTERM or \`xcover stop\`

Options:
  -p, --path FILE      executable or shared library to trace (repeatable)
  -i, --include REGEX  trace only functions with a name matching REGEX (repeatable)
  -e, --exclude REGEX  do not trace functions with a name matching REGEX (repeatable);
                       e.g. --exclude '^_start$|^frame_dummy$|^__do_global_dtors_aux$' drops
                       compiler-generated start-up helpers. Default: none excluded
      --exclude-preset NAME
                       leave out a named set of functions; go-runtime: the Go runtime and
                       standard library, keeping your module's packages and dependencies
      --debug-file FILE
                       separate debug file (objcopy --only-keep-debug) of a --path binary,
                       for names and source lines of a stripped build (repeatable; matched
                       by build-id). Found without it under /usr/lib/debug/.build-id or
                       through .gnu_debuglink
      --granularity G  function (default): record which functions ran;
                       line: record which source lines ran (DWARF line tables, or Go's
                       pclntab even when stripped), with a one-shot probe on each line
      --mode MODE      first-hit (default): record that a function (line) ran, then
                       remove its probe; count: count every call (line execution),
                       slower: every one traps
  -o, --report FILE    JSON report path (default: ./xcover-report.json)
${formatOptionsHelp}
      --state-dir DIR  daemon state directory (default: $XCOVER_STATE_DIR or /tmp/xcover-UID)
  -v, --verbose        log each step, and stack traces on errors
  -h, --help           show this help

Needs Linux 6.6+ and root, or CAP_BPF and CAP_PERFMON.
Examples:
  sudo xcover run --path ./build/server -- ./run-integration-tests.sh
  sudo xcover run --detach --path ./myapp --exclude '^runtime\\.'    (returns once attached)
  ./run-integration-tests.sh; sudo xcover stop
  sudo xcover run --granularity line --path ./build/server -- ./run-integration-tests.sh

Under sudo the daemon's state directory is root's (/tmp/xcover-0): give wait, status and stop
the same sudo (or the same --state-dir).
`;
var runOptions = {
  path: { type: "string", short: "p", multiple: true },
  include: { type: "string", short: "i", multiple: true },
  exclude: { type: "string", short: "e", multiple: true },
  "exclude-preset": { type: "string", multiple: true },
  "debug-file": { type: "string", multiple: true },
  mode: { type: "string" },
  granularity: { type: "string" },
  report: { type: "string", short: "o" },
  ...formatOptions,
  detach: { type: "boolean" },
  "as-root": { type: "boolean" },
  "state-dir": { type: "string" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var DAEMON_OPTIONS_ENV = "XCOVER_DAEMON_OPTIONS";
var READY_FD = 3;
function traceOptions(args) {
  const paths = list(args, "path");
  if (paths.length === 0)
    throw new UsageError("run: --path is required", "Example: xcover run --path ./mybinary -- ./tests.sh");
  const mode = str(args, "mode") ?? "first-hit";
  if (mode !== "first-hit" && mode !== "count") {
    throw new UsageError(`run: --mode must be first-hit or count, not ${JSON.stringify(mode)}`);
  }
  return {
    paths: paths.map((p) => resolve8(p)),
    include: list(args, "include"),
    exclude: list(args, "exclude"),
    excludePresets: parsePresets(list(args, "exclude-preset")),
    debugFiles: list(args, "debug-file").map((p) => resolve8(p)),
    mode,
    granularity: parseGranularity(str(args, "granularity"), "run"),
    reportPath: resolve8(str(args, "report") ?? "xcover-report.json")
  };
}
function attachProgress(out) {
  return (attached, total) => out.progress(`xcover: attaching probes ${attached}/${total}`);
}
async function runCommand(argv) {
  const args = parse(argv, runOptions, "run");
  if (flag(args, "help")) {
    process.stdout.write(runHelp);
    return 0;
  }
  const options = traceOptions(args);
  const formats = formatRequest(args);
  if (formats.formats.length > 0 && flag(args, "detach"))
    throw new UsageError("run: --format is for `xcover stop` with --detach", "Example: xcover stop --format html");
  const out = terminalOutput(flag(args, "verbose"));
  const state = stateDirAt(str(args, "state-dir"));
  if (args.positionals.length > 0) {
    throw new UsageError(
      `run: unexpected argument ${JSON.stringify(args.positionals[0])}`,
      "Put the command to trace after `--`, e.g. xcover run --path BIN -- BIN --its-flags"
    );
  }
  if (args.rest.length > 0 && flag(args, "detach")) {
    throw new UsageError("run: --detach and `-- CMD` cannot be used together", "Use one or the other.");
  }
  preflight();
  checkWritable(options.reportPath);
  if (tracesOwnRuntime(options.paths)) {
    ensureStateDir(state);
    const runtime = runtimeCopy(join10(state.dir, "runtime"));
    out.debug(`${process.execPath} is traced: running xcover on a private copy, ${runtime}`);
    return rerunOn(runtime, ["run", ...argv]);
  }
  if (args.rest.length > 0) return runCommandUnderTrace(options, args.rest, out, formats, flag(args, "as-root"));
  if (flag(args, "detach")) return detach(options, state, out);
  const code = await runDaemon(options, state, {
    log: (m) => out.debug(m),
    warn: (m) => out.warn(m),
    onAttachProgress: attachProgress(out),
    onReady: (s) => {
      out.endProgress();
      out.info(`xcover is ready: ${describeTraced(s)} (pid ${s.pid}); Ctrl-C or \`xcover stop\` to finish`);
    },
    onStopped: (summary) => out.info(`xcover: ${summary}, report ${options.reportPath}`)
  });
  if (code === 0) writeRequestedFormats(options.reportPath, formats, out);
  return code;
}
async function runCommandUnderTrace(options, command, out, formats, asRoot) {
  const trace = ActiveTrace.start(options, {
    log: (m) => out.debug(m),
    warn: (m) => out.warn(m),
    onAttachProgress: attachProgress(out)
  });
  out.endProgress();
  const launch = launchFor(command, asRoot);
  if (launch.user)
    out.debug(`running the command as uid ${launch.user.uid} (${launch.user.name ?? "no passwd entry"})`);
  const child = spawn(launch.file, launch.args, { stdio: "inherit", env: launch.env });
  const ignore = () => {
  };
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", ignore);
  process.on("SIGTERM", forward);
  process.on("SIGHUP", forward);
  const result = await new Promise((done) => {
    child.once("error", (error) => done({ code: null, signal: null, error }));
    child.once("exit", (code, signal) => done({ code, signal }));
  });
  process.off("SIGINT", ignore);
  process.off("SIGTERM", forward);
  process.off("SIGHUP", forward);
  if (result.error) {
    await trace.teardown();
    const code = result.error.code;
    throw new XcoverError(
      `cannot run ${command[0]}: ${code === "ENOENT" ? "command not found" : result.error.message}`,
      "Check the command after `--`.",
      { exitCode: 127 }
    );
  }
  try {
    const { report, warnings } = trace.finish(command);
    for (const w of warnings) out.warn(w);
    out.info(`xcover: ${summaryLine(report)}, report ${options.reportPath}`);
  } finally {
    await trace.teardown();
  }
  writeRequestedFormats(options.reportPath, formats, out);
  if (result.signal) return 128 + (constants6.signals[result.signal] ?? 0);
  return result.code ?? 1;
}
async function detach(options, state, out) {
  ensureStateDir(state);
  assertNoDaemon(state);
  const logFd = openSync7(state.log, "w", 384);
  const handoff = { options, stateDir: state.dir };
  const cli = fileURLToPath4(new URL("./cli.js", import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, cli, "__daemon"], {
    detached: true,
    cwd: "/",
    stdio: ["ignore", logFd, logFd, "pipe"],
    env: { ...daemonEnvironment(process.env), [DAEMON_OPTIONS_ENV]: JSON.stringify(handoff) }
  });
  closeSync8(logFd);
  const pipe = child.stdio[READY_FD];
  let text = "";
  pipe?.setEncoding("utf8");
  const message = await new Promise((done) => {
    pipe?.on("data", (chunk) => {
      text += chunk;
      const nl = text.indexOf("\n");
      if (nl >= 0) done(JSON.parse(text.slice(0, nl)));
    });
    child.once("exit", () => done(void 0));
    child.once("error", () => done(void 0));
  });
  pipe?.destroy();
  child.unref();
  if (!message) {
    const tail = logTail(state);
    throw new XcoverError(
      `the xcover daemon exited before it was ready${tail ? `:
${tail}` : ""}`,
      `See its log: ${state.log}`
    );
  }
  if ("error" in message)
    throw new XcoverError(message.error.message, message.error.hint, { exitCode: message.error.exitCode });
  const r = message.ready;
  for (const w of r.warnings ?? []) out.warn(w);
  out.info(
    `xcover is ready: ${describeTraced(r)} in ${r.paths.join(", ")} (daemon pid ${r.pid})` + (r.unprobeable > 0 ? `; ${r.unprobeable} could not be probed` : "")
  );
  return 0;
}
var DAEMON_ENV = /^(PATH|HOME|LANG|LANGUAGE|LC_[A-Z_]+|TZ|TMPDIR|SUDO_UID|SUDO_GID|SUDO_USER|XCOVER_[A-Z_]+)$/;
function daemonEnvironment(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && DAEMON_ENV.test(k)) out[k] = v;
  return out;
}
async function daemonChild() {
  const raw = process.env[DAEMON_OPTIONS_ENV];
  delete process.env[DAEMON_OPTIONS_ENV];
  if (!raw) throw new UsageError("__daemon is internal to `xcover run --detach`");
  const handoff = JSON.parse(raw);
  const out = terminalOutput(true);
  const stamp = (m) => out.info(`${(/* @__PURE__ */ new Date()).toISOString()} ${m}`);
  const tell = (message) => {
    try {
      writeSync3(READY_FD, `${JSON.stringify(message)}
`);
      closeSync8(READY_FD);
    } catch {
    }
  };
  stamp(`xcover daemon ${process.pid} starting: ${JSON.stringify(handoff.options)}`);
  const warnings = [];
  try {
    return await runDaemon(handoff.options, stateDirAt(handoff.stateDir), {
      log: stamp,
      warn: (m) => {
        stamp(`warning: ${m}`);
        warnings.push(m);
      },
      onReady: (s) => {
        stamp(`ready: ${describeTraced(s)}`);
        const ready = {
          pid: s.pid,
          traced: s.traced,
          attached: s.attached,
          unprobeable: s.unprobeable,
          paths: s.paths,
          warnings
        };
        if (s.lines) ready.lines = s.lines;
        tell({ ready });
      },
      onStopped: (summary) => stamp(summary)
    });
  } catch (err) {
    const e = err instanceof XcoverError ? err : new XcoverError(String(err?.message ?? err), "See the daemon log.");
    stamp(`failed: ${errorText(err, true).text}`);
    tell({ error: { message: e.message, hint: e.hint, exitCode: e.exitCode } });
    return e.exitCode;
  }
}

// src/cli/main.ts
var help = `xcover ${VERSION}: which functions and source lines of a compiled program ran during your tests.
No recompiling, no instrumentation: one eBPF probe per function, removed on its first hit.

Usage: xcover <command> [options]

Commands:
  run      trace a binary: around a command (-- CMD), in the foreground, or as a daemon (--detach)
  wait     wait until a detached daemon is ready
  status   show what a daemon traces and how much has run
  stop     write the report, remove the probes, stop the daemon
  report   write Cobertura, LCOV, HTML or Markdown from a JSON report
  merge    merge the JSON reports of several runs into one
  diff     show the coverage change between two JSON reports

  xcover <command> --help   options of one command
  xcover --version          print the version

Examples:
  sudo xcover run --path ./build/server --format html -- ./integration-tests.sh
  xcover report xcover-report.json --format cobertura,lcov --output-dir coverage/
`;
var commands = {
  run: runCommand,
  wait: waitCommand,
  status: statusCommand,
  stop: stopCommand,
  report: reportCommand,
  merge: mergeCommand,
  diff: diffCommand,
  __daemon: () => daemonChild()
};
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`xcover: unknown command ${JSON.stringify(name)}
Run \`xcover --help\` for the commands.
`);
    return 2;
  }
  const verbose = rest.includes("--verbose") || rest.includes("-v");
  try {
    return await command(rest);
  } catch (err) {
    const { text, exitCode } = errorText(err, verbose);
    process.stderr.write(text);
    return exitCode;
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`xcover: ${String(err)}
`);
    process.exitCode = 1;
  }
);
export {
  main
};
