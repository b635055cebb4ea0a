// The few C++ runtime pieces node-addon-api needs, defined here so the addon links against libc
// alone and loads on any glibc >= 2.17 runner: a static libstdc++ would drag in symbols of the
// build machine's glibc (arc4random from 2.36), a dynamic one is not on every runner image.
// The addon is built without exceptions, so every error path here aborts, as libstdc++ would.
#include <stdio.h>
#include <stdlib.h>

#include <new>
#include <string>

// Instantiate std::string in this object so no member is left for libstdc++ to provide.
template class std::__cxx11::basic_string<char>;

namespace {
[[noreturn]] void Fail(const char *what) {
  fprintf(stderr, "xcover native addon: fatal: %s\n", what);
  abort();
}
}  // namespace

void *operator new(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) Fail("out of memory");
  return p;
}
void *operator new[](size_t n) { return operator new(n); }
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }

namespace std {
void terminate() noexcept { Fail("std::terminate"); }
void __throw_length_error(const char *what) { Fail(what); }
void __throw_logic_error(const char *what) { Fail(what); }
void __throw_out_of_range_fmt(const char *what, ...) { Fail(what); }
void __throw_bad_alloc() { Fail("bad_alloc"); }
void __throw_bad_array_new_length() { Fail("bad_array_new_length"); }
}  // namespace std

extern "C" {
void __cxa_pure_virtual() { Fail("pure virtual call"); }
void __cxa_throw_bad_array_new_length() { Fail("bad_array_new_length"); }
}
