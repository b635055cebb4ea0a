// The kernel side of xcover's user space: thin wrappers around the bpf() syscall and a BPF ring
// buffer consumer. It makes no decisions. Sizes, flags, retries and error meaning are chosen in
// TypeScript (src/tracer/); a failed syscall throws an Error carrying `errno` and `syscall`.
#include <napi.h>
#include <uv.h>

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>

#include "bpf_uapi.h"

namespace {

long sys_bpf(int cmd, void *attr, unsigned int size) {
  return syscall(__NR_bpf, cmd, attr, size);
}

Napi::Value ThrowErrno(Napi::Env env, const char *what, int err) {
  Napi::Error e = Napi::Error::New(env, std::string(what) + ": " + strerror(err));
  e.Set("errno", Napi::Number::New(env, err));
  e.Set("syscall", Napi::String::New(env, what));
  e.ThrowAsJavaScriptException();
  return env.Undefined();
}

Napi::Value ThrowType(Napi::Env env, const char *message) {
  Napi::TypeError::New(env, message).ThrowAsJavaScriptException();
  return env.Undefined();
}

uint32_t U32(const Napi::Object &o, const char *key) {
  Napi::Value v = o.Get(key);
  return v.IsNumber() ? v.As<Napi::Number>().Uint32Value() : 0;
}

void CopyName(char *dst, size_t cap, const Napi::Object &o) {
  Napi::Value v = o.Get("name");
  if (!v.IsString()) return;
  std::string s = v.As<Napi::String>().Utf8Value();
  size_t n = s.size() < cap - 1 ? s.size() : cap - 1;  // the kernel wants it NUL-terminated
  memcpy(dst, s.data(), n);
  dst[n] = 0;
}

bool GetBytes(const Napi::Value &v, uint8_t **data, size_t *len) {
  if (!v.IsTypedArray()) return false;
  Napi::TypedArray t = v.As<Napi::TypedArray>();
  Napi::ArrayBuffer ab = t.ArrayBuffer();
  *data = static_cast<uint8_t *>(ab.Data()) + t.ByteOffset();
  *len = t.ByteLength();
  return true;
}

// createMap({type, keySize, valueSize, maxEntries, flags, name}) -> fd
Napi::Value CreateMap(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject()) return ThrowType(env, "createMap(options)");
  Napi::Object o = info[0].As<Napi::Object>();
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.map_type = U32(o, "type");
  attr.key_size = U32(o, "keySize");
  attr.value_size = U32(o, "valueSize");
  attr.max_entries = U32(o, "maxEntries");
  attr.map_flags = U32(o, "flags");
  CopyName(attr.map_name, sizeof(attr.map_name), o);
  long fd = sys_bpf(BPF_MAP_CREATE, &attr, sizeof(attr));
  if (fd < 0) return ThrowErrno(env, "BPF_MAP_CREATE", errno);
  return Napi::Number::New(env, static_cast<double>(fd));
}

// updateElem(fd, key, value, flags)
Napi::Value UpdateElem(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  uint8_t *key, *value;
  size_t klen, vlen;
  if (!info[0].IsNumber() || !GetBytes(info[1], &key, &klen) || !GetBytes(info[2], &value, &vlen))
    return ThrowType(env, "updateElem(fd, key, value, flags)");
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.map_fd = info[0].As<Napi::Number>().Uint32Value();
  attr.key = reinterpret_cast<uint64_t>(key);
  attr.value = reinterpret_cast<uint64_t>(value);
  attr.flags = info[3].IsNumber() ? info[3].As<Napi::Number>().Int64Value() : 0;
  if (sys_bpf(BPF_MAP_UPDATE_ELEM, &attr, sizeof(attr)) < 0)
    return ThrowErrno(env, "BPF_MAP_UPDATE_ELEM", errno);
  return env.Undefined();
}

// freezeMap(fd): no more writes from user space (lets the verifier treat .rodata as constants).
Napi::Value FreezeMap(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsNumber()) return ThrowType(env, "freezeMap(fd)");
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.map_fd = info[0].As<Napi::Number>().Uint32Value();
  if (sys_bpf(BPF_MAP_FREEZE, &attr, sizeof(attr)) < 0) return ThrowErrno(env, "BPF_MAP_FREEZE", errno);
  return env.Undefined();
}

