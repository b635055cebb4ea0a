{
  "targets": [
    {
      "target_name": "xcover",
      "sources": ["xcover.cc", "cxx_runtime.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags_cc!": ["-std=gnu++17"],
      "cflags_cc": ["-std=c++17", "-fno-exceptions", "-fno-rtti", "-fno-asynchronous-unwind-tables", "-Werror"],
      "ldflags": ["-static-libstdc++", "-static-libgcc", "-Wl,--as-needed", "-Wl,--no-undefined-version"]
    }
  ]
}
