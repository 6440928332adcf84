#include "runner/observation_encoder.hpp"

#include <stdexcept>

#include "protocol/bigint.hpp"
#include "protocol/value_codec.hpp"

namespace pyjudge::runner {
namespace {

using wire::ValueTag;

// Why an observation cannot be reported; it becomes an Unsupported value.
struct Unreportable {
  std::string what;
};

std::uint8_t tag(ValueTag t) { return static_cast<std::uint8_t>(t); }

std::string type_name(PyObject* value) {
  std::string name = Py_TYPE(value)->tp_name;  // a C string, read without calling Python code
  if (name.size() > 200) name.resize(200);
  return name;
}

std::string int_bytes(PyObject* value, std::size_t budget) {
#if PY_VERSION_HEX >= 0x030D0000
  const Py_ssize_t n = PyLong_AsNativeBytes(value, nullptr, 0, Py_ASNATIVEBYTES_LITTLE_ENDIAN);
  if (n < 0) throw Unreportable{"int that cannot be converted"};
  if (static_cast<std::size_t>(n) > budget) throw Unreportable{"observations larger than the result limit"};
  std::string buf(static_cast<std::size_t>(n), '\0');
  PyLong_AsNativeBytes(value, buf.data(), n, Py_ASNATIVEBYTES_LITTLE_ENDIAN);
#else
  const std::size_t bits = _PyLong_NumBits(value);
  const std::size_t n = bits / 8 + 1;
  if (n > budget) throw Unreportable{"observations larger than the result limit"};
  std::string buf(n, '\0');
  if (_PyLong_AsByteArray(reinterpret_cast<PyLongObject*>(value), reinterpret_cast<unsigned char*>(buf.data()), n, 1, 1) < 0) {
    PyErr_Clear();
    throw Unreportable{"int that cannot be converted"};
  }
#endif
  return bigint::canonical(std::move(buf));
}

// Holds a strong reference while we read a container element.
struct Ref {
  PyObject* p;
  explicit Ref(PyObject* o) : p(o) { Py_XINCREF(p); }
  ~Ref() { Py_XDECREF(p); }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
};

}  // namespace

void ObservationEncoder::check_budget(const wire::Writer& w, std::size_t more) const {
  if (out_.size() + w.size() + more > budget_) throw Unreportable{"observations larger than the result limit"};
}

void ObservationEncoder::encode_items(wire::Writer& w, std::uint8_t container_tag, PyObject* container, int depth) {
  w.u8(container_tag);
  if (PyList_CheckExact(container) || PyTuple_CheckExact(container)) {
    const bool is_list = PyList_CheckExact(container);
    const Py_ssize_t n = is_list ? PyList_GET_SIZE(container) : PyTuple_GET_SIZE(container);
    w.u32(static_cast<std::uint32_t>(n));
    for (Py_ssize_t i = 0; i < n; ++i) {
      // Re-check the size: nothing here runs Python code, but stay safe anyway.
      if (is_list && i >= PyList_GET_SIZE(container)) throw Unreportable{"list changed size while being observed"};
      Ref item(is_list ? PyList_GET_ITEM(container, i) : PyTuple_GET_ITEM(container, i));
      encode(w, item.p, depth + 1);
    }
    return;
  }
  if (PyDict_CheckExact(container)) {
    w.u32(static_cast<std::uint32_t>(PyDict_GET_SIZE(container)));
    Py_ssize_t pos = 0;
    PyObject *key, *val;
    while (PyDict_Next(container, &pos, &key, &val)) {
      Ref k(key), v(val);
      encode(w, k.p, depth + 1);
      encode(w, v.p, depth + 1);
    }
    return;
  }
  // set / frozenset: the builtin iterator of an exact set calls no candidate code.
  w.u32(static_cast<std::uint32_t>(PySet_GET_SIZE(container)));
  PyObject* it = PyObject_GetIter(container);
  if (!it) {
    PyErr_Clear();
    throw Unreportable{"set that cannot be iterated"};
  }
  Ref iterator(it);
  Py_DECREF(it);
  while (PyObject* item = PyIter_Next(iterator.p)) {
    Ref element(item);
    Py_DECREF(item);
    encode(w, element.p, depth + 1);
  }
  if (PyErr_Occurred()) {
    PyErr_Clear();
    throw Unreportable{"set changed size while being observed"};
  }
}

void ObservationEncoder::encode(wire::Writer& w, PyObject* value, int depth) {
  check_budget(w, 16);
  if (value == Py_None) return w.u8(tag(ValueTag::None));
  if (value == Py_True) return w.u8(tag(ValueTag::True));
  if (value == Py_False) return w.u8(tag(ValueTag::False));
  if (PyLong_CheckExact(value)) {
    w.u8(tag(ValueTag::Int));
    return w.bytes(int_bytes(value, budget_ - out_.size() - w.size()));
  }
  if (PyFloat_CheckExact(value)) {
    w.u8(tag(ValueTag::Float));
    return w.f64(PyFloat_AS_DOUBLE(value));
  }
  if (PyUnicode_CheckExact(value)) {
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(value, &size);
    if (!utf8) {
      PyErr_Clear();
      throw Unreportable{"str that is not valid Unicode (lone surrogates)"};
    }
    check_budget(w, static_cast<std::size_t>(size));
    w.u8(tag(ValueTag::Str));
    return w.bytes(std::string_view(utf8, static_cast<std::size_t>(size)));
  }
  if (PyBytes_CheckExact(value)) {
    check_budget(w, static_cast<std::size_t>(PyBytes_GET_SIZE(value)));
    w.u8(tag(ValueTag::Bytes));
    return w.bytes(std::string_view(PyBytes_AS_STRING(value), static_cast<std::size_t>(PyBytes_GET_SIZE(value))));
  }
  const bool container = PyList_CheckExact(value) || PyTuple_CheckExact(value) || PyDict_CheckExact(value) ||
                         PyAnySet_CheckExact(value);
  if (!container) throw Unreportable{"unsupported type " + type_name(value)};
  if (depth >= wire::kMaxValueDepth)
    throw Unreportable{"value nested deeper than " + std::to_string(wire::kMaxValueDepth) + " levels (a self-referencing container?)"};
  ValueTag t = PyList_CheckExact(value)    ? ValueTag::List
               : PyTuple_CheckExact(value) ? ValueTag::Tuple
               : PyDict_CheckExact(value)  ? ValueTag::Dict
               : PyFrozenSet_CheckExact(value) ? ValueTag::FrozenSet
                                               : ValueTag::Set;
  encode_items(w, tag(t), value, depth);
}

void ObservationEncoder::observe(PyObject* value) {
  if (exhausted_) return;
  // No garbage collection while we walk: a finaliser could run candidate code.
#if PY_VERSION_HEX >= 0x030A0000
  const int gc_was_enabled = PyGC_Disable();
#endif
  wire::Writer w;
  try {
    encode(w, value, 0);
  } catch (const Unreportable& why) {
    w = wire::Writer();
    w.u8(tag(ValueTag::Unsupported));
    w.bytes(why.what);
    if (why.what.rfind("observations larger", 0) == 0) exhausted_ = true;
  }
#if PY_VERSION_HEX >= 0x030A0000
  if (gc_was_enabled) PyGC_Enable();
#endif
  out_.raw(w.data());
  ++count_;
}

}  // namespace pyjudge::runner