// lookupBatch(fd, inBatch|null, outBatch, keys, values, count) -> {count, done}
// Reads up to `count` elements after the position token `inBatch` (null: from the start).
Napi::Value LookupBatch(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  uint8_t *in = nullptr, *out, *keys, *values;
  size_t inlen = 0, outlen, klen, vlen;
  bool has_in = !info[1].IsNull() && !info[1].IsUndefined();
  if (!info[0].IsNumber() || (has_in && !GetBytes(info[1], &in, &inlen)) || !GetBytes(info[2], &out, &outlen) ||
      !GetBytes(info[3], &keys, &klen) || !GetBytes(info[4], &values, &vlen) || !info[5].IsNumber())
    return ThrowType(env, "lookupBatch(fd, inBatch, outBatch, keys, values, count)");
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.batch.map_fd = info[0].As<Napi::Number>().Uint32Value();
  attr.batch.in_batch = reinterpret_cast<uint64_t>(has_in ? in : nullptr);
  attr.batch.out_batch = reinterpret_cast<uint64_t>(out);
  attr.batch.keys = reinterpret_cast<uint64_t>(keys);
  attr.batch.values = reinterpret_cast<uint64_t>(values);
  attr.batch.count = info[5].As<Napi::Number>().Uint32Value();
  long rc = sys_bpf(BPF_MAP_LOOKUP_BATCH, &attr, sizeof(attr));
  bool done = false;
  if (rc < 0) {
    // ENOENT ends the walk; the elements read before it are still valid.
    if (errno != ENOENT) return ThrowErrno(env, "BPF_MAP_LOOKUP_BATCH", errno);
    done = true;
  }
  Napi::Object result = Napi::Object::New(env);
  result.Set("count", Napi::Number::New(env, attr.batch.count));
  result.Set("done", Napi::Boolean::New(env, done));
  return result;
}

// loadProgram({type, expectedAttachType, insns, license, name, logLevel, logSize}) -> fd
// On failure the Error also carries `log`, the verifier's output when logLevel > 0.
Napi::Value LoadProgram(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject()) return ThrowType(env, "loadProgram(options)");
  Napi::Object o = info[0].As<Napi::Object>();
  uint8_t *insns;
  size_t ilen;
  if (!GetBytes(o.Get("insns"), &insns, &ilen) || ilen % 8 != 0) return ThrowType(env, "insns: 8-byte instructions");
  std::string license = o.Get("license").IsString() ? o.Get("license").As<Napi::String>().Utf8Value() : "GPL";
  uint32_t log_level = U32(o, "logLevel");
  uint32_t log_size = log_level ? U32(o, "logSize") : 0;
  char *log = log_size ? static_cast<char *>(calloc(1, log_size)) : nullptr;
  union bpf_attr attr;
  memset(&attr, 0, sizeof(attr));
  attr.prog_type = U32(o, "type");
  attr.expected_attach_type = U32(o, "expectedAttachType");
  attr.insn_cnt = static_cast<uint32_t>(ilen / 8);
  attr.insns = reinterpret_cast<uint64_t>(insns);
  attr.license = reinterpret_cast<uint64_t>(license.c_str());
  attr.log_level = log ? log_level : 0;
  attr.log_size = log ? log_size : 0;
  attr.log_buf = reinterpret_cast<uint64_t>(log);
  CopyName(attr.prog_name, sizeof(attr.prog_name), o);
  long fd = sys_bpf(BPF_PROG_LOAD, &attr, sizeof(attr));
  int err = errno;
  if (fd < 0) {
    Napi::Error e = Napi::Error::New(env, std::string("BPF_PROG_LOAD: ") + strerror(err));
    e.Set("errno", Napi::Number::New(env, err));
    e.Set("syscall", Napi::String::New(env, "BPF_PROG_LOAD"));
    if (log) e.Set("log", Napi::String::New(env, log, strnlen(log, log_size)));
    free(log);
    e.ThrowAsJavaScriptException();
    return env.Undefined();
  }
  free(log);
  return Napi::Number::New(env, static_cast<double>(fd));
}

// createUprobeMultiLink({progFd, path, offsets: BigUint64Array, cookies: BigUint64Array, pid, flags}) -> fd
Napi::Value CreateUprobeMultiLink(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject()) return ThrowType(env, "createUprobeMultiLink(options)");
  Napi::Object o = info[0].As<Napi::Object>();
  if (!o.Get("path").IsString()) return ThrowType(env, "path: string");
  std::string path = o.Get("path").As<Napi::String>().Utf8Value();
  uint8_t *offsets, *cookies = nullptr;
  size_t olen, clen = 0;
  if (!GetBytes(o.Get("offsets"), &offsets, &olen) || olen % 8 != 0) return ThrowType(env, "offsets: BigUint64Array");
  Napi::Value cv = o.Get("cookies");
  if (!cv.IsUndefined() && !cv.IsNull() && (!GetBytes(cv, &cookies, &clen) || clen != olen))
    return ThrowType(env, "cookies: BigUint64Array as long as offsets");
  struct xcover_link_create_uprobe_multi attr;
  memset(&attr, 0, sizeof(attr));
  attr.prog_fd = U32(o, "progFd");
  attr.attach_type = XCOVER_BPF_TRACE_UPROBE_MULTI;
  attr.path = reinterpret_cast<uint64_t>(path.c_str());
  attr.offsets = reinterpret_cast<uint64_t>(offsets);
  attr.cookies = reinterpret_cast<uint64_t>(cookies);
  attr.cnt = static_cast<uint32_t>(olen / 8);
  attr.uprobe_flags = U32(o, "flags");
  attr.pid = U32(o, "pid");
  long fd = sys_bpf(BPF_LINK_CREATE, &attr, sizeof(attr));
  if (fd < 0) return ThrowErrno(env, "BPF_LINK_CREATE", errno);
  return Napi::Number::New(env, static_cast<double>(fd));
}

// A consumer of a BPF_MAP_TYPE_RINGBUF map. The map fd is watched by libuv (epoll underneath);
// when it becomes readable every pending record is handed to `onRecords(Buffer[])` on the main
// thread. consume() drains synchronously (used at stop, so nothing pending is left behind).
class RingBuffer : public Napi::ObjectWrap<RingBuffer> {
 public:
  static Napi::Function Init(Napi::Env env) {
    return DefineClass(env, "RingBuffer",
                       {InstanceMethod("consume", &RingBuffer::Consume), InstanceMethod("close", &RingBuffer::Close)});
  }

  // new RingBuffer(mapFd, dataSize, onRecords)
  explicit RingBuffer(const Napi::CallbackInfo &info) : Napi::ObjectWrap<RingBuffer>(info) {
    Napi::Env env = info.Env();
    if (!info[0].IsNumber() || !info[1].IsNumber() || !info[2].IsFunction()) {
      ThrowType(env, "new RingBuffer(mapFd, dataSize, onRecords)");
      return;
    }
    fd_ = info[0].As<Napi::Number>().Int32Value();
    size_ = static_cast<size_t>(info[1].As<Napi::Number>().Int64Value());
    if (size_ == 0 || (size_ & (size_ - 1)) != 0) {
      ThrowType(env, "dataSize must be a power of two");
      return;
    }
    page_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    consumer_ = mmap(nullptr, page_, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
    if (consumer_ == MAP_FAILED) {
      consumer_ = nullptr;
      ThrowErrno(env, "mmap(ringbuf consumer)", errno);
      return;
    }
    // The data area is mapped twice in a row by the kernel so a record that wraps reads linearly.
    producer_ = mmap(nullptr, page_ + 2 * size_, PROT_READ, MAP_SHARED, fd_, static_cast<off_t>(page_));
    if (producer_ == MAP_FAILED) {
      producer_ = nullptr;
      ThrowErrno(env, "mmap(ringbuf data)", errno);
      return;
    }
    data_ = static_cast<uint8_t *>(producer_) + page_;
    callback_ = Napi::Persistent(info[2].As<Napi::Function>());
    uv_loop_t *loop = nullptr;
    if (napi_get_uv_event_loop(env, &loop) != napi_ok || uv_poll_init(loop, &poll_, fd_) != 0) {
      ThrowType(env, "cannot watch the ring buffer");
      return;
    }
    poll_.data = this;
    polling_ = true;
    uv_poll_start(&poll_, UV_READABLE, OnReadable);
    // Keep the JS object alive while libuv holds a pointer to it.
    Ref();
  }

  ~RingBuffer() override { Unmap(); }

 private:
  static void OnReadable(uv_poll_t *handle, int status, int) {
    RingBuffer *self = static_cast<RingBuffer *>(handle->data);
    if (status < 0 || !self->polling_) return;
    Napi::Env env = self->Env();
    Napi::HandleScope scope(env);
    Napi::Array records = self->Drain(env);
    if (records.Length() > 0) self->callback_.MakeCallback(env.Global(), {records});
  }

  Napi::Array Drain(Napi::Env env) {
    Napi::Array out = Napi::Array::New(env);
    if (!consumer_ || !producer_) return out;
    auto *cons_pos = static_cast<std::atomic<uint64_t> *>(consumer_);
    auto *prod_pos = static_cast<std::atomic<uint64_t> *>(producer_);
    uint64_t cons = cons_pos->load(std::memory_order_acquire);
    uint32_t n = 0;
    for (;;) {
      uint64_t prod = prod_pos->load(std::memory_order_acquire);
      if (cons >= prod) break;
      while (cons < prod) {
        auto *hdr = reinterpret_cast<std::atomic<uint32_t> *>(data_ + (cons & (size_ - 1)));
        uint32_t len = hdr->load(std::memory_order_acquire);
        if (len & XCOVER_RINGBUF_BUSY_BIT) goto done;  // a producer is still writing this one
        uint32_t body = len & ~(XCOVER_RINGBUF_BUSY_BIT | XCOVER_RINGBUF_DISCARD_BIT);
        const uint8_t *payload = reinterpret_cast<const uint8_t *>(hdr) + XCOVER_RINGBUF_HDR_SZ;
        if (!(len & XCOVER_RINGBUF_DISCARD_BIT)) out.Set(n++, Napi::Buffer<uint8_t>::Copy(env, payload, body));
        cons += (body + XCOVER_RINGBUF_HDR_SZ + 7) & ~7ULL;
        cons_pos->store(cons, std::memory_order_release);
      }
    }
  done:
    return out;
  }

  Napi::Value Consume(const Napi::CallbackInfo &info) { return Drain(info.Env()); }

  Napi::Value Close(const Napi::CallbackInfo &info) {
    if (polling_) {
      polling_ = false;
      uv_poll_stop(&poll_);
      // The handle memory belongs to this object, so release our reference only once libuv is done.
      uv_close(reinterpret_cast<uv_handle_t *>(&poll_), OnClosed);
    }
    Unmap();
    return info.Env().Undefined();
  }

  static void OnClosed(uv_handle_t *handle) {
    RingBuffer *self = static_cast<RingBuffer *>(handle->data);
    self->callback_.Reset();
    self->Unref();
  }

  void Unmap() {
    if (consumer_) munmap(consumer_, page_);
    if (producer_) munmap(producer_, page_ + 2 * size_);
    consumer_ = producer_ = nullptr;
    data_ = nullptr;
  }

  int fd_ = -1;
  size_t size_ = 0, page_ = 0;
  void *consumer_ = nullptr, *producer_ = nullptr;
  uint8_t *data_ = nullptr;
  uv_poll_t poll_{};
  bool polling_ = false;
  Napi::FunctionReference callback_;
};

// getFileLimit() -> {soft, hard}: RLIMIT_NOFILE, which bounds how many links can exist at once.
Napi::Value GetFileLimit(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) < 0) return ThrowErrno(env, "getrlimit", errno);
  Napi::Object out = Napi::Object::New(env);
  out.Set("soft", Napi::Number::New(env, static_cast<double>(rl.rlim_cur)));
  out.Set("hard", Napi::Number::New(env, static_cast<double>(rl.rlim_max)));
  return out;
}

// setFileLimit(soft, hard): raising the hard limit needs CAP_SYS_RESOURCE.
Napi::Value SetFileLimit(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsNumber() || !info[1].IsNumber()) return ThrowType(env, "setFileLimit(soft, hard)");
  struct rlimit rl;
  rl.rlim_cur = static_cast<rlim_t>(info[0].As<Napi::Number>().Int64Value());
  rl.rlim_max = static_cast<rlim_t>(info[1].As<Napi::Number>().Int64Value());
  if (setrlimit(RLIMIT_NOFILE, &rl) < 0) return ThrowErrno(env, "setrlimit", errno);
  return env.Undefined();
}

// closeInBackground(fds: Int32Array, threads) -> Promise<void>
// Closes descriptors on `threads` new threads. Closing a uprobe_multi link blocks for a grace
// period; on their own threads those waits neither block the caller nor add up one after another.
struct CloseJob {
  int *fds;
  uint32_t count;
  std::atomic<uint32_t> next{0};
  std::atomic<uint32_t> running{0};
  uv_async_t done;
  napi_env env;
  napi_deferred deferred;
};

void *CloseWorker(void *arg) {
  CloseJob *job = static_cast<CloseJob *>(arg);
  for (;;) {
    uint32_t i = job->next.fetch_add(1);
    if (i >= job->count) break;
    close(job->fds[i]);
  }
  if (job->running.fetch_sub(1) == 1) uv_async_send(&job->done);
  return nullptr;
}

void CloseJobFinished(uv_async_t *handle) {
  CloseJob *job = static_cast<CloseJob *>(handle->data);
  napi_handle_scope scope;
  napi_open_handle_scope(job->env, &scope);
  napi_value undefined;
  napi_get_undefined(job->env, &undefined);
  napi_resolve_deferred(job->env, job->deferred, undefined);
  napi_close_handle_scope(job->env, scope);
  uv_close(reinterpret_cast<uv_handle_t *>(handle), [](uv_handle_t *h) {
    CloseJob *j = static_cast<CloseJob *>(h->data);
    free(j->fds);
    delete j;
  });
}

Napi::Value CloseInBackground(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (!info[0].IsTypedArray() || info[0].As<Napi::TypedArray>().TypedArrayType() != napi_int32_array ||
      !info[1].IsNumber())
    return ThrowType(env, "closeInBackground(fds: Int32Array, threads)");
  Napi::Int32Array fds = info[0].As<Napi::Int32Array>();
  uint32_t count = static_cast<uint32_t>(fds.ElementLength());
  uint32_t threads = info[1].As<Napi::Number>().Uint32Value();
  if (threads == 0) threads = 1;
  if (threads > count) threads = count;
  if (count == 0) {
    Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(env);
    deferred.Resolve(env.Undefined());
    return deferred.Promise();
  }
  CloseJob *job = new CloseJob();
  job->fds = static_cast<int *>(malloc(sizeof(int) * count));
  memcpy(job->fds, fds.Data(), sizeof(int) * count);
  job->count = count;
  job->env = env;
  napi_value promise;
  napi_create_promise(env, &job->deferred, &promise);
  uv_loop_t *loop = nullptr;
  napi_get_uv_event_loop(env, &loop);
  uv_async_init(loop, &job->done, CloseJobFinished);
  job->done.data = job;
  job->running.store(threads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  uint32_t started = 0;
  for (; started < threads; started++) {
    pthread_t t;
    if (pthread_create(&t, &attr, CloseWorker, job) != 0) break;
  }
  pthread_attr_destroy(&attr);
  // Threads that could not start leave their share to the ones that did (or to this thread).
  uint32_t missing = threads - started;
  if (missing > 0 && job->running.fetch_sub(missing) == missing) {
    if (started == 0) {  // no thread at all: close here, which signals at the end
      job->running.store(1);
      CloseWorker(job);
    } else {
      uv_async_send(&job->done);  // the started threads already finished
    }
  }
  return Napi::Value(env, promise);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("createMap", Napi::Function::New(env, CreateMap));
  exports.Set("updateElem", Napi::Function::New(env, UpdateElem));
  exports.Set("freezeMap", Napi::Function::New(env, FreezeMap));
  exports.Set("lookupBatch", Napi::Function::New(env, LookupBatch));
  exports.Set("loadProgram", Napi::Function::New(env, LoadProgram));
  exports.Set("createUprobeMultiLink", Napi::Function::New(env, CreateUprobeMultiLink));
  exports.Set("getFileLimit", Napi::Function::New(env, GetFileLimit));
  exports.Set("setFileLimit", Napi::Function::New(env, SetFileLimit));
  exports.Set("closeInBackground", Napi::Function::New(env, CloseInBackground));
  exports.Set("RingBuffer", RingBuffer::Init(env));
  exports.Set("maxUprobeMultiCount", Napi::Number::New(env, XCOVER_MAX_UPROBE_MULTI_CNT));
  return exports;
}

}  // namespace

NODE_API_MODULE(xcover, Init)
